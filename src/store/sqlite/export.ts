import { CALLBACK_PENDING_STATUSES } from '../../domain/status.js';
import type { ExportFilter, ExportStore, ExportedComplaint, TransferEvent } from '../store.js';
import type { SqliteContext } from './context.js';
import { toComplaint } from './rows.js';

// One statement reads each complaint with its customer and, through a subquery, its whole
// history as a JSON array: better-sqlite3 allows no other query on the connection while
// an iterator is open, and one statement sees one consistent snapshot.
const SELECT = `
  SELECT c.*, cu.id AS cu_id, cu.name AS cu_name, cu.phone AS cu_phone, cu.email AS cu_email,
         cu.company AS cu_company, cu.address AS cu_address, cu.created_at AS cu_created_at,
         cu.forgotten_at AS cu_forgotten_at,
         (SELECT json_group_array(json_object('at', e.at, 'operator', e.operator, 'kind', e.kind,
                   'statusBefore', e.status_before, 'statusAfter', e.status_after, 'details', json(e.details)))
          FROM (SELECT * FROM events WHERE complaint_id = c.id ORDER BY at, id) e) AS events_json
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id`;

/** The complaint's history announced a callback: set by the wizard or a follow-up
 * (nextContactAt), a hand-over (dueAt), or cleared by a follow-up or a close (dueAt). */
const ANNOUNCED = `EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id
  AND (json_extract(e.details, '$.nextContactAt') IS NOT NULL OR json_extract(e.details, '$.dueAt') IS NOT NULL))`;

// A read from the first complaint to the last uses each page once: SQLite's cache (16 MiB
// with better-sqlite3's defaults) would only fill up, to the size of the logbook. A small
// one keeps the index pages and the customers most looked up (an export of 10k: 9 MiB less).
const EXPORT_CACHE = '-2048';

export function exportQueries(ctx: SqliteContext): ExportStore {
  return {
    async *exportComplaints(filter: ExportFilter): AsyncIterable<ExportedComplaint> {
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      const statuses = filter.callbacks
        ? (filter.statuses ?? CALLBACK_PENDING_STATUSES).filter((s) => CALLBACK_PENDING_STATUSES.includes(s))
        : filter.statuses;
      const chosen: string[] = [];
      if (statuses !== undefined) {
        chosen.push(statuses.length === 0 ? '0' : `c.status IN (${statuses.map((_, i) => `@status${i}`).join(', ')})`);
        statuses.forEach((status, i) => (params[`status${i}`] = status));
      }
      if (filter.callbacks) chosen.push('c.next_contact_at IS NOT NULL');
      if (filter.callbacks && filter.cancelledSince) {
        const pending = `c.status IN ('open', 'awaiting_callback', 'transferred') AND c.next_contact_at IS NOT NULL`;
        where.push(
          `((${chosen.join(' AND ')}) OR (NOT (${pending}) AND c.updated_at >= @cancelledSince AND ${ANNOUNCED}))`,
        );
        params.cancelledSince = filter.cancelledSince.toISOString();
      } else where.push(...chosen);
      if (filter.since) {
        where.push('c.received_at >= @since');
        params.since = filter.since.toISOString();
      }
      if (filter.until) {
        where.push('c.received_at < @until');
        params.until = filter.until.toISOString();
      }
      const sql = `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`;
      const cache = ctx.db.pragma('cache_size', { simple: true }) as number;
      ctx.db.pragma(`cache_size = ${EXPORT_CACHE}`);
      try {
        for (const row of ctx.db.prepare(sql).iterate(params) as IterableIterator<Record<string, unknown>>) {
          const events = JSON.parse(row.events_json as string) as TransferEvent[];
          yield { ...toComplaint(row), events };
        }
      } finally {
        ctx.db.pragma(`cache_size = ${cache}`);
      }
    },
  };
}
