import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { UserError } from '../errors.js';
import type { Period } from '../store/store.js';

// Which days a report covers. Every period is a half-open range of local days
// [first day 00:00, day after the last 00:00), so "until 25/11" includes the whole 25th.

export interface PeriodChoice {
  /** First day (local midnight). */
  since?: Date;
  /** Last day included (local midnight). */
  until?: Date;
  /** The current calendar month, from the 1st to today. */
  month?: boolean;
  /** Everything since the first complaint. */
  all?: boolean;
}

export interface ReportPeriods {
  period: Period;
  /** The same number of days just before, or null for --all. */
  previous: Period | null;
}

const DEFAULT_DAYS = 7;

/** Whole local days between two local midnights (a DST change makes a day 23 or 25 hours). */
function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

export function reportPeriods(choice: PeriodChoice, now: Date, firstReceivedAt: string | null): ReportPeriods {
  const tomorrow = addDays(startOfDay(now), 1);
  let to = choice.until ? addDays(startOfDay(choice.until), 1) : tomorrow;
  let from: Date;
  if (choice.all) {
    from = firstReceivedAt ? startOfDay(new Date(firstReceivedAt)) : startOfDay(now);
    to = tomorrow;
    return { period: { from, to: from < to ? to : addDays(from, 1) }, previous: null };
  }
  if (choice.month) from = startOfMonth(now);
  else if (choice.since) from = startOfDay(choice.since);
  else from = addDays(to, -DEFAULT_DAYS);
  if (from >= to) throw new UserError('report.emptyRange');
  const days = daysBetween(from, to);
  return { period: { from, to }, previous: { from: addDays(from, -days), to: from } };
}

/** The 9 bounds of the last 8 weeks (Monday to Monday, local), the current week last. */
export function trendBounds(now: Date, weeks = 8): Date[] {
  const thisWeek = startOfWeek(now, { weekStartsOn: 1 });
  return Array.from({ length: weeks + 1 }, (_, i) => addDays(thisWeek, 7 * (i - weeks + 1)));
}
