import { addDays } from 'date-fns/addDays';
import { fitsDirection, isPast, type DateReading, type UserDate } from '../domain/dates.js';
import { callbackAt, isWithinHours, morningTime, type CallbackRules } from '../domain/hours.js';
import { readUserDate } from '../domain/spoken-dates.js';
import { UserError } from '../errors.js';
import { lang, t } from '../i18n/index.js';
import { formatFull } from '../format/dates.js';
import { printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';

// Checks of option values shared by the commands, with messages that say what is expected.

/** Text options are trimmed; an empty one counts as not given. */
export function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function parseId(value: string): number {
  if (!/^\d{1,12}$/.test(value.trim()) || Number(value) === 0) throw new UserError('error.id', { value });
  return Number(value);
}

/** A date option, typed the way the shop says dates (README, "Dates"), in the user's language. */
export async function parseDateOption(
  option: string,
  value: string,
  now: Date,
  direction: DateReading['direction'],
  morning = 9 * 60,
): Promise<UserDate> {
  const parsed = await readUserDate(value, now, { direction, lang: lang(), morning });
  if (!parsed) throw new UserError('error.date', { option, value: sanitize(value) });
  return parsed;
}

/** A day gone by (a purchase, a letter): a day after today is refused. */
export async function pastDateOption(option: string, value: string, now: Date): Promise<UserDate> {
  const parsed = await parseDateOption(option, value, now, 'past');
  if (!fitsDirection(parsed, now, 'past'))
    throw new UserError('dates.future', {
      option,
      value: sanitize(value),
      when: formatFull(parsed.at, parsed.hasTime),
    });
  return parsed;
}

/** A promised callback: a day without a time gets `callback.time`; a callback already past is refused. */
export async function callbackOption(option: string, value: string, now: Date, rules: CallbackRules): Promise<Date> {
  const at = callbackAt(await parseDateOption(option, value, now, 'future', morningTime(rules)), now, rules);
  if (isPast(at, now))
    throw new UserError('lifecycle.pastDate', { option, value: sanitize(value), when: formatFull(at, true) });
  return at;
}

/** A callback outside opening hours is kept as given, with a warning on stderr. */
export function warnIfClosed(at: Date | undefined, rules: CallbackRules): void {
  if (at && !isWithinHours(rules.hours, at))
    printMessage(t('dates.outsideHours', { when: formatFull(at, true), hours: sanitize(rules.hoursText) }));
}

/** `--since` and `--until` as a range of reception times; "until 25/11" includes the whole 25th. */
export async function parseReceivedRange(
  options: { since?: string; until?: string },
  now: Date,
): Promise<{ since?: Date; until?: Date }> {
  const range: { since?: Date; until?: Date } = {};
  if (options.since !== undefined) range.since = (await parseDateOption('--since', options.since, now, 'past')).at;
  if (options.until !== undefined) {
    const until = await parseDateOption('--until', options.until, now, 'past');
    range.until = until.hasTime ? until.at : addDays(until.at, 1);
  }
  return range;
}
