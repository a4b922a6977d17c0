import type { Status } from '../../domain/types.js';
import type { ExportFilter, ExportStore, ExportedComplaint, TransferEvent } from '../store.js';
import { exportedAttachment, type ExportedAttachment } from '../../domain/attachments.js';
import { toAttachment } from '../sqlite/rows.js';
import { ATTACHMENT_COLUMNS } from './attachments.js';
import type { PgContext } from './context.js';
import { CUSTOMER_COLUMNS, toComplaint, toEvent } from './rows.js';

// Complaints read a batch at a time through a cursor, in one read-only transaction that sees
// one snapshot of the logbook (REPEATABLE READ), with each batch's history read in one query:
// memory does not grow with the logbook.

const BATCH = 500;
const PENDING: readonly Status[] = ['open', 'awaiting_callback', 'transferred'];

function eventsByComplaint(rows: Record<string, unknown>[]): Map<number, TransferEvent[]> {
  const found = new Map<number, TransferEvent[]>();
  for (const row of rows) {
    const { id: _id, complaintId, ...event } = toEvent(row);
    let list = found.get(complaintId);
    if (!list) found.set(complaintId, (list = []));
    list.push(event);
  }
  return found;
}

type Row = Record<string, unknown>;

export function exportQueries(ctx: PgContext): ExportStore {
  /** What is known of the attachments of a batch's complaints, by complaint. */
  async function attachmentsOf(ids: number[]): Promise<Map<number, Row[]>> {
    const found = new Map<number, Row[]>();
    const rows = await ctx.rows(
      `SELECT id, ${ATTACHMENT_COLUMNS} FROM attachments WHERE complaint_id = ANY ($1) ORDER BY complaint_id, number`,
      [ids],
    );
    for (const row of rows) {
      const id = Number(row.complaint_id);
      found.set(id, [...(found.get(id) ?? []), row]);
    }
    return found;
  }
  /** One complaint's attachments as exported; with `bytes`, each one's bytes read in turn. */
  async function exported(rows: Row[], bytes: boolean): Promise<ExportedAttachment[]> {
    const out: ExportedAttachment[] = [];
    for (const row of rows) {
      const read = bytes
        ? await ctx.value<Buffer>('SELECT bytes FROM attachment_bytes WHERE attachment_id = $1', [row.id])
        : undefined;
      out.push(exportedAttachment(toAttachment(row), read));
    }
    return out;
  }
  return {
    async *exportComplaints(filter: ExportFilter): AsyncIterable<ExportedComplaint> {
      const where: string[] = [];
      const params: unknown[] = [];
      const statuses = filter.callbacks
        ? (filter.statuses ?? PENDING).filter((s) => PENDING.includes(s))
        : filter.statuses;
      const chosen: string[] = [];
      if (statuses !== undefined) {
        params.push(statuses);
        chosen.push(`c.status = ANY ($${params.length})`);
      }
      if (filter.callbacks) chosen.push('c.next_contact_at IS NOT NULL');
      if (filter.callbacks && filter.cancelledSince) {
        // Callbacks done or cancelled lately, for the calendar to drop: the complaint's history
        // announced one (nextContactAt from the wizard or a follow-up, dueAt from a hand-over,
        // a follow-up or a close), and it is no longer pending.
        params.push(filter.cancelledSince.toISOString());
        const pending = `c.status IN ('open', 'awaiting_callback', 'transferred') AND c.next_contact_at IS NOT NULL`;
        const announced = `EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id
          AND (e.details->>'nextContactAt' IS NOT NULL OR e.details->>'dueAt' IS NOT NULL))`;
        where.push(
          `((${chosen.join(' AND ')}) OR (NOT (${pending}) AND c.updated_at >= $${params.length} AND ${announced}))`,
        );
      } else where.push(...chosen);
      if (filter.since) {
        params.push(filter.since.toISOString());
        where.push(`c.received_at >= $${params.length}`);
      }
      if (filter.until) {
        params.push(filter.until.toISOString());
        where.push(`c.received_at < $${params.length}`);
      }
      if (ctx.view !== null) {
        params.push(ctx.view);
        where.push(`c.shop = $${params.length}`);
      }
      await ctx.rows('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        await ctx.rows(
          `DECLARE export_cursor NO SCROLL CURSOR FOR
           SELECT c.*, ${CUSTOMER_COLUMNS} FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
           ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`,
          params,
        );
        for (;;) {
          const rows = await ctx.rows(`FETCH ${BATCH} FROM export_cursor`);
          if (rows.length === 0) break;
          const ids = rows.map((row) => row.id as number);
          const events = eventsByComplaint(
            await ctx.rows('SELECT * FROM events WHERE complaint_id = ANY ($1) ORDER BY complaint_id, at, id', [ids]),
          );
          const attached = filter.attachments ? await attachmentsOf(ids) : new Map<number, Row[]>();
          for (const row of rows) {
            const complaint: ExportedComplaint = { ...toComplaint(row), events: events.get(row.id as number) ?? [] };
            const found = attached.get(row.id as number);
            if (found) complaint.attachments = await exported(found, filter.attachments === 'bytes');
            yield complaint;
          }
        }
      } finally {
        await ctx.rows('COMMIT');
      }
    },
  };
}
