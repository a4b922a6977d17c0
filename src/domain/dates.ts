import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { endOfDay } from 'date-fns/endOfDay';
import { startOfDay } from 'date-fns/startOfDay';

/** A date the user typed, read in local time. `hasTime` says whether a time of day was given. */
export interface UserDate {
  at: Date;
  hasTime: boolean;
}

/**
 * How a date is read. A day typed without its year (26/11) or a weekday (lundi) is the next
 * such day for a callback (`future`), the last one for a purchase or the start of a period
 * (`past`); README, "Dates".
 */
export interface DateReading {
  direction: 'future' | 'past';
}

// Years outside this range are typing mistakes, not dates a shop would record.
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
/** Longer than any date a person types: the rest is not read. */
export const MAX_TYPED_DATE = 60;

// A Map, not an object literal: "__proto__" typed by a user must not find anything.
const WORDS = new Map<string, number>([
  ["aujourd'hui", 0],
  ['auj', 0],
  ['today', 0],
  ['demain', 1],
  ['tomorrow', 1],
  ['apres-demain', 2],
  ['hier', -1],
  ['yesterday', -1],
]);

/** Words that may stand between a day and its time: "26/11 à 10h". */
const LINKS = new Set(['à', 'a', 'at', 'vers']);

export function localDate(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const date = new Date(year, month - 1, day, hour, minute);
  // 31/02 rolls over to March in JavaScript: refuse it instead.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/**
 * The day and month typed without a year, in the year the reading asks for: the next such
 * day from today on, or the last one up to today. 29/02 finds the nearest leap year.
 */
export function withoutYear(month: number, day: number, now: Date, reading: DateReading): Date | null {
  const today = startOfDay(now);
  const step = reading.direction === 'future' ? 1 : -1;
  for (let year = now.getFullYear(), tries = 0; tries < 9; year += step, tries++) {
    const date = localDate(year, month, day);
    if (date && (step > 0 ? date >= today : date <= today)) return date;
  }
  return null;
}

/** A date as typed, in one spelling: lower case, single spaces, straight apostrophes, "17 h" as "17h". */
export function tidyTyped(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/(\d) h\b/g, '$1h');
}

/** "14:30", "14h30", "14h", "2:30pm", "2pm" -> [14, 30]; undefined when there is no time part. */
function readTime(text: string | undefined): [number, number] | null | undefined {
  if (text === undefined || text === '') return undefined;
  const match = /^(\d{1,2})(?:[:h](\d{2})?)?(am|pm)?$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (!match[3]) return [hour, minute];
  // 12am is midnight, 12pm noon.
  return hour >= 1 && hour <= 12 ? [(hour % 12) + (match[3] === 'pm' ? 12 : 0), minute] : null;
}

function withTime(day: Date, time: [number, number] | null | undefined): UserDate | null {
  if (time === null) return null;
  if (time === undefined) return { at: day, hasTime: false };
  const [hour, minute] = time;
  const at = localDate(day.getFullYear(), day.getMonth() + 1, day.getDate(), hour, minute);
  return at ? { at, hasTime: true } : null;
}

/** +3j, -7j, +2s, +1m, +2h: from today (from now for hours). */
function relative(text: string, now: Date): UserDate | null {
  const match = /^([+-])(\d{1,4}) ?(j|d|h|s|w|m)$/.exec(text);
  if (!match) return null;
  const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  switch (match[3]) {
    case 'h':
      return { at: addHours(now, amount), hasTime: true };
    case 's':
    case 'w':
      return { at: addDays(startOfDay(now), amount * 7), hasTime: false };
    case 'm':
      return { at: addMonths(startOfDay(now), amount), hasTime: false };
    default:
      return { at: addDays(startOfDay(now), amount), hasTime: false };
  }
}

/** The day part of a date typed with digits or a word, without its time. */
function dayPart(head: string, now: Date, reading: DateReading): Date | null | undefined {
  const word = WORDS.get(head.replace('é', 'e').replace('è', 'e'));
  if (word !== undefined) return addDays(startOfDay(now), word);

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(head);
  if (iso) return localDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  // 25/11/2026, 25.11.2026, 25-11-2026, and 25/11 without the year.
  const french = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?$/.exec(head);
  if (french) {
    const [day, month] = [Number(french[1]), Number(french[3])];
    return french[4] ? localDate(Number(french[4]), month, day) : withoutYear(month, day, now, reading);
  }
  return undefined;
}

/**
 * Reads a date typed with digits, or with the words of the quick forms: 2026-11-25,
 * 25/11/2026, 25-11-2026, 26/11 (year from the reading), any of them followed by a time
 * (14:30, 14h30, 14h, 2:30pm), a time alone (today), aujourd'hui, demain, +3j / +3d (days), +2h,
 * +2s / +2w (weeks), -7j, +2j 10h, or a full ISO 8601 timestamp. Returns null for anything
 * else, including impossible dates (31/02/2026); src/domain/spoken-dates.ts reads the rest.
 */
export function parseUserDate(input: string, now: Date, reading: DateReading): UserDate | null {
  const text = tidyTyped(input);
  if (text === '' || text.length > MAX_TYPED_DATE) return null;

  const whole = relative(text, now);
  if (whole) return whole;

  const words = text.split(' ');
  if (words.length === 3 && LINKS.has(words[1])) words.splice(1, 1);
  if (words.length > 2) return null;
  const [head, timePart] = words as [string, string | undefined];

  const day = dayPart(head, now, reading);
  if (day !== undefined) return day ? withTime(day, readTime(timePart)) : null;

  const later = relative(head, now);
  if (later && !later.hasTime && timePart !== undefined) return withTime(later.at, readTime(timePart));

  // A time alone is today: 15h30, 15:30, 10h.
  if (timePart === undefined && /^\d{1,2}([:h]|am|pm)/.test(head)) return withTime(startOfDay(now), readTime(head));

  // 2026-11-25T14:30, with optional seconds and zone: what exports and other programs write.
  const stamp = /^(\d{4})-(\d{2})-(\d{2})t(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (stamp) {
    const local = localDate(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]), Number(stamp[4]), Number(stamp[5]));
    if (!local || Number(stamp[6] ?? 0) > 59) return null;
    if (!stamp[7]) return { at: new Date(local.getTime() + Number(stamp[6] ?? 0) * 1000), hasTime: true };
    const at = new Date(input.trim());
    return Number.isNaN(at.getTime()) ? null : { at, hasTime: true };
  }
  return null;
}

/** Whether `at` is already past: anything before the current minute. */
export function isPast(at: Date, now: Date): boolean {
  return at.getTime() < now.getTime() - (now.getTime() % 60_000);
}

/**
 * Whether a date read lies the way it was asked: a callback not already past (a day alone
 * counts until its end), a purchase or a letter not after today.
 */
export function fitsDirection(date: UserDate, now: Date, direction: DateReading['direction']): boolean {
  if (direction === 'past') return startOfDay(date.at) <= startOfDay(now);
  return date.hasTime ? !isPast(date.at, now) : date.at >= startOfDay(now);
}

/** The calendar date of `at` in local time, as stored for dates without a time: 2026-11-25. */
export function isoDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A stored day (2026-11-25) as local midnight. */
export function fromIsoDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1);
}

export function endOfLocalDay(at: Date): Date {
  return endOfDay(at);
}

export function startOfLocalDay(at: Date): Date {
  return startOfDay(at);
}

/** A duration of the retention setting: 3y, 36m, 90d. */
export interface Duration {
  years: number;
  months: number;
  days: number;
}

export function parseDuration(text: string): Duration | null {
  const match = /^(\d{1,4}) ?(y|a|ans?|years?|m|mois|months?|d|j|jours?|days?)$/i.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  if (amount <= 0) return null;
  const unit = match[2].toLowerCase();
  if (/^(y|a|ans?|years?)$/.test(unit)) return { years: amount, months: 0, days: 0 };
  if (/^(m|mois|months?)$/.test(unit)) return { years: 0, months: amount, days: 0 };
  return { years: 0, months: 0, days: amount };
}

/** `at` moved back by `duration`: the cut-off date of a retention period. */
export function subtractDuration(at: Date, duration: Duration): Date {
  return addDays(addMonths(addYears(at, -duration.years), -duration.months), -duration.days);
}
