// Calendar days as whole numbers, counted from 1 January 1970 in the Gregorian calendar: the
// arithmetic of the warranty and the clocks, which the report runs on every complaint of its
// period, without a Date object per day. A month later is the same day of the month, or the
// month's last day when it has fewer days (31 January + 1 month is 28 or 29 February), as
// date-fns's addMonths counts; days are YYYY-MM-DD, years 1000 to 9999.

const ZERO = 48;
const DASH = 45;

/** The number written in `count` digits from `start`; NaN when one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** 28 to 31, for `month` 1 to 12. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a date of the calendar (`month` 1 to 12), after H. Hinnant's days_from_civil. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day `months` months after the day written YYYY-MM-DD (the day itself for 0), as a day
 * number; NaN when `text` is not a day of the calendar. */
export function monthsAfter(text: string, months: number): number {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  const count = year * 12 + month - 1 + months;
  const toYear = Math.floor(count / 12);
  const toMonth = count - toYear * 12 + 1;
  return dayNumber(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

/** The day number of a day written YYYY-MM-DD; NaN when it is not a day of the calendar. */
export const dayOf = (text: string): number => monthsAfter(text, 0);

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A day number written YYYY-MM-DD (H. Hinnant's civil_from_days). */
export function dayText(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return `${yearOfEra + era * 400 + (month <= 2 ? 1 : 0)}-${pad(month)}-${pad(day)}`;
}

// One Date for every instant read: the local day is asked of it, none is made per row.
const reader = new Date(0);

/** The local day (this process's time zone) of an instant written in ISO 8601, as a day
 * number; NaN when it cannot be read. */
export function instantDay(iso: string): number {
  reader.setTime(Date.parse(iso));
  return dayNumber(reader.getFullYear(), reader.getMonth() + 1, reader.getDate());
}
