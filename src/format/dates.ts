import { lang, t } from '../i18n/index.js';

// Dates are stored in UTC and shown in local time, in the user's language.
//
// Written by hand rather than with Intl.DateTimeFormat: the first formatter a process
// makes loads ICU's locale and calendar data, 16 ms, as much as the rest of `plainte list`.
// The result is the same as fr-FR's and en-GB's medium style (test/format/dates.test.ts).

const MONTHS = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
} as const;

const two = (n: number) => String(n).padStart(2, '0');

/** 23 nov. 2026 (local date). A stored value that is no date shows as "?". */
function day(date: Date): string {
  if (Number.isNaN(date.getTime())) return '?';
  return `${date.getDate()} ${MONTHS[lang()][date.getMonth()]} ${date.getFullYear()}`;
}

/** nov. 2026, for a stored day (2026-11-01). */
export function formatMonth(value: string): string {
  const date = new Date(`${value}T00:00:00`);
  return `${MONTHS[lang()][date.getMonth()]} ${date.getFullYear()}`;
}

/** 14:30 (local time). */
export function formatTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** 23/11 (local date), short enough for a line of a cron mail. */
export function formatShortDay(date: Date): string {
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}`;
}

/** 23 nov. 2026, 14:30 */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const shown = day(date);
  return shown === '?' ? shown : `${shown}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}

const FULL = {
  fr: {
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    at: 'à',
  },
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    at: 'at',
  },
} as const;

/**
 * A date said back in full, to be checked before it is saved: "samedi 28 novembre 2026 à
 * 10:00", "Saturday 28 November 2026 at 10:00"; the day alone without `hasTime`.
 */
export function formatFull(at: Date, hasTime: boolean): string {
  if (Number.isNaN(at.getTime())) return '?';
  const words = FULL[lang()];
  // French writes the first of the month as an ordinal: 1er décembre.
  const date = at.getDate() === 1 && lang() === 'fr' ? '1er' : String(at.getDate());
  const day = `${words.weekdays[at.getDay()]} ${date} ${words.months[at.getMonth()]} ${at.getFullYear()}`;
  return hasTime ? `${day} ${words.at} ${two(at.getHours())}:${two(at.getMinutes())}` : day;
}

/** A day as a letter writes it: "1er décembre 2026", "1 December 2026" (a stored day or an
 * instant, local date). */
export function formatLetterDay(value: string | Date): string {
  const at =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(at.getTime())) return '?';
  const date = at.getDate() === 1 && lang() === 'fr' ? '1er' : String(at.getDate());
  return `${date} ${FULL[lang()].months[at.getMonth()]} ${at.getFullYear()}`;
}

/** 23 nov. 2026, for a stored day (2026-11-23) or a timestamp. */
export function formatDay(value: string | null): string {
  if (!value) return '';
  return day(/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "il y a 3 j", "dans 2 h": how far `iso` is from now. */
export function formatRelative(iso: string, now: Date): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const size = Math.abs(diff);
  if (size < MINUTE) return t('time.now');
  const [unit, n] =
    size < HOUR
      ? (['minutes', Math.floor(size / MINUTE)] as const)
      : size < DAY
        ? (['hours', Math.floor(size / HOUR)] as const)
        : (['days', Math.floor(size / DAY)] as const);
  return t(`time.${diff < 0 ? 'ago' : 'in'}.${unit}`, { n });
}

/** "en retard de 2 j" for a past due time, or the relative time ahead. */
export function formatLateness(iso: string, now: Date): string {
  const late = now.getTime() - new Date(iso).getTime();
  if (late < MINUTE) return formatRelative(iso, now);
  const [unit, n] =
    late < HOUR
      ? (['minutes', Math.floor(late / MINUTE)] as const)
      : late < DAY
        ? (['hours', Math.floor(late / HOUR)] as const)
        : (['days', Math.floor(late / DAY)] as const);
  return t(`time.late.${unit}`, { n });
}
