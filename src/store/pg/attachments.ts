import { ATTACHMENT_EVENT, type ImportedAttachment } from '../../domain/attachments.js';
import { UserError } from '../../errors.js';
import type { AttachmentStore } from '../store.js';
import type { PgContext } from './context.js';
import { toAttachment } from '../sqlite/rows.js';

// Attachments as in a file (store/sqlite/attachments.ts): what is known of each in
// `attachments`, its bytes in `attachment_bytes`, read only when asked for.

export const ATTACHMENT_COLUMNS = 'complaint_id, number, name, type, size, sha256, added_at, operator';

const APPEND = `
  INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
  SELECT id, $2, $3, $4, status, status, $5::json FROM complaints WHERE id = $1`;

/** One attachment of the complaint, what is known of it and its bytes. */
export async function insertAttachment(ctx: PgContext, complaintId: number, attachment: ImportedAttachment) {
  const { number, name, type, bytes, sha256, addedAt, operator } = attachment;
  await ctx.rows(
    `WITH added AS (
       INSERT INTO attachments (${ATTACHMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id)
     INSERT INTO attachment_bytes (attachment_id, bytes) SELECT id, $9 FROM added`,
    [complaintId, number, name, type, bytes.length, sha256, addedAt, operator, Buffer.from(bytes)],
  );
}

export function attachmentQueries(ctx: PgContext): AttachmentStore {
  return {
    async addAttachments(complaintId, files, operator) {
      return ctx.write(async () => {
        // The complaint's row held: two counters attaching to it at once number one after the other.
        if (!(await ctx.row('SELECT 1 FROM complaints WHERE id = $1 FOR UPDATE', [complaintId])))
          throw new UserError('error.notFound', { id: complaintId });
        const last = Number(
          await ctx.value('SELECT coalesce(max(number), 0) FROM attachments WHERE complaint_id = $1', [complaintId]),
        );
        const now = ctx.now();
        for (const [i, file] of files.entries()) {
          const number = last + i + 1;
          await insertAttachment(ctx, complaintId, { ...file, number, addedAt: now, operator });
          const details = { attachment: number, name: file.name, type: file.type, size: file.bytes.length };
          await ctx.rows(APPEND, [complaintId, now, operator, ATTACHMENT_EVENT, JSON.stringify(details)]);
        }
        const added = await ctx.rows(
          `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE complaint_id = $1 AND number > $2 ORDER BY number`,
          [complaintId, last],
        );
        return added.map(toAttachment);
      });
    },

    async listAttachments(complaintId) {
      const rows = await ctx.rows(
        `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE complaint_id = $1 ORDER BY number`,
        [complaintId],
      );
      return rows.map(toAttachment);
    },

    async readAttachment(complaintId, number) {
      const row = await ctx.row(
        `SELECT ${ATTACHMENT_COLUMNS}, b.bytes FROM attachments a JOIN attachment_bytes b ON b.attachment_id = a.id
         WHERE a.complaint_id = $1 AND a.number = $2`,
        [complaintId, number],
      );
      return row ? { attachment: toAttachment(row), bytes: row.bytes as Buffer } : null;
    },
  };
}
