import { createHash } from 'node:crypto';
import { EVENT_KINDS } from '../domain/events.js';
import type { Status } from '../domain/types.js';
import type { ImportRecord } from '../store/store.js';
import type { Encoding } from './encoding.js';
import { COMPLAINT_FIELDS, Invalid, invalid } from './fields.js';
import { FIELD_OF, cellOf, passedOver, targetOf, type Target } from './hand-columns.js';
import type { RowProblem } from './problems.js';
import { restore } from './csv.js';

// A CSV a shop kept by hand before plainte, or `export --for excel` brought back: columns
// named in French or English, French dates (25/11/2026 14:30), costs in euros (12,50),
// labels. The columns are documented in the README; any other column is refused rather
// than silently dropped.

export interface HandContext {
  now: Date;
  source: string;
  operator: string | null;
  /** Given with --encoding: the file is read in it, not in the encoding found. */
  encoding?: Encoding;
}

type HandColumns = (Target | null)[];

export function handHeader(header: readonly string[]): { columns: HandColumns } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const columns = header.map((name) => {
    const target = targetOf(name);
    if (target === null && !passedOver(name))
      problems.push({ where: { line: 1 }, key: 'import.problem.unknownColumn', params: { column: name } });
    return target;
  });
  if (!columns.includes('receivedAt')) problems.push({ where: { line: 1 }, key: 'import.problem.noDate' });
  return problems.length > 0 ? { problems } : { columns };
}

/** A row marked closed without a close date was closed at its last date, so that the report
 * counts it; a callback date on it was its last contact, not one still owed. */
function settle(complaint: Record<string, unknown>): void {
  const dates = [complaint.receivedAt, complaint.nextContactAt].filter((d): d is string => typeof d === 'string');
  complaint.closedAt ??= dates.sort().at(-1) ?? null;
  complaint.nextContactAt = null;
}

/** The complaint's fields a row gives, by column. */
const PLAIN: readonly Exclude<Target, 'id' | 'customer' | 'phone' | 'email' | 'company' | 'cost'>[] = [
  'receivedAt',
  'orderRef',
  'product',
  'category',
  'channel',
  'mood',
  'account',
  'facts',
  'request',
  'solution',
  'solutionType',
  'assignee',
  'status',
  'nextContactAt',
  'callbackNote',
  'outcome',
  'satisfaction',
  'cause',
  'lesson',
  'closedAt',
  'operator',
];

export function handRecord(
  columns: HandColumns,
  cells: readonly string[],
  line: number,
  context: HandContext,
): { record: ImportRecord | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const values = new Map<Target, unknown>();
  columns.forEach((target, i) => {
    // A leading apostrophe that kept a spreadsheet from running the cell is not part of it.
    const text = restore((cells[i] ?? '').trim());
    if (target === null || text === '') return;
    const value = text.includes('\u0000') ? invalid('import.problem.nul') : cellOf(target, text, context.now);
    if (value instanceof Invalid)
      problems.push({ where: { line }, field: cells.length > i ? String(target) : '', ...value.problem });
    else values.set(target, value);
  });
  if (!values.has('receivedAt') && problems.length === 0)
    problems.push({ where: { line }, field: 'receivedAt', key: 'import.problem.required' });
  if (problems.length > 0) return { record: null, problems };
  const now = context.now.toISOString();
  const text = (target: Target) => (values.get(target) as string | undefined) ?? null;
  const complaint = Object.fromEntries(COMPLAINT_FIELDS.map((field) => [field.name, null])) as Record<string, unknown>;
  const status = (values.get('status') as Status | undefined) ?? 'open';
  for (const target of PLAIN) complaint[target] = values.get(target) ?? null;
  const id = values.get('id') as number | undefined;
  Object.assign(complaint, {
    // Kept when it is free in the logbook, as for our own files.
    id: id ?? null,
    status,
    phaseReached: 0,
    createdAt: now,
    updatedAt: now,
    costCents: values.get('cost') ?? null,
    business: values.has('company'),
    secondHand: false,
  });
  if (status === 'closed') settle(complaint);
  delete complaint.customerId;
  const name = text('customer');
  const customer =
    name === null && text('phone') === null && text('email') === null
      ? null
      : {
          id: null,
          name: name ?? text('email') ?? text('phone') ?? '',
          phone: text('phone'),
          email: text('email'),
          company: text('company'),
          createdAt: null,
          forgottenAt: null,
        };
  return {
    record: {
      key: `csv:${createHash('sha256').update(cells.join('\u001f')).digest('hex')}`,
      complaint: complaint as ImportRecord['complaint'],
      customer,
      events: [
        {
          at: now,
          operator: context.operator,
          kind: EVENT_KINDS.imported,
          statusBefore: null,
          statusAfter: status,
          details: { source: context.source },
        },
      ],
      exported: false,
      fields: columns.filter((c): c is Exclude<Target, 'id'> => c !== null && c !== 'id').map((c) => FIELD_OF[c]),
      ...(id === undefined ? {} : { sameAs: { id, receivedMinute: (complaint.receivedAt as string).slice(0, 16) } }),
      where: { line },
    },
    problems,
  };
}
