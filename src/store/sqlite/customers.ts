import type { CustomerStore } from '../store.js';
import type { SqliteContext } from './context.js';
import { toCustomer, toSummary } from './rows.js';

export function customerQueries(ctx: SqliteContext): CustomerStore {
  return {
    async getCustomer(id) {
      const row = ctx.statement('SELECT * FROM customers WHERE id = ?').get(id) as Record<string, unknown> | undefined;
      return row ? toCustomer(row) : null;
    },

    async customerComplaints(id) {
      const rows = ctx
        .statement(
          `SELECT id, status, received_at, category, channel, coalesce(product, account) AS summary,
                  next_contact_at, assignee
           FROM complaints WHERE customer_id = ? ORDER BY received_at DESC, id DESC`,
        )
        .all(id) as Record<string, unknown>[];
      return rows.map(toSummary);
    },
  };
}
