import { lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';

// Dates are stored in UTC and shown in local time, in the user's language.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'day' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${lang()}:${kind}`;
  let format = formats.get(key);
  if (!format) {
    const locale = lang() === 'fr' ? 'fr-FR' : 'en-GB';
    format = new Intl.DateTimeFormat(locale, kind === 'day' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format;
}

/** 23 nov. 2026, 14:30 */
export function formatDateTime(iso: string | null): string {
  return iso ? formatter('dateTime').format(new Date(iso)) : '';
}

/** 23 nov. 2026, for a stored day (2026-11-23) or a timestamp. */
export function formatDay(value: string | null): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return formatter('day').format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "il y a 3 j", "dans 2 h": how far `iso` is from now. */
export function formatRelative(iso: string, now: Date): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const size = Math.abs(diff);
  if (size < MINUTE) return t('time.now');
  const [unit, n] = size < HOUR ? (['minutes', Math.floor(size / MINUTE)] as const) : size < DAY ? (['hours', Math.floor(size / HOUR)] as const) : (['days', Math.floor(size / DAY)] as const);
  return t(`time.${diff < 0 ? 'ago' : 'in'}.${unit}`, { n });
}

/** "en retard de 2 j" for a past due time, or the relative time ahead. */
export function formatLateness(iso: string, now: Date): string {
  const late = now.getTime() - new Date(iso).getTime();
  if (late < MINUTE) return formatRelative(iso, now);
  const [unit, n] = late < HOUR ? (['minutes', Math.floor(late / MINUTE)] as const) : late < DAY ? (['hours', Math.floor(late / HOUR)] as const) : (['days', Math.floor(late / DAY)] as const);
  return t(`time.late.${unit}`, { n });
}
