import type { CustomerStore } from '../store.js';
import type { PgContext } from './context.js';
import { toCustomer, toSummary } from './rows.js';

export function customerQueries(ctx: PgContext): CustomerStore {
  return {
    async getCustomer(id) {
      const row = await ctx.row('SELECT * FROM customers WHERE id = $1', [id]);
      return row ? toCustomer(row) : null;
    },

    async customerComplaints(id) {
      const rows = await ctx.rows(
        `SELECT id, status, received_at, category, channel, coalesce(product, account) AS summary,
                next_contact_at, assignee
         FROM complaints WHERE customer_id = $1 ORDER BY received_at DESC, id DESC`,
        [id],
      );
      return rows.map(toSummary);
    },
  };
}
