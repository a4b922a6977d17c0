import { canMove } from '../domain/status.js';
import { phoneKey, searchKey } from '../domain/text.js';
import type { Complaint, Customer, Status } from '../domain/types.js';
import type { ComplaintPatch, CustomerInput, ImportRecord } from './store.js';

// What an imported row changes in a complaint already in the logbook, whatever the store:
// field by field, with the values before and after, so that an import names every
// difference and `import --update` records each in an `imported_change` event.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields an import compares: every answer and date the shop may edit in a file. */
const COMPARED = [
  'status',
  'channel',
  'operator',
  'mood',
  'account',
  'orderRef',
  'purchaseDate',
  'product',
  'category',
  'request',
  'facts',
  'business',
  'secondHand',
  'writtenAt',
  'apologised',
  'apologyNote',
  'solution',
  'solutionType',
  'assignee',
  'costCents',
  'nextContactAt',
  'callbackPhone',
  'callbackNote',
  'outcome',
  'satisfaction',
  'cause',
  'lesson',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
] as const satisfies readonly (keyof Complaint)[];

const CUSTOMER_FIELDS = ['name', 'phone', 'email', 'company'] as const satisfies readonly (keyof Customer)[];

const INSTANTS = new Set<string>(['nextContactAt', 'firstResponseAt', 'resolvedAt', 'closedAt']);

/** Two values the same, instants to the minute when the file gave them so (a spreadsheet's
 * local date-times). */
function same(field: string, a: unknown, b: unknown, toMinute: boolean): boolean {
  // A spreadsheet saves a line break in a cell as it likes (LibreOffice: LF for CRLF).
  const value = (v: unknown) =>
    v === undefined || v === '' ? null : typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v;
  const [x, y] = [value(a), value(b)];
  if (toMinute && INSTANTS.has(field) && typeof x === 'string' && typeof y === 'string')
    return x.slice(0, 16) === y.slice(0, 16);
  return x === y;
}

/** A customer's detail as customers are matched: names without case or accents, phones by
 * their digits, e-mails without case. */
function sameKey(field: (typeof CUSTOMER_FIELDS)[number], value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'name') return searchKey(value);
  if (field === 'phone') return phoneKey(value);
  return field === 'email' ? value.toLowerCase() : value;
}

/** How a complaint in the logbook differs from the row: the complaint's fields, then its
 * customer's (`customer.phone`...); only the fields the row gives. */
export function differences(existing: Complaint, record: ImportRecord): FieldChange[] {
  const given = (field: string) => record.fields === undefined || record.fields.includes(field);
  const toMinute = record.sameAs !== undefined;
  const changes: FieldChange[] = [];
  const incoming = record.complaint as unknown as Record<string, unknown>;
  for (const field of COMPARED) {
    if (!given(field) || same(field, existing[field], incoming[field], toMinute)) continue;
    changes.push({ field, before: existing[field], after: incoming[field] ?? null });
  }
  if (record.customer && existing.customer && existing.customer.forgottenAt === null) {
    for (const field of CUSTOMER_FIELDS) {
      const key = `customer.${field}`;
      const [before, after] = [existing.customer[field], record.customer[field]];
      // The same customer written another way (06.11.22.33.44, MME DUPONT) is no change.
      if (!given(key) || same(key, sameKey(field, before), sameKey(field, after), false)) continue;
      changes.push({ field: key, before: existing.customer[field], after: record.customer[field] ?? null });
    }
  }
  return changes;
}

/** What applying the changes writes: the complaint's patch, its status and its customer's
 * patch; or the status move the rules refuse. Closing sets the close date if the row has
 * none; leaving `closed` clears it. */
export function updateOf(
  existing: Complaint,
  changes: readonly FieldChange[],
  now: string,
):
  | { patch: ComplaintPatch; status?: Status; customerPatch: Partial<CustomerInput> }
  | { refused: { from: Status; to: Status } } {
  const patch: Record<string, unknown> = {};
  const customerPatch: Record<string, unknown> = {};
  let status: Status | undefined;
  for (const { field, after } of changes) {
    if (field === 'status') status = after as Status;
    else if (field.startsWith('customer.')) customerPatch[field.slice('customer.'.length)] = after;
    else patch[field] = after;
  }
  if (status !== undefined) {
    if (!canMove(existing.status, status)) return { refused: { from: existing.status, to: status } };
    if (status === 'closed' && (patch.closedAt ?? existing.closedAt) === null) patch.closedAt = now;
    if (status !== 'closed' && !('closedAt' in patch)) patch.closedAt = null;
  }
  return { patch: patch, ...(status ? { status } : {}), customerPatch };
}
