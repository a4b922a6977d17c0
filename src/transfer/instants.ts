// Dates in files: ISO 8601 instants in UTC and days, checked by hand rather than through
// Date (which accepts 31 February and rolls it over): an import reads a dozen per complaint.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function possible(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** The number the ASCII digits of `text` from `from` to `to` write, or -1. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The stored form itself, 2026-11-25T14:30:00.000Z, as every instant of an export is: read
 * without a regular expression or a substring. */
function storedInstant(text: string): string | null {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (digits(text, 20, 23) < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return null;
  return year >= 0 && month >= 0 && day >= 0 && possible(year, month, day) ? text : null;
}

const isStoredForm = (text: string) =>
  text.length === 24 &&
  text[4] === '-' &&
  text[7] === '-' &&
  text[10] === 'T' &&
  text[13] === ':' &&
  text[16] === ':' &&
  text[19] === '.' &&
  text[23] === 'Z';

/** An ISO 8601 UTC instant, normalised as stored (toISOString), or null when impossible.
 * Checked by hand rather than through Date: an import reads a dozen per complaint. */
export function readInstant(text: string): string | null {
  if (isStoredForm(text)) return storedInstant(text);
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction] = match;
  if (
    !possible(Number(year), Number(month), Number(day)) ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59
  )
    return null;
  return fraction?.length === 4 ? text : `${text.slice(0, 19)}${(fraction ?? '.').padEnd(4, '0')}Z`;
}

export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && possible(Number(match[1]), Number(match[2]), Number(match[3]));
}
