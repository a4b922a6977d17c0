import { CHANNELS, MOODS, OUTCOMES, REQUESTS, SOLUTION_TYPES, STATUSES } from '../domain/types.js';
import type { MessageKey, Params } from '../i18n/index.js';
import { isDay, readInstant } from './instants.js';

export { isDay, readInstant };

// The fields of an exported complaint, in the order they are written (the domain's names,
// src/domain/types.ts), with what each may hold. The same checks read JSON values and CSV
// cells, so that both formats refuse the same things.

type Kind = 'int' | 'text' | 'bool' | 'instant' | 'day' | readonly string[];

interface FieldSpec {
  name: string;
  kind: Kind;
  required?: boolean;
  min?: number;
  max?: number;
}

/** The value as stored, or the Invalid saying what is wrong with it. */
type Check = (value: unknown) => unknown;

interface Field extends FieldSpec {
  /** The value checked against the field: as stored, or an Invalid. */
  check: Check;
}

// Every field has the same properties, so that reading them in a loop stays fast.
const f = (name: string, kind: Kind, { required = false, min, max }: Omit<FieldSpec, 'name' | 'kind'> = {}): Field => {
  const spec = { name, kind, required, min, max };
  return { ...spec, check: checkOf(spec) };
};

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
  f('answerDueAt', 'day'),
  f('writtenAnswerAt', 'instant'),
];

export const CUSTOMER_FIELDS: readonly Field[] = [
  f('id', 'int', { min: 1 }),
  f('name', 'text', { required: true }),
  f('phone', 'text'),
  f('email', 'text'),
  f('company', 'text'),
  f('address', 'text'),
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

/** A value refused, returned by a check in its place. A file of bad rows makes one per bad
 * cell: a plain object, returned rather than thrown, costs nothing like an Error's stack trace. */
export class Invalid {
  constructor(readonly problem: Problem) {}
}

export const invalid = (key: MessageKey, params?: Params): Invalid =>
  new Invalid(params === undefined ? { key } : { key, params });

/** The check of one field, made once for it: an import runs sixty per complaint. It gives
 * the value as stored, or an Invalid; `null` and `undefined` mean none. */
function checkOf(field: FieldSpec): Check {
  const present = kindCheck(field);
  return (value) => {
    if (value === null || value === undefined) return field.required ? invalid('import.problem.required') : null;
    if (typeof value === 'string' && value.includes('\u0000')) return invalid('import.problem.nul');
    return present(value);
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const NOT_TEXT = invalid('import.problem.text');

/** The check of a value that is there, by the kind of the field. */
function kindCheck({ kind, min, max }: FieldSpec): Check {
  switch (kind) {
    case 'int':
      return (value) => {
        if (typeof value !== 'number' || !Number.isSafeInteger(value))
          return invalid('import.problem.integer', { value: String(value) });
        if ((min !== undefined && value < min) || (max !== undefined && value > max))
          return invalid('import.problem.range', { value, min: min ?? '', max: max ?? '…' });
        return value;
      };
    case 'bool':
      return (value) =>
        typeof value === 'boolean' ? value : invalid('import.problem.boolean', { value: String(value) });
    case 'text':
      return (value) => (isText(value) ? value : NOT_TEXT);
    case 'instant':
      return (value) => {
        if (!isText(value)) return NOT_TEXT;
        return readInstant(value) ?? invalid('import.problem.instant', { value });
      };
    case 'day':
      return (value) => {
        if (!isText(value)) return NOT_TEXT;
        return isDay(value) ? value : invalid('import.problem.day', { value });
      };
    default:
      return (value) => {
        if (!isText(value)) return NOT_TEXT;
        return kind.includes(value) ? value : invalid('import.problem.choice', { value, choices: kind.join(', ') });
      };
  }
}

/** A CSV cell as the JSON value it stands for (empty is none, numbers and booleans typed),
 * or an Invalid. */
export function cellValue(field: Field, cell: string): unknown {
  if (cell === '') return null;
  if (field.kind === 'int') {
    if (!/^\d{1,15}$/.test(cell)) return invalid('import.problem.integer', { value: cell });
    return Number(cell);
  }
  if (field.kind === 'bool') {
    // Spreadsheets write yes and no their own way: LibreOffice and Gnumeric in English
    // TRUE/FALSE, in French VRAI/FAUX.
    const yes = /^(true|vrai)$/i.test(cell);
    if (!yes && !/^(false|faux)$/i.test(cell)) return invalid('import.problem.boolean', { value: cell });
    return yes;
  }
  return cell;
}
