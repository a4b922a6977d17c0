import { createHash } from 'node:crypto';
import { parseUserDate } from '../domain/dates.js';
import { EVENT_KINDS } from '../domain/events.js';
import { searchKey } from '../domain/text.js';
import { CHANNELS, DEFAULT_CATEGORIES, REQUESTS, STATUSES, type Status } from '../domain/types.js';
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import type { ImportRecord } from '../store/store.js';
import { COMPLAINT_FIELDS, Invalid } from './fields.js';
import type { RowProblem } from './problems.js';

// A CSV a shop kept by hand before plainte: a few columns named in French or English,
// French dates (25/11/2026 14:30), costs in euros (12,50). The columns are documented in
// the README; any other column is refused rather than silently dropped.

export interface HandContext {
  now: Date;
  source: string;
  operator: string | null;
}

type Target =
  | 'receivedAt'
  | 'customer'
  | 'phone'
  | 'email'
  | 'company'
  | 'orderRef'
  | 'product'
  | 'category'
  | 'channel'
  | 'facts'
  | 'request'
  | 'solution'
  | 'cost'
  | 'status'
  | 'nextContactAt'
  | 'operator';

const ALIASES: Record<Target, string[]> = {
  receivedAt: ['date', 'recuele', 'recue', 'datedereception', 'received', 'receivedat'],
  customer: ['client', 'nom', 'customer', 'name'],
  phone: ['telephone', 'tel', 'portable', 'phone'],
  email: ['email', 'mail', 'courriel'],
  company: ['societe', 'entreprise', 'company'],
  orderRef: ['commande', 'ncommande', 'order', 'orderref'],
  product: ['produit', 'article', 'product'],
  category: ['categorie', 'category'],
  channel: ['canal', 'channel'],
  facts: ['motif', 'probleme', 'faits', 'description', 'problem', 'facts'],
  request: ['demande', 'request'],
  solution: ['solution'],
  cost: ['cout', 'montant', 'cost', 'amount'],
  status: ['statut', 'etat', 'status'],
  nextContactAt: ['rappel', 'arappelerle', 'nextcontact', 'callback'],
  operator: ['operateur', 'recupar', 'operator'],
};

const normalise = (text: string) => searchKey(text).replace(/[^a-z0-9]/g, '');
const BY_ALIAS = new Map(
  Object.entries(ALIASES).flatMap(([target, aliases]) => aliases.map((alias) => [alias, target as Target])),
);

type HandColumns = (Target | null)[];

export function handHeader(header: readonly string[]): { columns: HandColumns } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const columns = header.map((name) => {
    const target = BY_ALIAS.get(normalise(name)) ?? null;
    if (target === null)
      problems.push({ where: { line: 1 }, key: 'import.problem.unknownColumn', params: { column: name } });
    return target;
  });
  if (!columns.includes('receivedAt')) problems.push({ where: { line: 1 }, key: 'import.problem.noDate' });
  return problems.length > 0 ? { problems } : { columns };
}

function date(text: string, now: Date): string {
  const parsed = /^\d/.test(text) ? parseUserDate(text, now, { direction: 'past' }) : null;
  if (!parsed) throw new Invalid({ key: 'import.problem.date', params: { value: text } });
  return parsed.at.toISOString();
}

/** A stored value from its identifier or its label in either language. */
function choice<T extends string>(group: string, values: readonly T[], text: string): T {
  const wanted = searchKey(text);
  const labelOf = (catalog: Record<string, string>, value: string) => catalog[`${group}.${value}`] ?? value;
  const found = values.find(
    (v) => wanted === v || wanted === searchKey(labelOf(fr, v)) || wanted === searchKey(labelOf(en, v)),
  );
  if (!found) throw new Invalid({ key: 'import.problem.choice', params: { value: text, choices: values.join(', ') } });
  return found;
}

function cents(text: string): number {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0€]/g, ''));
  if (!match) throw new Invalid({ key: 'import.problem.cost', params: { value: text } });
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

function value(target: Target, text: string, now: Date): unknown {
  switch (target) {
    case 'receivedAt':
    case 'nextContactAt':
      return date(text, now);
    case 'channel':
      return choice('channel', CHANNELS, text);
    case 'request':
      return choice('request', REQUESTS, text);
    case 'status':
      return choice('status', STATUSES, text);
    case 'cost':
      return cents(text);
    case 'category':
      // A built-in category by its label; any other is one of the shop's own.
      try {
        return choice('category', DEFAULT_CATEGORIES, text);
      } catch {
        return text;
      }
    default:
      return text;
  }
}

export function handRecord(
  columns: HandColumns,
  cells: readonly string[],
  line: number,
  context: HandContext,
): { record: ImportRecord | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const values = new Map<Target, unknown>();
  columns.forEach((target, i) => {
    const text = (cells[i] ?? '').trim();
    if (target === null || text === '') return;
    try {
      if (text.includes('\u0000')) throw new Invalid({ key: 'import.problem.nul' });
      values.set(target, value(target, text, context.now));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ where: { line }, field: cells.length > i ? String(target) : '', ...error.problem });
    }
  });
  if (!values.has('receivedAt') && problems.length === 0)
    problems.push({ where: { line }, field: 'receivedAt', key: 'import.problem.required' });
  if (problems.length > 0) return { record: null, problems };
  const now = context.now.toISOString();
  const text = (target: Target) => (values.get(target) as string | undefined) ?? null;
  const complaint = Object.fromEntries(COMPLAINT_FIELDS.map((field) => [field.name, null])) as Record<string, unknown>;
  const status = (values.get('status') as Status | undefined) ?? 'open';
  Object.assign(complaint, {
    id: null,
    status,
    phaseReached: 0,
    receivedAt: values.get('receivedAt'),
    createdAt: now,
    updatedAt: now,
    operator: text('operator'),
    channel: values.get('channel') ?? null,
    orderRef: text('orderRef'),
    product: text('product'),
    category: text('category'),
    facts: text('facts'),
    request: values.get('request') ?? null,
    solution: text('solution'),
    costCents: values.get('cost') ?? null,
    nextContactAt: values.get('nextContactAt') ?? null,
    business: values.has('company'),
    secondHand: false,
  });
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
    },
    problems,
  };
}
