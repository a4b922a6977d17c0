import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import { UserError } from '../errors.js';
import type { Period } from '../store/store.js';

// Which days a report covers. Every period is a half-open range of local days
// [first day 00:00, day after the last 00:00), so "until 25/11" includes the whole 25th.

/** A week named on the command line: `2026-W47`, or weeks back from this one (`-1`). */
export type WeekChoice = { year: number; week: number } | { offset: number };

export interface PeriodChoice {
  /** First day (local midnight). */
  since?: Date;
  /** Last day included (local midnight). */
  until?: Date;
  /** The current calendar month, from the 1st to today. */
  month?: boolean;
  /** Everything since the first complaint. */
  all?: boolean;
  /** One week, Monday to Sunday. */
  week?: WeekChoice;
}

/** What the period is, for the header: a named week (ISO 8601), the last days, a month, a
 * range of days, or the whole logbook. */
export type PeriodKind = 'week' | 'days' | 'month' | 'range' | 'all';

export interface ReportPeriods {
  period: Period;
  /** The same number of days just before, or null for --all. */
  previous: Period | null;
  kind: PeriodKind;
  /** 2026-W47, for a week. */
  week?: string;
}

const DEFAULT_DAYS = 7;

/** Whole local days between two local midnights (a DST change makes a day 23 or 25 hours). */
function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** `2026-W47` or `-1` (last week), `0` (this week); null when it is neither. */
export function parseWeek(text: string): WeekChoice | null {
  const named = /^(\d{4})-?W(\d{1,2})$/i.exec(text.trim());
  if (named) return { year: Number(named[1]), week: Number(named[2]) };
  const back = /^(-\d{1,3}|0)$/.exec(text.trim());
  return back ? { offset: Number(back[1]) } : null;
}

/** The Monday a week choice starts on, or a UserError for a week the year does not have. */
function mondayOf(choice: WeekChoice, now: Date, text: string): Date {
  if ('offset' in choice) return addDays(startOfISOWeek(now), 7 * choice.offset);
  // 4 January is always in week 1 of its ISO year.
  const monday = startOfISOWeek(setISOWeek(new Date(choice.year, 0, 4), choice.week));
  if (choice.week < 1 || getISOWeekYear(monday) !== choice.year || getISOWeek(monday) !== choice.week)
    throw new UserError('report.badWeek', { value: text });
  return monday;
}

/** A week's ISO 8601 name: 2026-W47. */
export function weekName(monday: Date): string {
  return `${getISOWeekYear(monday)}-W${String(getISOWeek(monday)).padStart(2, '0')}`;
}

function between(from: Date, to: Date, kind: PeriodKind, week?: string): ReportPeriods {
  if (from >= to) throw new UserError('report.emptyRange');
  const days = daysBetween(from, to);
  return { period: { from, to }, previous: { from: addDays(from, -days), to: from }, kind, ...(week ? { week } : {}) };
}

/**
 * The period of a report. By default, on a Monday (the owner's Monday-morning reading), the
 * last full week, Monday to Sunday; on other days the 7 days ending today.
 */
export function reportPeriods(
  choice: PeriodChoice,
  now: Date,
  firstReceivedAt: string | null,
  weekText = '',
): ReportPeriods {
  const tomorrow = addDays(startOfDay(now), 1);
  if (choice.all) {
    const from = firstReceivedAt ? startOfDay(new Date(firstReceivedAt)) : startOfDay(now);
    return { period: { from, to: from < tomorrow ? tomorrow : addDays(from, 1) }, previous: null, kind: 'all' };
  }
  const week =
    choice.week ?? (choice.since || choice.until || choice.month || now.getDay() !== 1 ? null : { offset: -1 });
  if (week) {
    const monday = mondayOf(week, now, weekText);
    return between(monday, addDays(monday, 7), 'week', weekName(monday));
  }
  const to = choice.until ? addDays(startOfDay(choice.until), 1) : tomorrow;
  if (choice.month) return between(startOfMonth(now), to, 'month');
  if (choice.since) return between(startOfDay(choice.since), to, 'range');
  return between(addDays(to, -DEFAULT_DAYS), to, choice.until ? 'range' : 'days');
}

/** A trend: consecutive weeks (Monday to Monday) or months, local time. */
export interface Trend {
  unit: 'week' | 'month';
  /** n + 1 instants: the start of each bucket and the end of the last. */
  bounds: Date[];
}

// Past half a year of weeks, a trend is drawn by month: 26 bars are as many as a line holds.
const MOST_WEEKS = 26;

/** The last 8 weeks, the current week last; with --all, the whole period by weeks, or by
 * months when it is longer than half a year. */
export function trendOf(now: Date, allSince: Date | null, weeks = 8): Trend {
  const thisWeek = startOfISOWeek(now);
  if (allSince === null)
    return {
      unit: 'week',
      bounds: Array.from({ length: weeks + 1 }, (_, i) => addDays(thisWeek, 7 * (i - weeks + 1))),
    };
  const first = startOfISOWeek(allSince);
  const count = Math.round(daysBetween(first, thisWeek) / 7) + 1;
  if (count <= MOST_WEEKS)
    return { unit: 'week', bounds: Array.from({ length: count + 1 }, (_, i) => addDays(first, 7 * i)) };
  const firstMonth = startOfMonth(allSince);
  const months = (now.getFullYear() - firstMonth.getFullYear()) * 12 + now.getMonth() - firstMonth.getMonth() + 1;
  return { unit: 'month', bounds: Array.from({ length: months + 1 }, (_, i) => addMonths(firstMonth, i)) };
}
