import { clockStarts, type ClockFacts } from '../../domain/clocks.js';
import type { ClockRow, ClockStore } from '../store.js';
import { toFacts } from '../sqlite/clocks.js';
import type { PgContext } from './context.js';

// The complaints whose clocks `due` and the report read, as on SQLite (sqlite/clocks.ts):
// the WHERE terms repeat those of the partial indexes of migration 5.

const FACTS = `c.id, c.status, c.received_at, c.business, c.second_hand, c.purchase_date, c.request,
  c.solution_type, c.written_at, c.written_answer_at, c.answer_due_at, c.resolved_at, c.closed_at, c.outcome`;

export const OPEN_SQL = `
  SELECT ${FACTS}, cu.name AS customer, coalesce(c.callback_phone, cu.phone) AS phone, c.assignee
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
  WHERE ((c.status IN ('draft', 'open', 'awaiting_callback', 'transferred')
          AND (c.written_at IS NOT NULL OR c.answer_due_at IS NOT NULL
               OR (NOT c.business AND c.purchase_date IS NOT NULL
                   AND (c.request IN ('repair', 'exchange') OR c.solution_type IN ('repair', 'exchange')))))
      OR (c.status = 'closed' AND c.written_at IS NOT NULL AND coalesce(c.outcome, '') <> 'resolved'))
    AND ($1::text IS NULL OR c.shop = $1)
  ORDER BY c.id`;

const DUE_BETWEEN_SQL = `
  SELECT ${FACTS} FROM complaints c
  WHERE ((c.answer_due_at IS NOT NULL AND c.answer_due_at BETWEEN $2 AND $3)
      OR (NOT c.business AND c.purchase_date IS NOT NULL
          AND (c.request IN ('repair', 'exchange') OR c.solution_type IN ('repair', 'exchange'))
          AND c.received_at >= $4 AND c.received_at < $5)
      OR (c.written_at IS NOT NULL AND (c.written_at BETWEEN $6 AND $7 OR c.written_at BETWEEN $8 AND $9)))
    AND ($1::text IS NULL OR c.shop = $1)
  ORDER BY c.id`;

// Read through a cursor a batch at a time: `report --all` of a million complaints reads half
// of them, which the client held at once took seconds and hundreds of megabytes.
const BATCH = 5000;

export function clockQueries(ctx: PgContext): ClockStore {
  async function eachDueBetween(fromDay: string, toDay: string, visit: (facts: ClockFacts) => void): Promise<void> {
    const { received, written } = clockStarts(fromDay, toDay);
    await ctx.rows('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      // Planned for every row, as the same statement run whole is: a cursor is otherwise
      // planned for its first tenth, which can choose a slower plan for all of them.
      await ctx.rows('SET LOCAL cursor_tuple_fraction = 1');
      await ctx.rows(`DECLARE clocks_cursor NO SCROLL CURSOR FOR ${DUE_BETWEEN_SQL}`, [
        ctx.view,
        fromDay,
        toDay,
        ...received,
        ...written[0],
        ...written[1],
      ]);
      for (;;) {
        const rows = await ctx.rows(`FETCH ${BATCH} FROM clocks_cursor`);
        for (const row of rows) visit(toFacts(row));
        if (rows.length < BATCH) break;
      }
    } finally {
      await ctx.rows('COMMIT');
    }
  }

  return {
    async openClocks() {
      return (await ctx.rows(OPEN_SQL, [ctx.view])).map((row): ClockRow => ({
        ...toFacts(row),
        customer: row.customer as string | null,
        phone: row.phone as string | null,
        assignee: row.assignee as string | null,
      }));
    },

    eachClockDueBetween: eachDueBetween,
  };
}
