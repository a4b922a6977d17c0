import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { fromIsoDay, isoDay } from './dates.js';
import { dayOf, dayText, instantDay, monthsAfter } from './days.js';
import { requestUnderWarranty } from './warranty.js';
import type { Complaint } from './types.js';

// The deadlines that run for a complaint, from its own dates (README, "Écrire au client"):
// - answer: the written answer promised in the acknowledgement, by the day it named;
// - warranty: goods under the legal warranty of conformity repaired or replaced within 30
//   days of the consumer's request (Code de la consommation L217-10);
// - mediation: two months after a written complaint without a written answer, when consumer
//   mediators usually take the case;
// - window: one year after the written complaint, when a mediator may no longer take it
//   (L612-2).
// Each is kept when it stopped by the end of its day (local time), missed otherwise.

export const CLOCK_KINDS = ['answer', 'warranty', 'mediation', 'window'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** What the clocks of a complaint are read from. */
export type ClockFacts = Pick<
  Complaint,
  | 'id'
  | 'status'
  | 'receivedAt'
  | 'business'
  | 'secondHand'
  | 'purchaseDate'
  | 'request'
  | 'solutionType'
  | 'writtenAt'
  | 'writtenAnswerAt'
  | 'answerDueAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'outcome'
>;

export interface Clock {
  kind: ClockKind;
  /** The last day, YYYY-MM-DD, local. */
  due: string;
  /** When what it waited for happened (ISO 8601), null while it runs. */
  stoppedAt: string | null;
}

export type ClockState = 'running' | 'kept' | 'missed';

/** Repair and replacement are the remedies L217-10 gives 30 days for. */
const REPAIRS = new Set<string>(['repair', 'exchange']);

/** The earlier of two instants (ISO 8601), or the one given. */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** Resolved or closed: the shop has done what it could, when it did. */
function finishedAt(facts: ClockFacts): string | null {
  if (facts.status !== 'resolved' && facts.status !== 'closed') return null;
  return earlier(facts.resolvedAt, facts.closedAt);
}

/** Settled in the customer's favour: nothing left for a mediator. */
function settledAt(facts: ClockFacts): string | null {
  const settled = facts.status === 'resolved' || (facts.status === 'closed' && facts.outcome === 'resolved');
  return settled ? finishedAt(facts) : null;
}

/** Each kind of clock: its last day as a day number (NaN when the complaint has none), and
 * when what it waits for happened (null while it runs). The 30-day warranty clock runs for a
 * consumer's goods still under the legal warranty and a repair or a replacement asked or granted. */
const KINDS: readonly {
  kind: ClockKind;
  due: (facts: ClockFacts) => number;
  stoppedAt: (facts: ClockFacts) => string | null;
}[] = [
  {
    kind: 'answer',
    due: (facts) => (facts.answerDueAt === null ? NaN : dayOf(facts.answerDueAt)),
    stoppedAt: (facts) => earlier(facts.writtenAnswerAt, finishedAt(facts)),
  },
  {
    kind: 'warranty',
    due: (facts) =>
      REPAIRS.has(facts.request ?? '') || REPAIRS.has(facts.solutionType ?? '')
        ? requestUnderWarranty(facts) + 30
        : NaN,
    stoppedAt: finishedAt,
  },
  {
    kind: 'mediation',
    due: (facts) => (facts.writtenAt === null ? NaN : monthsAfter(facts.writtenAt, 2)),
    stoppedAt: (facts) => earlier(facts.writtenAnswerAt, settledAt(facts)),
  },
  {
    kind: 'window',
    due: (facts) => (facts.writtenAt === null ? NaN : monthsAfter(facts.writtenAt, 12)),
    stoppedAt: settledAt,
  },
];

/** Every clock of a complaint, in the order of CLOCK_KINDS. */
export function clocksOf(facts: ClockFacts): Clock[] {
  const clocks: Clock[] = [];
  for (const { kind, due, stoppedAt } of KINDS) {
    const day = due(facts);
    if (!Number.isNaN(day)) clocks.push({ kind, due: dayText(day), stoppedAt: stoppedAt(facts) });
  }
  return clocks;
}

/** Where a clock due on `due` (a day number) stands on `today`: kept or missed once stopped
 * (by the end of its day, local time) or once its day is over. */
function stateOn(due: number, stoppedAt: string | null, today: number): ClockState {
  if (stoppedAt !== null) return instantDay(stoppedAt) <= due ? 'kept' : 'missed';
  return today > due ? 'missed' : 'running';
}

/** Where a clock stands on `today` (YYYY-MM-DD): kept or missed once stopped or once its day
 * is over; the mediation window, which is the customer's and not the shop's, ends on its day. */
export function clockState(clock: Clock, today: string): ClockState {
  return stateOn(dayOf(clock.due), clock.stoppedAt, dayOf(today));
}

/** A clock the shop still has to act on: not stopped, and for the window, not yet closed. */
export function isOpenClock(clock: Clock, today: string): boolean {
  if (clock.stoppedAt !== null) return false;
  return clock.kind !== 'window' || today <= clock.due;
}

/** The days a complaint must have started on for one of its clocks to fall due between
 * `fromDay` and `toDay` (both included, YYYY-MM-DD): what the report reads through indexes
 * of those dates. Receptions exactly: the instants of the local days 30 days before (the
 * warranty's 30 days run from the request's local day). Written days a few days wider than
 * exact, for months of different lengths; clocksOf then keeps the exact ones. */
export function clockStarts(
  fromDay: string,
  toDay: string,
): { received: [string, string]; written: [string, string][] } {
  const from = fromIsoDay(fromDay);
  const to = fromIsoDay(toDay);
  const shift = (at: Date, days: number) => new Date(at.getFullYear(), at.getMonth(), at.getDate() + days);
  return {
    received: [shift(from, -30).toISOString(), shift(to, -29).toISOString()],
    written: [
      [isoDay(shift(addMonths(from, -2), -4)), isoDay(shift(addMonths(to, -2), 4))],
      [isoDay(shift(addYears(from, -1), -2)), isoDay(shift(addYears(to, -1), 2))],
    ],
  };
}

/** The open clocks of `complaints` due by `lastDay` (YYYY-MM-DD, included), or with
 * `overdueOnly` those already past on `today`: what `due` lists after the callbacks, the
 * earliest first. */
export function clocksDue<T extends ClockFacts>(
  complaints: readonly T[],
  today: string,
  lastDay: string,
  overdueOnly = false,
): { complaint: T; clock: Clock }[] {
  const found = complaints.flatMap((complaint) =>
    clocksOf(complaint)
      .filter((clock) => isOpenClock(clock, today) && clock.due <= (overdueOnly ? isoDay(dayBefore(today)) : lastDay))
      .map((clock) => ({ complaint, clock })),
  );
  // Calendar days written YYYY-MM-DD sort as text; no collation (its data takes a while to load).
  const byDay = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return found.sort((a, b) => byDay(a.clock.due, b.clock.due) || a.complaint.id - b.complaint.id);
}

const dayBefore = (day: string) => {
  const at = fromIsoDay(day);
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() - 1);
};

export type ClockCounts = Record<ClockKind, { kept: number; missed: number }>;

/** The clocks that fell due between `fromDay` and `toDay` (both included), kept or missed as
 * they stand on `today`, counted a complaint at a time (`add`); those still running and not
 * yet past are in neither count. Only the last day of each clock is worked out for a clock
 * due outside the period. */
export function clockTally(fromDay: string, toDay: string, today: string) {
  const [from, to, now] = [dayOf(fromDay), dayOf(toDay), dayOf(today)];
  const counts = Object.fromEntries(CLOCK_KINDS.map((kind) => [kind, { kept: 0, missed: 0 }])) as ClockCounts;
  return {
    counts,
    add(facts: ClockFacts): void {
      for (const { kind, due, stoppedAt } of KINDS) {
        const day = due(facts);
        if (!(day >= from && day <= to)) continue;
        const state = stateOn(day, stoppedAt(facts), now);
        if (state !== 'running') counts[kind][state]++;
      }
    },
  };
}
