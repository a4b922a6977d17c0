import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import {
  localDate,
  MAX_TYPED_DATE,
  parseUserDate,
  tidyTyped,
  withoutYear,
  type DateReading,
  type UserDate,
} from './dates.js';

// Dates as people say them ("samedi 10h", "demain matin", "in 3 days"), read by chrono-node's
// French and English parsers. chrono is loaded only when the quick forms of dates.ts do not
// read a text: a command given 25/11/2026 never loads it (some 20 ms of start-up). The rules
// that chrono leaves open (which Monday, which year, what "matin" is) are decided here;
// README, "Dates".

export type DateLanguage = 'fr' | 'en';

export interface SpokenReading extends DateReading {
  /** The language read first; the other one is tried after it. */
  lang: DateLanguage;
  /** What "matin" / "morning" means, in minutes after midnight (domain/hours.ts `morningTime`). */
  morning: number;
}

/** Reads a typed date once the parsers are loaded. */
export type DateReader = (input: string, now: Date, reading: SpokenReading) => UserDate | null;

// Times of day said with a word. "matin" is the reading's `morning`.
const PERIODS = new Map<string, number | 'morning'>([
  ['matin', 'morning'],
  ['morning', 'morning'],
  ['midi', 12 * 60],
  ['noon', 12 * 60],
  ['midday', 12 * 60],
  ['après-midi', 14 * 60],
  ['apres-midi', 14 * 60],
  ['afternoon', 14 * 60],
  ['soir', 18 * 60],
  ['evening', 18 * 60],
  ['tonight', 18 * 60],
]);

/** Words chrono may leave out of what it reads without changing its meaning. */
const FILLERS = new Set([
  ...['le', 'la', "l'", 'à', 'a', 'au', 'vers', 'de', 'du', 'ce', 'cet'],
  ...['on', 'at', 'the', 'this'],
]);
const NEXT = new Set(['prochain', 'prochaine', 'next']);
const LAST = new Set(['dernier', 'dernière', 'derniere', 'passé', 'passe', 'last', 'previous']);

let parsers: Promise<Record<DateLanguage, Chrono>> | undefined;

function load(lang: DateLanguage): Promise<Chrono> {
  parsers ??= import('./chrono.js').then(({ french, english }) => ({ fr: french, en: english() }));
  return parsers.then((loaded) => loaded[lang]);
}

const other = (lang: DateLanguage): DateLanguage => (lang === 'fr' ? 'en' : 'fr');

/** A weekday alone: the next one after today, or the last one before it (never today). */
function weekdayDate(weekday: number, words: readonly string[], now: Date, reading: DateReading): Date {
  const today = startOfDay(now);
  const future = words.some((w) => NEXT.has(w)) || (reading.direction === 'future' && !words.some((w) => LAST.has(w)));
  return future
    ? addDays(today, (weekday - today.getDay() + 7) % 7 || 7)
    : addDays(today, -((today.getDay() - weekday + 7) % 7 || 7));
}

function dayOf(result: ParsedResult, words: readonly string[], now: Date, reading: DateReading): Date | null {
  const c: ParsedComponents = result.start;
  const value = (component: Parameters<ParsedComponents['get']>[0]) => c.get(component) ?? 0;
  if (c.isCertain('day')) {
    const date = c.isCertain('year')
      ? localDate(value('year'), value('month'), value('day'))
      : withoutYear(value('month'), value('day'), now, reading);
    // "lundi 26 novembre" when the 26th is a Thursday: a slip, not a date to guess.
    if (date && c.isCertain('weekday') && date.getDay() !== value('weekday')) return null;
    return date;
  }
  if (c.isCertain('weekday')) return weekdayDate(value('weekday'), words, now, reading);
  // "dans 1 mois", "next month": a day counted from today. A month alone is no day.
  if (c.isCertain('month') || c.isCertain('year'))
    return result.tags().has('result/relativeDate') ? startOfDay(c.date()) : null;
  // A time alone, or "ce soir": today.
  return startOfDay(now);
}

function spokenTime(result: ParsedResult | null, words: readonly string[], reading: SpokenReading): number | null {
  if (result?.start.isCertain('hour')) return (result.start.get('hour') ?? 0) * 60 + (result.start.get('minute') ?? 0);
  const period = words.map((word) => PERIODS.get(word)).find((found) => found !== undefined);
  if (period === undefined) return null;
  return period === 'morning' ? reading.morning : period;
}

function readWith(chrono: Chrono, text: string, now: Date, reading: SpokenReading): UserDate | null {
  let results: ParsedResult[];
  try {
    results = chrono.parse(text, now);
  } catch {
    // chrono is not ours: a text it trips on is a text it does not read.
    return null;
  }
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (results.length > 1 || results[0]?.end) return null;
  const result = results[0] ?? null;
  const rest = result
    ? `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`.split(/[\s,]+/).filter(Boolean)
    : words;
  if (!rest.every((word) => FILLERS.has(word) || PERIODS.has(word))) return null;
  if (!result && !words.some((word) => PERIODS.has(word))) return null;

  const day = result ? dayOf(result, words, now, reading) : startOfDay(now);
  if (!day) return null;
  const time = spokenTime(result, words, reading);
  if (time === null) return { at: day, hasTime: false };
  const at = localDate(day.getFullYear(), day.getMonth() + 1, day.getDate(), Math.floor(time / 60), time % 60);
  return at ? { at, hasTime: true } : null;
}

/** Only texts with a letter go to chrono: digits alone are the quick forms' (25/11/26 stays refused). */
function spokenText(input: string): string | null {
  const text = tidyTyped(input);
  return text.length <= MAX_TYPED_DATE && /\p{L}/u.test(text) ? text : null;
}

/**
 * Reads a date typed or said any way dates.ts or chrono understands, in the reading's
 * language first. Returns null when neither reads the whole text.
 */
export async function readUserDate(input: string, now: Date, reading: SpokenReading): Promise<UserDate | null> {
  const quick = parseUserDate(input, now, reading);
  if (quick) return quick;
  const text = spokenText(input);
  if (text === null) return null;
  for (const lang of [reading.lang, other(reading.lang)]) {
    const read = readWith(await load(lang), text, now, reading);
    if (read) return read;
  }
  return null;
}

/** Loads both parsers, for questions whose answers are checked as they are typed. */
export async function dateReader(lang: DateLanguage): Promise<DateReader> {
  const parsers = await Promise.all([load(lang), load(other(lang))]);
  return (input, now, reading) => {
    const quick = parseUserDate(input, now, reading);
    const text = quick ? null : spokenText(input);
    if (quick || text === null) return quick;
    for (const chrono of reading.lang === lang ? parsers : [...parsers].reverse()) {
      const read = readWith(chrono, text, now, reading);
      if (read) return read;
    }
    return null;
  };
}
