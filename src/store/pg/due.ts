import { searchKey } from '../../domain/text.js';
import type { Callback, DueStore } from '../store.js';
import type { PgContext } from './context.js';

// The WHERE terms repeat those of the partial index `complaints_due`, so that the server
// reads the due callbacks from it alone: cron runs this all day.
export const DUE_SQL = `
  SELECT c.id, c.next_contact_at AS due, c.status, cu.name AS customer,
         coalesce(c.callback_phone, cu.phone) AS phone, c.assignee,
         coalesce(c.product, c.account) AS summary, c.callback_note AS note
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
  WHERE c.next_contact_at IS NOT NULL AND c.status IN ('open', 'awaiting_callback', 'transferred')
    AND c.next_contact_at < $1 AND ($2::text IS NULL OR c.shop = $2)
  ORDER BY c.next_contact_at, c.id`;

export function dueQueries(ctx: PgContext): DueStore {
  return {
    async listDue(query) {
      const rows = await ctx.rows<Callback>(DUE_SQL, [query.before.toISOString(), ctx.view]);
      // The colleague's name is compared here, where accents fold as everywhere in plainte.
      if (query.assignee === undefined) return rows;
      const wanted = searchKey(query.assignee);
      return rows.filter((row) => row.assignee !== null && searchKey(row.assignee) === wanted);
    },
  };
}
