import { parseUserDate } from '../domain/dates.js';
import { parseEuros } from '../domain/money.js';
import { searchKey } from '../domain/text.js';
import { CHANNELS, DEFAULT_CATEGORIES, MOODS, OUTCOMES, REQUESTS, SOLUTION_TYPES, STATUSES } from '../domain/types.js';
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import { invalid, type Invalid } from './fields.js';

// The columns a CSV kept by hand may have, named in French or English (case, accents and
// punctuation ignored), and how each cell is read: French dates, euros, labels. They are
// also the columns of `export --for excel`, so that such a file comes back.

export type Target =
  | 'id'
  | 'receivedAt'
  | 'customer'
  | 'phone'
  | 'email'
  | 'company'
  | 'orderRef'
  | 'product'
  | 'category'
  | 'channel'
  | 'mood'
  | 'account'
  | 'facts'
  | 'request'
  | 'solution'
  | 'solutionType'
  | 'assignee'
  | 'cost'
  | 'status'
  | 'nextContactAt'
  | 'callbackNote'
  | 'outcome'
  | 'satisfaction'
  | 'cause'
  | 'lesson'
  | 'closedAt'
  | 'operator';

const ALIASES: Record<Target, string[]> = {
  id: ['n', 'no', 'numero', 'id', 'number'],
  receivedAt: ['date', 'recuele', 'recue', 'datedereception', 'received', 'receivedat', 'receivedon'],
  customer: ['client', 'nom', 'customer', 'name'],
  phone: ['telephone', 'tel', 'portable', 'phone'],
  email: ['email', 'mail', 'courriel'],
  company: ['societe', 'entreprise', 'company'],
  orderRef: ['commande', 'ncommande', 'order', 'orderref'],
  product: ['produit', 'article', 'product'],
  category: ['categorie', 'category'],
  channel: ['canal', 'channel'],
  mood: ['humeur', 'mood'],
  account: ['recitduclient', 'account', 'customersaccount'],
  facts: ['motif', 'probleme', 'faits', 'description', 'problem', 'facts'],
  request: ['demande', 'request'],
  solution: ['solution'],
  solutionType: ['typedesolution', 'solutiontype'],
  assignee: ['confieea', 'assignee', 'handedto'],
  cost: ['cout', 'coute', 'montant', 'cost', 'coste', 'amount'],
  status: ['statut', 'etat', 'status'],
  nextContactAt: ['rappel', 'arappelerle', 'prochaincontact', 'nextcontact', 'callback'],
  callbackNote: ['noteduprochaincontact', 'noterappel', 'callbacknote'],
  outcome: ['issue', 'resultat', 'outcome'],
  satisfaction: ['satisfaction'],
  cause: ['cause'],
  lesson: ['lecon', 'lesson'],
  closedAt: ['classeele', 'closedat', 'closedon', 'closed'],
  operator: ['operateur', 'recupar', 'recuepar', 'operator', 'takenby'],
};

const normalise = (text: string) => searchKey(text).replace(/[^a-z0-9]/g, '');
const BY_ALIAS = new Map(
  Object.entries(ALIASES).flatMap(([target, aliases]) => aliases.map((alias) => [alias, target as Target])),
);

/** The attachments' names, which `export --for excel` writes last: read back, the column is
 * passed over, since a CSV carries no file. */
const PASSED_OVER = new Set(['piecesjointes', 'attachments']);

/** Whether a header cell names a column an import passes over. */
export const passedOver = (name: string): boolean => PASSED_OVER.has(normalise(name));

/** The column a header cell names, or null. */
export function targetOf(name: string): Target | null {
  return BY_ALIAS.get(normalise(name)) ?? null;
}

function date(text: string, now: Date): string | Invalid {
  const parsed = /^\d/.test(text) ? parseUserDate(text, now, { direction: 'past' }) : null;
  return parsed ? parsed.at.toISOString() : invalid('import.problem.date', { value: text });
}

/** A stored value from its identifier or its label in either language. */
function choice<T extends string>(group: string, values: readonly T[], text: string): T | null {
  const wanted = searchKey(text);
  const labelOf = (catalog: Record<string, string>, value: string) => catalog[`${group}.${value}`] ?? value;
  const found = values.find(
    (v) => wanted === v || wanted === searchKey(labelOf(fr, v)) || wanted === searchKey(labelOf(en, v)),
  );
  return found ?? null;
}

function chosen<T extends string>(group: string, values: readonly T[], text: string): T | Invalid {
  return choice(group, values, text) ?? invalid('import.problem.choice', { value: text, choices: values.join(', ') });
}

function cents(text: string): number | Invalid {
  return parseEuros(text) ?? invalid('import.problem.cost', { value: text });
}

function whole(text: string, min: number, max: number): number | Invalid {
  if (!/^\d{1,12}$/.test(text)) return invalid('import.problem.integer', { value: text });
  const value = Number(text);
  return value < min || value > max ? invalid('import.problem.range', { value, min, max }) : value;
}

/** A cell's value as stored, or an Invalid. */
export function cellOf(target: Target, text: string, now: Date): unknown {
  switch (target) {
    case 'id':
      return whole(text, 1, Number.MAX_SAFE_INTEGER);
    case 'receivedAt':
    case 'nextContactAt':
    case 'closedAt':
      return date(text, now);
    case 'channel':
      return chosen('channel', CHANNELS, text);
    case 'mood':
      return chosen('mood', MOODS, text);
    case 'request':
      return chosen('request', REQUESTS, text);
    case 'solutionType':
      return chosen('solution', SOLUTION_TYPES, text);
    case 'outcome':
      return chosen('outcome', OUTCOMES, text);
    case 'status':
      return chosen('status', STATUSES, text);
    case 'satisfaction':
      return whole(text, 1, 5);
    case 'cost':
      return cents(text);
    case 'category':
      // A built-in category by its label; any other is one of the shop's own.
      return choice('category', DEFAULT_CATEGORIES, text) ?? text;
    default:
      return text;
  }
}

/** The field of an imported record each column gives: what `import` compares. */
export const FIELD_OF: Record<Exclude<Target, 'id'>, string> = {
  receivedAt: 'receivedAt',
  customer: 'customer.name',
  phone: 'customer.phone',
  email: 'customer.email',
  company: 'customer.company',
  orderRef: 'orderRef',
  product: 'product',
  category: 'category',
  channel: 'channel',
  mood: 'mood',
  account: 'account',
  facts: 'facts',
  request: 'request',
  solution: 'solution',
  solutionType: 'solutionType',
  assignee: 'assignee',
  cost: 'costCents',
  status: 'status',
  nextContactAt: 'nextContactAt',
  callbackNote: 'callbackNote',
  outcome: 'outcome',
  satisfaction: 'satisfaction',
  cause: 'cause',
  lesson: 'lesson',
  closedAt: 'closedAt',
  operator: 'operator',
};
