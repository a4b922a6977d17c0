import { parseUserDate, type UserDate } from '../domain/dates.js';
import { UserError } from '../errors.js';
import { label } from '../i18n/index.js';

// Checks of option values shared by the commands, with messages that say what is expected.

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

export function parseChoice<T extends string>(option: string, value: string, choices: readonly T[], group?: Parameters<typeof label>[0]): T {
  const wanted = value.trim().toLowerCase();
  const found = choices.find((choice) => choice === wanted || (group !== undefined && label(group, choice).toLowerCase() === wanted));
  if (!found) throw new UserError('error.choice', { option, value, choices: choices.join(', ') });
  return found;
}
