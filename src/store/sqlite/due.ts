import { searchKey } from '../../domain/text.js';
import type { Status } from '../../domain/types.js';
import type { Callback, DueStore } from '../store.js';
import type { SqliteContext } from './context.js';
import { CALLBACK_PENDING_SQL } from './statuses.js';

// The WHERE terms repeat those of the partial index `complaints_due` word for word, so that
// SQLite answers from the index (the plan is checked by a test): cron runs this all day.
export const DUE_SQL = `
  SELECT c.id, c.next_contact_at AS due, c.status, cu.name AS customer,
         coalesce(c.callback_phone, cu.phone) AS phone, c.assignee,
         coalesce(c.product, c.account) AS summary, c.callback_note AS note
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
  WHERE c.next_contact_at IS NOT NULL AND c.status IN (${CALLBACK_PENDING_SQL})
    AND c.next_contact_at < @before
  ORDER BY c.next_contact_at, c.id`;

export function dueQueries(ctx: SqliteContext): DueStore {
  return {
    async listDue(query) {
      const rows = ctx.statement(DUE_SQL).all({ before: query.before.toISOString() }) as (Callback & {
        status: Status;
      })[];
      // Few rows are due at once, so the colleague's name is compared here, where accents
      // fold properly ("Élodie" = "elodie"); SQLite's NOCASE only folds ASCII.
      if (query.assignee === undefined) return rows;
      const wanted = searchKey(query.assignee);
      return rows.filter((row) => row.assignee !== null && searchKey(row.assignee) === wanted);
    },
  };
}
