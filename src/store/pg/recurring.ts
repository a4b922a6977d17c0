import type { RecurringStore } from '../store.js';
import type { PgContext } from './context.js';

// Recurring problems, as in a file (store/sqlite/recurring.ts); only this shop's complaints,
// for a shop's view.

export const PRODUCTS = `
  SELECT product, count(*)::int AS count FROM complaints
  WHERE received_at >= $1 AND received_at < $2 AND product IS NOT NULL AND trim(product) <> ''
    AND ($3::text IS NULL OR shop = $3)
  GROUP BY product`;

// The period's customers with two complaints or more since $4, through the index by customer
// and reception: the cost is the period's customers, not the 90 days' complaints. Each is
// counted first (from the index alone, for every shop); only those kept are looked up, their
// complaints and their name. LIMIT keeps the customer a lookup by id: joined as a table,
// the planner may read every customer of the logbook to hash them.
const SINCE = `x.received_at >= $4 AND x.received_at < $2 AND ($3::text IS NULL OR x.shop = $3)`;
export const CUSTOMERS = `
  SELECT cu.id, cu.name, r.ids
  FROM (SELECT p.customer_id, c.n
        FROM (SELECT DISTINCT customer_id FROM complaints
              WHERE received_at >= $1 AND received_at < $2 AND customer_id IS NOT NULL
                AND ($3::text IS NULL OR shop = $3)) AS p
        CROSS JOIN LATERAL (
          SELECT count(*) AS n FROM complaints x WHERE x.customer_id = p.customer_id AND ${SINCE}) AS c
        WHERE c.n >= 2
        OFFSET 0) AS q
  CROSS JOIN LATERAL (SELECT id, name FROM customers WHERE id = q.customer_id AND forgotten_at IS NULL LIMIT 1) AS cu
  CROSS JOIN LATERAL (
    SELECT array_agg(x.id ORDER BY x.id) AS ids FROM complaints x WHERE x.customer_id = q.customer_id AND ${SINCE}) AS r
  ORDER BY q.n DESC, cu.id`;

// The same customers when the period holds the whole span since the 90 days' start (report
// --all): every complaint of the span ($1 to $2) is the period's, so they are the span's
// complaints grouped by customer, one read of its index, rather than a lookup for each
// customer of the logbook.
export const CUSTOMERS_OF_SPAN = `
  SELECT cu.id, cu.name, array_agg(x.id ORDER BY x.id) AS ids
  FROM complaints x JOIN customers cu ON cu.id = x.customer_id AND cu.forgotten_at IS NULL
  WHERE x.received_at >= $1 AND x.received_at < $2 AND ($3::text IS NULL OR x.shop = $3)
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
      const rows =
        since.getTime() >= period.from.getTime()
          ? await ctx.rows(CUSTOMERS_OF_SPAN, params({ from: since, to: period.to }))
          : await ctx.rows(CUSTOMERS, [...params(period), since.toISOString()]);
      return rows.map((row) => ({
        id: Number(row.id),
        name: row.name as string,
        complaints: (row.ids as (number | string)[]).map(Number),
      }));
    },
  };
}
