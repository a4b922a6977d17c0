import type { RecurringStore } from '../store.js';
import type { PgContext } from './context.js';

// Recurring problems, as in a file (store/sqlite/recurring.ts); only this shop's complaints,
// for a shop's view.

const PRODUCTS = `
  SELECT product, count(*)::int AS count FROM complaints
  WHERE received_at >= $1 AND received_at < $2 AND product IS NOT NULL AND trim(product) <> ''
    AND ($3::text IS NULL OR shop = $3)
  GROUP BY product`;

const CUSTOMERS = `
  SELECT cu.id, cu.name, array_agg(x.id ORDER BY x.id) AS ids
  FROM customers cu JOIN complaints x ON x.customer_id = cu.id AND x.received_at >= $4 AND x.received_at < $2
  WHERE cu.forgotten_at IS NULL AND ($3::text IS NULL OR x.shop = $3)
    AND cu.id IN (SELECT customer_id FROM complaints WHERE received_at >= $1 AND received_at < $2
                  AND customer_id IS NOT NULL AND ($3::text IS NULL OR shop = $3))
  GROUP BY cu.id HAVING count(*) >= 2
  ORDER BY count(*) DESC, cu.id`;

export function recurringQueries(ctx: PgContext): RecurringStore {
  const params = (range: { from: Date; to: Date }) => [range.from.toISOString(), range.to.toISOString(), ctx.view];
  return {
    async productCounts(range) {
      const rows = await ctx.rows(PRODUCTS, params(range));
      return rows.map((row) => ({ product: row.product as string, count: Number(row.count) }));
    },
    async repeatCustomers(period, since) {
      const rows = await ctx.rows(CUSTOMERS, [...params(period), since.toISOString()]);
      return rows.map((row) => ({
        id: Number(row.id),
        name: row.name as string,
        complaints: (row.ids as (number | string)[]).map(Number),
      }));
    },
  };
}
