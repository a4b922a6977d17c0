import type { ComplaintSummary, Status } from '../../domain/types.js';
import type { CustomerStore } from '../store.js';
import type { SqliteContext } from './context.js';
import { toCustomer } from './rows.js';

export function customerQueries(ctx: SqliteContext): CustomerStore {
  return {
    async getCustomer(id) {
      const row = ctx.statement('SELECT * FROM customers WHERE id = ?').get(id) as Record<string, unknown> | undefined;
      return row ? toCustomer(row) : null;
    },

    async customerComplaints(id) {
      const rows = ctx
        .statement(
          `SELECT id, status, received_at, category, channel, coalesce(product, account) AS summary, next_contact_at, assignee
           FROM complaints WHERE customer_id = ? ORDER BY received_at DESC, id DESC`,
        )
        .all(id) as Record<string, unknown>[];
      return rows.map((row): Omit<ComplaintSummary, 'customer'> => ({
        id: row.id as number,
        status: row.status as Status,
        receivedAt: row.received_at as string,
        category: row.category as string | null,
        channel: row.channel as ComplaintSummary['channel'],
        summary: row.summary as string | null,
        nextContactAt: row.next_contact_at as string | null,
        assignee: row.assignee as string | null,
      }));
    },
  };
}
