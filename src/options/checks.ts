import { choiceKey } from '../domain/text.js';
import { STATUSES, type Status } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, labelsOf, lang, type LabelGroup } from '../i18n/index.js';
import { sanitize } from '../format/sanitize.js';
import type { OptionSpec } from './declare.js';

// The checks of an option's value that need nothing but the value: a usage error (exit 2)
// when it fails. Commander runs them as it reads the command line (src/program.ts), so that
// a usage error comes before anything the command does, a logbook looked for included.

/** A count (`--limit`, `--within`): anything but a whole number above 0 is a usage error, as a value off a list is. */
export function parsePositiveInteger(option: string, value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0)
    throw new UserError('error.integer', { option, value }, EXIT.usage);
  return Number(value);
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

/** The check commander runs on a declared option's value as it reads it: one of its `values`
 * (with the printed words of `labels`; `several` separated by commas), a whole number above 0
 * for a `count`. None for an option that takes other values too (`suggested`, `ownCheck`);
 * an empty value is refused by the program's own hook (program.ts), with its own message. */
export function usageCheck(spec: OptionSpec): ((value: string) => void) | null {
  const name = /--[\w-]+/.exec(spec.flags)?.[0] ?? spec.flags;
  const { values, labels, refused } = spec;
  const one = (value: string) => {
    if (refused === undefined) parseChoice(name, value, values ?? [], labels);
    else if (findChoice(value, values ?? [], labels) === undefined)
      throw new UserError(refused, { value: sanitize(value) }, EXIT.usage);
  };
  const check = spec.count
    ? (value: string) => parsePositiveInteger(name, value)
    : values && !spec.suggested && !spec.ownCheck
      ? (value: string) => (spec.several ? value.split(',') : [value]).forEach(one)
      : null;
  return check && ((value) => (value.trim() === '' ? undefined : check(value)));
}
