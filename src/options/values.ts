import { addDays } from 'date-fns/addDays';
import { fitsDirection, isPast, type DateReading, type UserDate } from '../domain/dates.js';
import { callbackAt, isWithinHours, morningTime, type CallbackRules } from '../domain/hours.js';
import { readUserDate } from '../domain/spoken-dates.js';
import { choiceKey } from '../domain/text.js';
import { STATUSES, type Status } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, labelsOf, lang, t, type LabelGroup } from '../i18n/index.js';
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

/** A count (`--limit`, `--within`): anything but a whole number above 0 is a usage error, as a value off a list is. */
export function parsePositiveInteger(option: string, value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0)
    throw new UserError('error.integer', { option, value }, EXIT.usage);
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

/**
 * One of `choices`, typed as its stored value or, for a `group`, as a label the program prints
 * (in French or English), case, accents, spaces and punctuation ignored: `--channel telephone`,
 * `--status "rappel prévu"`, `--category "produit défectueux"`. Refused with the words one can
 * type: the labels in French, the stored values in English.
 */
export function parseChoice<T extends string>(
  option: string,
  value: string,
  choices: readonly T[],
  group?: LabelGroup,
): T {
  const found = findChoice(value, choices, group);
  // A value outside the option's list is a usage error, like an unknown option.
  if (found === undefined)
    throw new UserError('error.choice', { option, value, choices: possible(choices, group) }, EXIT.usage);
  return found;
}

/** The choice `value` names, as parseChoice reads it, or undefined. */
export function findChoice<T extends string>(value: string, choices: readonly T[], group?: LabelGroup): T | undefined {
  const wanted = choiceKey(value);
  const names = (choice: T) => (group === undefined ? [choice] : [choice, ...labelsOf(group, choice)]);
  return choices.find((choice) => names(choice).some((name) => choiceKey(name) === wanted));
}

/** The words listed when a choice is refused. */
function possible(choices: readonly string[], group: LabelGroup | undefined): string {
  const words = group === undefined || lang() === 'en' ? choices : choices.map((choice) => label(group, choice));
  return sanitize([...new Set(words)].join(', '));
}

/** `--status open,closed` (stored values or their labels). */
export function parseStatuses(value: string): Status[] {
  return value.split(',').map((status) => parseChoice<Status>('--status', status, STATUSES, 'status'));
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
