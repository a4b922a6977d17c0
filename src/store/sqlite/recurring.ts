import type { RecurringStore } from '../store.js';
import type { SqliteContext } from './context.js';

// Recurring problems (domain/recurring.ts): complaints received in a range, counted by
// product (migration 10's index), and the period's customers with two complaints or more
// since a date.

export const PRODUCTS_SQL = `
  SELECT product, count(*) AS count FROM complaints
  WHERE received_at >= @from AND received_at < @to AND product IS NOT NULL AND trim(product) <> ''
  GROUP BY product`;

// The period's customers, each counted through the index by customer and reception.
export const REPEAT_CUSTOMERS_SQL = `
  SELECT id, name, ids FROM (
    SELECT cu.id, cu.name,
      (SELECT json_group_array(x.id) FROM complaints x
       WHERE x.customer_id = cu.id AND x.received_at >= @since AND x.received_at < @to) AS ids,
      (SELECT count(*) FROM complaints x
       WHERE x.customer_id = cu.id AND x.received_at >= @since AND x.received_at < @to) AS n
    FROM customers cu
    WHERE cu.forgotten_at IS NULL AND cu.id IN (SELECT customer_id FROM complaints
      WHERE received_at >= @from AND received_at < @to AND customer_id IS NOT NULL))
  WHERE n >= 2
  ORDER BY n DESC, id`;

export function recurringQueries(ctx: SqliteContext): RecurringStore {
  return {
    async productCounts(range) {
      return ctx.statement(PRODUCTS_SQL).all({ from: range.from.toISOString(), to: range.to.toISOString() }) as {
        product: string;
        count: number;
      }[];
    },
    async repeatCustomers(period, since) {
      // A customer with two complaints since `since` has one in the period when the period
      // holds that span (report --all): only the span's customers are then counted, not the
      // logbook's.
      const from = since.getTime() > period.from.getTime() ? since : period.from;
      const rows = ctx.statement(REPEAT_CUSTOMERS_SQL).all({
        from: from.toISOString(),
        to: period.to.toISOString(),
        since: since.toISOString(),
      }) as { id: number; name: string; ids: string }[];
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        complaints: (JSON.parse(row.ids) as number[]).sort((a, b) => a - b),
      }));
    },
  };
}
