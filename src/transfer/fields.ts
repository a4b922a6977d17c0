import { CHANNELS, MOODS, OUTCOMES, REQUESTS, SOLUTION_TYPES, STATUSES } from '../domain/types.js';
import type { MessageKey, Params } from '../i18n/index.js';

// The fields of an exported complaint, in the order they are written (the domain's names,
// src/domain/types.ts), with what each may hold. The same checks read JSON values and CSV
// cells, so that both formats refuse the same things.

type Kind = 'int' | 'text' | 'bool' | 'instant' | 'day' | readonly string[];

interface Field {
  name: string;
  kind: Kind;
  required?: boolean;
  min?: number;
  max?: number;
}

const f = (name: string, kind: Kind, extra: Omit<Field, 'name' | 'kind'> = {}): Field => ({ name, kind, ...extra });

export const COMPLAINT_FIELDS: readonly Field[] = [
  f('id', 'int', { required: true, min: 1 }),
  f('status', STATUSES, { required: true }),
  f('phaseReached', 'int', { required: true, min: 0, max: 5 }),
  f('receivedAt', 'instant', { required: true }),
  f('createdAt', 'instant', { required: true }),
  f('updatedAt', 'instant', { required: true }),
  f('channel', CHANNELS),
  f('operator', 'text'),
  f('mood', MOODS),
  f('account', 'text'),
  f('customerId', 'int', { min: 1 }),
  f('orderRef', 'text'),
  f('purchaseDate', 'day'),
  f('product', 'text'),
  f('category', 'text'),
  f('request', REQUESTS),
  f('facts', 'text'),
  f('business', 'bool', { required: true }),
  f('secondHand', 'bool', { required: true }),
  f('writtenAt', 'day'),
  f('apologised', 'bool'),
  f('apologyNote', 'text'),
  f('solution', 'text'),
  f('solutionType', SOLUTION_TYPES),
  f('assignee', 'text'),
  f('costCents', 'int', { min: 0 }),
  f('nextContactAt', 'instant'),
  f('callbackPhone', 'text'),
  f('callbackNote', 'text'),
  f('outcome', OUTCOMES),
  f('satisfaction', 'int', { min: 1, max: 5 }),
  f('cause', 'text'),
  f('lesson', 'text'),
  f('firstResponseAt', 'instant'),
  f('resolvedAt', 'instant'),
  f('closedAt', 'instant'),
];

export const CUSTOMER_FIELDS: readonly Field[] = [
  f('id', 'int', { min: 1 }),
  f('name', 'text', { required: true }),
  f('phone', 'text'),
  f('email', 'text'),
  f('company', 'text'),
  f('createdAt', 'instant'),
  f('forgottenAt', 'instant'),
];

export const EVENT_FIELDS: readonly Field[] = [
  f('at', 'instant', { required: true }),
  f('operator', 'text'),
  f('kind', 'text', { required: true }),
  f('statusBefore', STATUSES),
  f('statusAfter', STATUSES),
];

/** What is wrong with a value: a message key and its parameters. */
export interface Problem {
  key: MessageKey;
  params?: Params;
}

export class Invalid extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

function possible(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
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
  if (digits(text, 20, 23) < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  return year >= 0 && month >= 0 && day >= 0 && possible(year, month, day) ? text : null;
}

const isStoredForm = (text: string) =>
  text.length === 24 && text[4] === '-' && text[7] === '-' && text[10] === 'T' && text[13] === ':' && text[16] === ':' && text[19] === '.' && text[23] === 'Z';

/** An ISO 8601 UTC instant, normalised as stored (toISOString), or null when impossible.
 * Checked by hand rather than through Date: an import reads a dozen per complaint. */
export function readInstant(text: string): string | null {
  if (isStoredForm(text)) return storedInstant(text);
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction] = match;
  if (!possible(Number(year), Number(month), Number(day)) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return fraction?.length === 4 ? text : `${text.slice(0, 19)}${(fraction ?? '.').padEnd(4, '0')}Z`;
}

export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && possible(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The value checked against its field; throws Invalid. `null` and `undefined` mean none. */
export function checkValue(field: Field, value: unknown): unknown {
  if (value === null || value === undefined) {
    if (field.required) throw new Invalid({ key: 'import.problem.required' });
    return null;
  }
  const { kind } = field;
  if (typeof value === 'string' && value.includes('\u0000')) throw new Invalid({ key: 'import.problem.nul' });
  if (kind === 'int') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Invalid({ key: 'import.problem.integer', params: { value: String(value) } });
    if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
      throw new Invalid({ key: 'import.problem.range', params: { value, min: field.min ?? '', max: field.max ?? '…' } });
    }
    return value;
  }
  if (kind === 'bool') {
    if (typeof value !== 'boolean') throw new Invalid({ key: 'import.problem.boolean', params: { value: String(value) } });
    return value;
  }
  if (typeof value !== 'string') throw new Invalid({ key: 'import.problem.text' });
  if (kind === 'instant') {
    const instant = readInstant(value);
    if (!instant) throw new Invalid({ key: 'import.problem.instant', params: { value } });
    return instant;
  }
  if (kind === 'day') {
    if (!isDay(value)) throw new Invalid({ key: 'import.problem.day', params: { value } });
    return value;
  }
  if (kind !== 'text' && !kind.includes(value)) throw new Invalid({ key: 'import.problem.choice', params: { value, choices: kind.join(', ') } });
  return value;
}

/** A CSV cell as the JSON value it stands for: empty is none, numbers and booleans typed. */
export function cellValue(field: Field, cell: string): unknown {
  if (cell === '') return null;
  if (field.kind === 'int') {
    if (!/^\d{1,15}$/.test(cell)) throw new Invalid({ key: 'import.problem.integer', params: { value: cell } });
    return Number(cell);
  }
  if (field.kind === 'bool') {
    if (cell !== 'true' && cell !== 'false') throw new Invalid({ key: 'import.problem.boolean', params: { value: cell } });
    return cell === 'true';
  }
  return cell;
}
