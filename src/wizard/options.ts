import { callbackOption, pastDateOption, text, warnIfClosed } from '../options/values.js';
import { parseChoice } from '../options/checks.js';
import { isoDay } from '../domain/dates.js';
import { parseEuros } from '../domain/money.js';
import { isPlausibleEmail, isPlausiblePhone, phoneKey, searchKey } from '../domain/text.js';
import { CHANNELS, DEFAULT_CATEGORIES, MOODS, REQUESTS, SOLUTION_TYPES } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import type { Given, Setting } from '../prompts/answers.js';
import { oneLine } from '../format/sanitize.js';
import type { CustomerMatch } from '../store/store.js';
import type { WizardOptions } from '../declarations.js';

// The wizard's answers given on the command line, checked before anything is written:
// a bad date or choice stops the command with the logbook untouched.

export async function givenFrom(
  options: WizardOptions,
  now: Date,
  setting: Pick<Setting, 'categories' | 'callback'>,
): Promise<Given> {
  const given: Given = {
    operator: text(options.operator),
    account: text(options.description),
    customerName: text(options.customer),
    phone: text(options.phone),
    email: text(options.email),
    company: text(options.company),
    orderRef: text(options.order),
    product: text(options.product),
    business: options.business,
    secondHand: options.secondHand,
    apologised: options.apologised,
    apologyNote: text(options.apologyNote),
    solution: text(options.solution),
    assignee: text(options.assignee),
    resolved: options.resolved,
    note: text(options.note),
  };
  if (options.customerId !== undefined) {
    given.customerId = parseCustomerId(options.customerId);
    if (options.customer !== undefined) throw new UserError('wizard.option.customerBoth', {}, EXIT.usage);
  }
  if (options.channel !== undefined) given.channel = parseChoice('--channel', options.channel, CHANNELS, 'channel');
  if (options.mood !== undefined) given.mood = parseChoice('--mood', options.mood, MOODS, 'mood');
  if (options.category !== undefined) {
    given.category = parseChoice(
      '--category',
      options.category,
      [...new Set([...DEFAULT_CATEGORIES, ...setting.categories])],
      'category',
    );
  }
  if (options.request !== undefined) given.request = parseChoice('--request', options.request, REQUESTS, 'request');
  if (options.solutionType !== undefined)
    given.solutionType = parseChoice('--solution-type', options.solutionType, SOLUTION_TYPES, 'solution');
  if (given.phone !== undefined && !isPlausiblePhone(given.phone))
    throw new UserError('wizard.option.phone', { value: given.phone });
  if (given.email !== undefined && !isPlausibleEmail(given.email))
    throw new UserError('wizard.option.email', { value: given.email });
  if (options.purchaseDate !== undefined)
    given.purchaseDate = isoDay((await pastDateOption('--purchase-date', options.purchaseDate, now)).at);
  if (options.written !== undefined)
    given.writtenAt = isoDay((await pastDateOption('--written', options.written, now)).at);
  if (options.callback !== undefined) {
    const at = await callbackOption('--callback', options.callback, now, setting.callback);
    warnIfClosed(at, setting.callback);
    given.callbackAt = at.toISOString();
  }
  if (options.cost !== undefined) {
    const cents = parseEuros(options.cost);
    if (cents === null) throw new UserError('wizard.option.cost', { value: options.cost });
    given.costCents = cents;
  }
  if (options.satisfaction !== undefined) {
    if (!/^[1-5]$/.test(options.satisfaction.trim()))
      throw new UserError('wizard.option.satisfaction', { value: options.satisfaction }, EXIT.usage);
    given.satisfaction = Number(options.satisfaction);
  }
  return given;
}

/** --customer-id: a customer number, as `plainte customer` shows it. */
function parseCustomerId(value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0)
    throw new UserError('wizard.option.customerId', { value: oneLine(value) });
  return Number(value);
}

/** Without a terminal these answers cannot be asked: the options to give, by phase still to do. */
export function missingOptions(given: Given, phaseReached: number): string[] {
  const missing: string[] = [];
  if (phaseReached < 1 && given.account === undefined) missing.push('--description');
  if (phaseReached < 2 && given.customerName === undefined && given.customerId === undefined)
    missing.push('--customer');
  return missing;
}

/**
 * Without a terminal nobody can pick among customers: an existing one is used only when
 * exactly one has this name (and this phone, when given); several are listed, never guessed.
 */
export function existingCustomer(
  matches: readonly CustomerMatch[],
  name: string,
  phone: string | undefined,
): number | undefined {
  let same = matches.filter((m) => searchKey(m.customer.name) === searchKey(name));
  if (phone !== undefined)
    same = same.filter((m) => m.customer.phone === null || phoneKey(m.customer.phone) === phoneKey(phone));
  if (same.length > 1) {
    const list = same.map((m) => `n° ${m.customer.id}${m.customer.phone ? ` (${m.customer.phone})` : ''}`).join(', ');
    throw new UserError('wizard.option.ambiguous', { name: oneLine(name), list: oneLine(list, 300) });
  }
  return same[0]?.customer.id;
}
