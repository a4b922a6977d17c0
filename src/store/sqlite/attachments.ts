import { ATTACHMENT_EVENT, type ImportedAttachment } from '../../domain/attachments.js';
import { UserError } from '../../errors.js';
import type { AttachmentStore } from '../store.js';
import type { SqliteContext } from './context.js';
import { toAttachment } from './rows.js';

// Attachments: what is known of each file in `attachments`, its bytes in `attachment_bytes`
// (migration 11), read only when asked for.

export const ATTACHMENT_COLUMNS = 'complaint_id, number, name, type, size, sha256, added_at, operator';

/** An event on the complaint that keeps its status, as every change of it has. */
const APPEND = `
  INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
  SELECT id, ?, ?, ?, status, status, ? FROM complaints WHERE id = ?`;

/** One attachment of the complaint, what is known of it and its bytes. */
export function insertAttachment(ctx: SqliteContext, complaintId: number, attachment: ImportedAttachment): void {
  const { number, name, type, bytes, sha256, addedAt, operator } = attachment;
  const { lastInsertRowid } = ctx
    .statement(`INSERT INTO attachments (${ATTACHMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(complaintId, number, name, type, bytes.length, sha256, addedAt, operator);
  ctx.statement('INSERT INTO attachment_bytes (attachment_id, bytes) VALUES (?, ?)').run(lastInsertRowid, bytes);
}

export function attachmentQueries(ctx: SqliteContext): AttachmentStore {
  return {
    async addAttachments(complaintId, files, operator) {
      return ctx.write(() => {
        if (!ctx.statement('SELECT 1 FROM complaints WHERE id = ?').get(complaintId))
          throw new UserError('error.notFound', { id: complaintId });
        const last = ctx
          .statement('SELECT coalesce(max(number), 0) FROM attachments WHERE complaint_id = ?')
          .pluck()
          .get(complaintId) as number;
        const now = ctx.now();
        files.forEach((file, i) => {
          const number = last + i + 1;
          insertAttachment(ctx, complaintId, { ...file, number, addedAt: now, operator });
          const details = { attachment: number, name: file.name, type: file.type, size: file.bytes.length };
          ctx.statement(APPEND).run(now, operator, ATTACHMENT_EVENT, JSON.stringify(details), complaintId);
        });
        const added = ctx
          .statement(
            `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE complaint_id = ? AND number > ? ORDER BY number`,
          )
          .all(complaintId, last) as Record<string, unknown>[];
        return added.map(toAttachment);
      });
    },

    async listAttachments(complaintId) {
      const rows = ctx
        .statement(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE complaint_id = ? ORDER BY number`)
        .all(complaintId) as Record<string, unknown>[];
      return rows.map(toAttachment);
    },

    async readAttachment(complaintId, number) {
      const row = ctx
        .statement(
          `SELECT ${ATTACHMENT_COLUMNS}, b.bytes FROM attachments a JOIN attachment_bytes b ON b.attachment_id = a.id
           WHERE a.complaint_id = ? AND a.number = ?`,
        )
        .get(complaintId, number) as Record<string, unknown> | undefined;
      return row ? { attachment: toAttachment(row), bytes: row.bytes as Buffer } : null;
    },
  };
}
