import { clocksDue } from '../domain/clocks.js';
import { isoDay } from '../domain/dates.js';
import { searchKey } from '../domain/text.js';
import { renderDueClocks, type ClockLine } from '../render/clocks.js';
import { printLine } from '../render/output.js';
import type { ClockStore } from '../store/store.js';

// What `due` lists after the callbacks: the clocks the shop must still keep (a promised
// answer, a repair under the legal warranty, two months after a written complaint, the year
// of mediation), due by the end of the days `due` covers, or already past.

export interface DueClocks {
  lines: ClockLine[];
  /** As `due --json --clocks` prints them, after the callbacks. */
  json: { kind: string; id: number; due: string; customer: string | null; phone: string | null }[];
}

export async function dueClocks(
  store: ClockStore,
  scope: { before: Date; now: Date; overdue: boolean; assignee: string | undefined },
): Promise<DueClocks> {
  let rows = await store.openClocks();
  if (scope.assignee) {
    const wanted = searchKey(scope.assignee);
    rows = rows.filter((row) => row.assignee !== null && searchKey(row.assignee) === wanted);
  }
  const lastDay = isoDay(new Date(scope.before.getTime() - 1));
  const lines = clocksDue(rows, isoDay(scope.now), lastDay, scope.overdue);
  return {
    lines,
    json: lines.map(({ complaint, clock }) => ({
      kind: clock.kind,
      id: complaint.id,
      due: clock.due,
      customer: complaint.customer,
      phone: complaint.phone,
    })),
  };
}

/** The clocks after the callbacks, a blank line between; nothing at all when none is due. */
export function printDueClocks(clocks: DueClocks, now: Date, afterCallbacks: boolean): void {
  if (clocks.lines.length === 0) return;
  if (afterCallbacks) printLine();
  printLine(renderDueClocks(clocks.lines, now));
}
