import { clockStarts, type ClockFacts } from '../../domain/clocks.js';
import type { ClockRow, ClockStore } from '../store.js';
import type { SqliteContext } from './context.js';

// The complaints whose clocks `due` and the report read (src/domain/clocks.ts). The WHERE
// terms repeat those of the partial indexes of migration 8 word for word, so that SQLite
// reads each set from its index.

const FACTS = `c.id, c.status, c.received_at, c.business, c.second_hand, c.purchase_date, c.request,
  c.solution_type, c.written_at, c.written_answer_at, c.answer_due_at, c.resolved_at, c.closed_at, c.outcome`;

export const OPEN_SQL = `
  SELECT ${FACTS}, cu.name AS customer, coalesce(c.callback_phone, cu.phone) AS phone, c.assignee
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
  WHERE (c.status IN ('draft', 'open', 'awaiting_callback', 'transferred')
         AND (c.written_at IS NOT NULL OR c.answer_due_at IS NOT NULL
              OR (c.business = 0 AND c.purchase_date IS NOT NULL
                  AND (c.request IN ('repair', 'exchange') OR c.solution_type IN ('repair', 'exchange')))))
     OR (c.status = 'closed' AND c.written_at IS NOT NULL AND coalesce(c.outcome, '') <> 'resolved')
  ORDER BY c.id`;

/** The complaints whose clocks may fall due between two days (clockStarts gives its bounds). */
export const CLOCKS_DUE_SQL = `
  SELECT ${FACTS} FROM complaints c
  WHERE c.answer_due_at IS NOT NULL AND c.answer_due_at BETWEEN @fromDay AND @toDay
  UNION
  SELECT ${FACTS} FROM complaints c
  WHERE c.business = 0 AND c.purchase_date IS NOT NULL
    AND (c.request IN ('repair', 'exchange') OR c.solution_type IN ('repair', 'exchange'))
    AND c.received_at >= @receivedFrom AND c.received_at < @receivedTo
  UNION
  SELECT ${FACTS} FROM complaints c
  WHERE c.written_at IS NOT NULL AND (c.written_at BETWEEN @twoMonthsFrom AND @twoMonthsTo
                                      OR c.written_at BETWEEN @yearFrom AND @yearTo)
  ORDER BY 1`;

/** The values of CLOCKS_DUE_SQL's parameters for the days from `fromDay` to `toDay`. */
export function clocksDueParameters(fromDay: string, toDay: string): Record<string, string> {
  const starts = clockStarts(fromDay, toDay);
  return {
    fromDay,
    toDay,
    receivedFrom: starts.received[0],
    receivedTo: starts.received[1],
    twoMonthsFrom: starts.written[0][0],
    twoMonthsTo: starts.written[0][1],
    yearFrom: starts.written[1][0],
    yearTo: starts.written[1][1],
  };
}

export function toFacts(row: Record<string, unknown>): ClockFacts {
  return {
    id: row.id as number,
    status: row.status as ClockFacts['status'],
    receivedAt: row.received_at as string,
    business: row.business === 1 || row.business === true,
    secondHand: row.second_hand === 1 || row.second_hand === true,
    purchaseDate: row.purchase_date as string | null,
    request: row.request as ClockFacts['request'],
    solutionType: row.solution_type as ClockFacts['solutionType'],
    writtenAt: row.written_at as string | null,
    writtenAnswerAt: row.written_answer_at as string | null,
    answerDueAt: row.answer_due_at as string | null,
    resolvedAt: row.resolved_at as string | null,
    closedAt: row.closed_at as string | null,
    outcome: row.outcome as ClockFacts['outcome'],
  };
}

/** A row of FACTS read as an array, in its order. */
function factsOf(row: unknown[]): ClockFacts {
  return {
    id: row[0] as number,
    status: row[1] as ClockFacts['status'],
    receivedAt: row[2] as string,
    business: row[3] === 1,
    secondHand: row[4] === 1,
    purchaseDate: row[5] as string | null,
    request: row[6] as ClockFacts['request'],
    solutionType: row[7] as ClockFacts['solutionType'],
    writtenAt: row[8] as string | null,
    writtenAnswerAt: row[9] as string | null,
    answerDueAt: row[10] as string | null,
    resolvedAt: row[11] as string | null,
    closedAt: row[12] as string | null,
    outcome: row[13] as ClockFacts['outcome'],
  };
}

export function clockQueries(ctx: SqliteContext): ClockStore {
  // Read a row at a time as arrays: `report --all` of a million complaints reads half of them,
  // which as objects held at once took seconds and hundreds of megabytes.
  function eachDueBetween(fromDay: string, toDay: string, visit: (facts: ClockFacts) => void): void {
    const rows = ctx
      .statement(CLOCKS_DUE_SQL)
      .raw(true)
      .iterate(clocksDueParameters(fromDay, toDay)) as IterableIterator<unknown[]>;
    for (const row of rows) visit(factsOf(row));
  }

  return {
    async openClocks() {
      return (ctx.statement(OPEN_SQL).all() as Record<string, unknown>[]).map((row): ClockRow => ({
        ...toFacts(row),
        customer: row.customer as string | null,
        phone: row.phone as string | null,
        assignee: row.assignee as string | null,
      }));
    },

    async eachClockDueBetween(fromDay, toDay, visit) {
      eachDueBetween(fromDay, toDay, visit);
    },
  };
}
