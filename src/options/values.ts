import { addDays } from 'date-fns/addDays';
import { parseUserDate, type UserDate } from '../domain/dates.js';
import { STATUSES, type Status } from '../domain/types.js';
import { UserError } from '../errors.js';
import { label } from '../i18n/index.js';

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

export function parsePositiveInteger(option: string, value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0) throw new UserError('error.integer', { option, value });
  return Number(value);
}

export function parseDateOption(option: string, value: string, now: Date): UserDate {
  const parsed = parseUserDate(value, now);
  if (!parsed) throw new UserError('error.date', { option, value });
  return parsed;
}

export function parseChoice<T extends string>(
  option: string,
  value: string,
  choices: readonly T[],
  group?: Parameters<typeof label>[0],
): T {
  const wanted = value.trim().toLowerCase();
  const found = choices.find(
    (choice) => choice === wanted || (group !== undefined && label(group, choice).toLowerCase() === wanted),
  );
  if (!found) throw new UserError('error.choice', { option, value, choices: choices.join(', ') });
  return found;
}

/** `--status open,closed` (stored values or their labels). */
export function parseStatuses(value: string): Status[] {
  return value.split(',').map((status) => parseChoice<Status>('--status', status, STATUSES, 'status'));
}

/** `--since` and `--until` as a range of reception times; "until 25/11" includes the whole 25th. */
export function parseReceivedRange(
  options: { since?: string; until?: string },
  now: Date,
): { since?: Date; until?: Date } {
  const range: { since?: Date; until?: Date } = {};
  if (options.since !== undefined) range.since = parseDateOption('--since', options.since, now).at;
  if (options.until !== undefined) {
    const until = parseDateOption('--until', options.until, now);
    range.until = until.hasTime ? until.at : addDays(until.at, 1);
  }
  return range;
}
