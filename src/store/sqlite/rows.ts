import type { Attachment } from '../../domain/attachments.js';
import type { Complaint, ComplaintEvent, ComplaintSummary, Customer, Status } from '../../domain/types.js';
import type { CorrectiveAction } from '../../domain/actions.js';
import type { ComplaintPatch } from '../store.js';

// Between SQLite rows (snake_case, 0/1, JSON text) and the domain's objects.

type Row = Record<string, unknown>;

/** Each patchable field of a complaint and its column. */
export const COMPLAINT_COLUMNS = {
  phaseReached: 'phase_reached',
  receivedAt: 'received_at',
  channel: 'channel',
  operator: 'operator',
  mood: 'mood',
  account: 'account',
  orderRef: 'order_ref',
  purchaseDate: 'purchase_date',
  product: 'product',
  category: 'category',
  request: 'request',
  facts: 'facts',
  business: 'business',
  secondHand: 'second_hand',
  writtenAt: 'written_at',
  apologised: 'apologised',
  apologyNote: 'apology_note',
  solution: 'solution',
  solutionType: 'solution_type',
  assignee: 'assignee',
  costCents: 'cost_cents',
  nextContactAt: 'next_contact_at',
  callbackPhone: 'callback_phone',
  callbackNote: 'callback_note',
  outcome: 'outcome',
  satisfaction: 'satisfaction',
  cause: 'cause',
  lesson: 'lesson',
  firstResponseAt: 'first_response_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  answerDueAt: 'answer_due_at',
  writtenAnswerAt: 'written_answer_at',
} as const satisfies Record<keyof ComplaintPatch, string>;

const BOOLEAN_FIELDS = new Set<string>(['business', 'secondHand', 'apologised']);

/** The patch as column -> SQLite value pairs. */
export function patchColumns(patch: ComplaintPatch): [string, unknown][] {
  return Object.entries(patch)
    .filter(([field, value]) => value !== undefined && field in COMPLAINT_COLUMNS)
    .map(([field, value]) => [
      COMPLAINT_COLUMNS[field as keyof typeof COMPLAINT_COLUMNS],
      BOOLEAN_FIELDS.has(field) && value !== null ? (value ? 1 : 0) : value,
    ]);
}

const bool = (value: unknown): boolean | null => (value === null || value === undefined ? null : value === 1);

export function toCustomer(row: Row): Customer {
  return {
    id: row.id as number,
    name: row.name as string,
    phone: row.phone as string | null,
    email: row.email as string | null,
    company: row.company as string | null,
    address: (row.address as string | null | undefined) ?? null,
    createdAt: row.created_at as string,
    forgottenAt: row.forgotten_at as string | null,
  };
}

/** A complaint row, joined with its customer's columns prefixed `cu_`. */
export function toComplaint(row: Row): Complaint {
  const complaint = {
    id: row.id,
    status: row.status,
    receivedAt: row.received_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    customerId: row.customer_id,
    customer:
      row.cu_id === null || row.cu_id === undefined
        ? null
        : toCustomer({
            id: row.cu_id,
            name: row.cu_name,
            phone: row.cu_phone,
            email: row.cu_email,
            company: row.cu_company,
            address: row.cu_address,
            created_at: row.cu_created_at,
            forgotten_at: row.cu_forgotten_at,
          }),
  } as Record<string, unknown>;
  for (const [field, column] of Object.entries(COMPLAINT_COLUMNS)) {
    complaint[field] = BOOLEAN_FIELDS.has(field) ? bool(row[column]) : row[column];
  }
  complaint.business = row.business === 1;
  complaint.secondHand = row.second_hand === 1;
  return complaint as unknown as Complaint;
}

export function toEvent(row: Row): ComplaintEvent {
  return {
    id: row.id as number,
    complaintId: row.complaint_id as number,
    at: row.at as string,
    operator: row.operator as string | null,
    kind: row.kind as string,
    statusBefore: row.status_before as Status | null,
    statusAfter: row.status_after as Status | null,
    details: JSON.parse(row.details as string) as Record<string, unknown>,
  };
}

/** A line of a list: the complaint's columns of `list`, without its customer's name. */
export function toSummary(row: Row): Omit<ComplaintSummary, 'customer'> {
  return {
    id: row.id as number,
    status: row.status as Status,
    receivedAt: row.received_at as string,
    category: row.category as string | null,
    channel: row.channel as ComplaintSummary['channel'],
    summary: row.summary as string | null,
    nextContactAt: row.next_contact_at as string | null,
    assignee: row.assignee as string | null,
  };
}

/** A corrective action from its two events (store/sqlite/actions.ts): the details as JSON text. */
export function toAction(row: Row): CorrectiveAction {
  const added = (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>;
  const done = (typeof row.done === 'string' ? JSON.parse(row.done) : (row.done ?? {})) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    number: added.action as number,
    complaintId: Number(row.complaint_id),
    what: text(added.what) ?? '',
    owner: text(added.owner),
    due: text(added.due),
    addedAt: row.at as string,
    addedBy: row.operator as string | null,
    doneAt: (row.done_at as string | null) ?? null,
    doneBy: (row.done_by as string | null) ?? null,
    note: text(done.note),
  };
}

/** An attachment's row (store/sqlite/attachments.ts, store/pg/attachments.ts), without its bytes. */
export function toAttachment(row: Row): Attachment {
  return {
    complaintId: Number(row.complaint_id),
    number: Number(row.number),
    name: row.name as string,
    type: row.type as string,
    size: Number(row.size),
    sha256: row.sha256 as string,
    addedAt: row.added_at as string,
    operator: row.operator as string | null,
  };
}

/** The conditions on a complaint's reception (`c.received_at`) of a filter's `since` and
 * `until`, added to `where` with their parameters. */
export function receivedWithin(
  filter: { since?: Date; until?: Date },
  where: string[],
  params: Record<string, unknown>,
): void {
  if (filter.since) {
    where.push('c.received_at >= @since');
    params.since = filter.since.toISOString();
  }
  if (filter.until) {
    where.push('c.received_at < @until');
    params.until = filter.until.toISOString();
  }
}
