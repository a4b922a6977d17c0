import { CALLBACK_PENDING_STATUSES } from '../../domain/status.js';
import type {
  Channel,
  Complaint,
  Customer,
  CustomerRequest,
  Mood,
  Outcome,
  SolutionType,
  Status,
} from '../../domain/types.js';
import { exportedAttachment, type ExportedAttachment } from '../../domain/attachments.js';
import type { ExportFilter, ExportStore, ExportedComplaint, TransferEvent } from '../store.js';
import { ATTACHMENT_COLUMNS } from './attachments.js';
import type { Statement } from 'better-sqlite3';
import type { SqliteContext } from './context.js';
import { COMPLAINT_COLUMNS, receivedWithin, toAttachment } from './rows.js';

// One statement reads each complaint with its customer and, through a subquery, its whole
// history as a JSON array: one statement sees one consistent snapshot, and SQLite writes
// the history's JSON itself, which CSV and JSON exports write as it comes. Rows come as
// arrays (better-sqlite3's raw mode) read by position: naming the fifty columns of an
// object for each row took a third of an export's time.

type Field = Exclude<keyof Complaint, 'customer'>;

/** A complaint's fields and their columns, in the order of src/domain/types.ts. */
const COMPLAINT: [Field, string][] = [
  ['id', 'id'],
  ['status', 'status'],
  ['phaseReached', COMPLAINT_COLUMNS.phaseReached],
  ['receivedAt', COMPLAINT_COLUMNS.receivedAt],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
  ...(['channel', 'operator', 'mood', 'account'] as const).map((f): [Field, string] => [f, COMPLAINT_COLUMNS[f]]),
  ['customerId', 'customer_id'],
  ...(Object.keys(COMPLAINT_COLUMNS) as (keyof typeof COMPLAINT_COLUMNS)[])
    .filter((f) => !['phaseReached', 'receivedAt', 'channel', 'operator', 'mood', 'account'].includes(f))
    .map((f): [Field, string] => [f, COMPLAINT_COLUMNS[f]]),
];
const CUSTOMER: [keyof Customer, string][] = [
  ['id', 'id'],
  ['name', 'name'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['company', 'company'],
  ['address', 'address'],
  ['createdAt', 'created_at'],
  ['forgottenAt', 'forgotten_at'],
];
const BOOLEAN = new Set<Field>(['business', 'secondHand', 'apologised']);

const HISTORY = `(SELECT json_group_array(json_object('at', e.at, 'operator', e.operator, 'kind', e.kind,
           'statusBefore', e.status_before, 'statusAfter', e.status_after, 'details', json(e.details)))
         FROM (SELECT * FROM events WHERE complaint_id = c.id ORDER BY at, id) e)`;

/** The complaint's columns, then its customer's, then its history (or NULL without it). */
function columnsOf(history: boolean): string {
  return `${COMPLAINT.map(([, column]) => `c.${column}`).join(', ')},
    ${CUSTOMER.map(([, column]) => `cu.${column}`).join(', ')}, ${history ? HISTORY : 'NULL'}`;
}

/** A yes/no column as JSON's true and false (SQLite stores 1 and 0). */
const jsonBoolean = (column: string) => `CASE ${column} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END`;

/**
 * The complaint as the JSON export writes it, built by SQLite: the fields in the order of
 * src/domain/types.ts, the customer after customerId, the history last (what
 * transfer/record.ts's exportedJson writes from the fields). SQLite escapes a string as
 * JSON.stringify does (the quote, the backslash, and controls: \b \t \n \f \r or \u00xx).
 */
const JSON_LINE = `json_object(${[
  ...COMPLAINT.flatMap(([field, column]) => {
    const value = BOOLEAN.has(field) ? jsonBoolean(`c.${column}`) : `c.${column}`;
    const pair = `'${field}', ${value}`;
    if (field !== 'customerId') return [pair];
    const customer = CUSTOMER.map(([name, col]) => `'${name}', cu.${col}`).join(', ');
    return [pair, `'customer', CASE WHEN cu.id IS NULL THEN NULL ELSE json_object(${customer}) END`];
  }),
  `'events', ${HISTORY}`,
].join(', ')})`;

/** Whether the complaint has attachments: the JSON export then adds them to its line. */
const HAS_ATTACHMENTS = 'EXISTS (SELECT 1 FROM attachments a WHERE a.complaint_id = c.id)';

function selectOf(history: boolean | 'json'): string {
  const columns = history === 'json' ? `${JSON_LINE}, c.id, ${HAS_ATTACHMENTS}` : columnsOf(history);
  return `SELECT ${columns} FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id`;
}

/** The complaint's history announced a callback: set by the wizard or a follow-up
 * (nextContactAt), a hand-over (dueAt), or cleared by a follow-up or a close (dueAt). */
const ANNOUNCED = `EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id
  AND (json_extract(e.details, '$.nextContactAt') IS NOT NULL OR json_extract(e.details, '$.dueAt') IS NOT NULL))`;

/** The statement an export runs and its parameters: each complaint as its columns, or with
 * `json` as its line of the JSON export. (The benchmark gives the columns' statement to the
 * sqlite3 shell, as the limit of an export.) */
export function exportStatement(
  filter: ExportFilter,
  { json = false }: { json?: boolean } = {},
): { sql: string; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const statuses = filter.callbacks
    ? (filter.statuses ?? CALLBACK_PENDING_STATUSES).filter((s) => CALLBACK_PENDING_STATUSES.includes(s))
    : filter.statuses;
  const chosen: string[] = [];
  if (statuses !== undefined) {
    chosen.push(statuses.length === 0 ? '0' : `c.status IN (${statuses.map((_, i) => `@status${i}`).join(', ')})`);
    statuses.forEach((status, i) => (params[`status${i}`] = status));
  }
  if (filter.callbacks) chosen.push('c.next_contact_at IS NOT NULL');
  if (filter.callbacks && filter.cancelledSince) {
    const pending = `c.status IN ('open', 'awaiting_callback', 'transferred') AND c.next_contact_at IS NOT NULL`;
    where.push(
      `((${chosen.join(' AND ')}) OR (NOT (${pending}) AND c.updated_at >= @cancelledSince AND ${ANNOUNCED}))`,
    );
    params.cancelledSince = filter.cancelledSince.toISOString();
  } else where.push(...chosen);
  receivedWithin(filter, where, params);
  const select = selectOf(json ? 'json' : filter.history !== false);
  return { sql: `${select} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`, params };
}

const NO_HISTORY = '[]';

/** Where each field is in a row. */
const AT = Object.fromEntries(COMPLAINT.map(([field], i) => [field, i])) as Record<Field, number>;
const CUSTOMER_AT = COMPLAINT.length;
const HISTORY_AT = CUSTOMER_AT + CUSTOMER.length;

function customerOf(row: unknown[]): Customer | null {
  if (row[CUSTOMER_AT] === null) return null;
  const customer: Record<string, unknown> = {};
  for (let i = 0; i < CUSTOMER.length; i++) customer[CUSTOMER[i][0]] = row[CUSTOMER_AT + i];
  return customer as unknown as Customer;
}

/**
 * A complaint as read for export, its fields set one by one (an object of fixed shape, made
 * once, where setting them in a loop grew it property by property). Its history stays the
 * JSON text SQLite wrote, which is what JSON.stringify writes for it (the details are
 * stored as JSON.stringify wrote them, and SQLite escapes strings as it does): parsed only
 * for a writer that reads the events.
 */
class ExportRow implements ExportedComplaint {
  readonly id: number;
  readonly status: Status;
  readonly phaseReached: number;
  readonly receivedAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly channel: Channel | null;
  readonly operator: string | null;
  readonly mood: Mood | null;
  readonly account: string | null;
  readonly customerId: number | null;
  readonly orderRef: string | null;
  readonly purchaseDate: string | null;
  readonly product: string | null;
  readonly category: string | null;
  readonly request: CustomerRequest | null;
  readonly facts: string | null;
  readonly business: boolean;
  readonly secondHand: boolean;
  readonly writtenAt: string | null;
  readonly apologised: boolean | null;
  readonly apologyNote: string | null;
  readonly solution: string | null;
  readonly solutionType: SolutionType | null;
  readonly assignee: string | null;
  readonly costCents: number | null;
  readonly nextContactAt: string | null;
  readonly callbackPhone: string | null;
  readonly callbackNote: string | null;
  readonly outcome: Outcome | null;
  readonly satisfaction: number | null;
  readonly cause: string | null;
  readonly lesson: string | null;
  readonly firstResponseAt: string | null;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly answerDueAt: string | null;
  readonly writtenAnswerAt: string | null;
  readonly customer: Customer | null;
  readonly historyJson: string;
  attachments: ExportedAttachment[] | undefined = undefined;
  #events: TransferEvent[] | null = null;

  constructor(row: unknown[]) {
    this.id = row[AT.id] as number;
    this.status = row[AT.status] as Status;
    this.phaseReached = row[AT.phaseReached] as number;
    this.receivedAt = row[AT.receivedAt] as string;
    this.createdAt = row[AT.createdAt] as string;
    this.updatedAt = row[AT.updatedAt] as string;
    this.channel = row[AT.channel] as Channel | null;
    this.operator = row[AT.operator] as string | null;
    this.mood = row[AT.mood] as Mood | null;
    this.account = row[AT.account] as string | null;
    this.customerId = row[AT.customerId] as number | null;
    this.orderRef = row[AT.orderRef] as string | null;
    this.purchaseDate = row[AT.purchaseDate] as string | null;
    this.product = row[AT.product] as string | null;
    this.category = row[AT.category] as string | null;
    this.request = row[AT.request] as CustomerRequest | null;
    this.facts = row[AT.facts] as string | null;
    this.business = row[AT.business] === 1;
    this.secondHand = row[AT.secondHand] === 1;
    this.writtenAt = row[AT.writtenAt] as string | null;
    this.apologised = row[AT.apologised] === null ? null : row[AT.apologised] === 1;
    this.apologyNote = row[AT.apologyNote] as string | null;
    this.solution = row[AT.solution] as string | null;
    this.solutionType = row[AT.solutionType] as SolutionType | null;
    this.assignee = row[AT.assignee] as string | null;
    this.costCents = row[AT.costCents] as number | null;
    this.nextContactAt = row[AT.nextContactAt] as string | null;
    this.callbackPhone = row[AT.callbackPhone] as string | null;
    this.callbackNote = row[AT.callbackNote] as string | null;
    this.outcome = row[AT.outcome] as Outcome | null;
    this.satisfaction = row[AT.satisfaction] as number | null;
    this.cause = row[AT.cause] as string | null;
    this.lesson = row[AT.lesson] as string | null;
    this.firstResponseAt = row[AT.firstResponseAt] as string | null;
    this.resolvedAt = row[AT.resolvedAt] as string | null;
    this.closedAt = row[AT.closedAt] as string | null;
    this.answerDueAt = row[AT.answerDueAt] as string | null;
    this.writtenAnswerAt = row[AT.writtenAnswerAt] as string | null;
    this.customer = customerOf(row);
    this.historyJson = (row[HISTORY_AT] as string | null) ?? NO_HISTORY;
  }

  get events(): TransferEvent[] {
    return (this.#events ??= JSON.parse(this.historyJson) as TransferEvent[]);
  }
}

// A read from the first complaint to the last uses each page once: SQLite's cache (16 MiB
// with better-sqlite3's defaults) would only fill up, to the size of the logbook. A small
// one keeps the index pages and the customers most looked up (an export of 10k: 9 MiB less).
const EXPORT_CACHE = '-2048';

export function exportQueries(ctx: SqliteContext): ExportStore {
  /** The rows of `sql`, read with a small cache. */
  function* rows<T>(statement: Statement, params: Record<string, string>): Generator<T> {
    const cache = ctx.db.pragma('cache_size', { simple: true }) as number;
    ctx.db.pragma(`cache_size = ${EXPORT_CACHE}`);
    try {
      yield* statement.iterate(params) as IterableIterator<T>;
    } finally {
      ctx.db.pragma(`cache_size = ${cache}`);
    }
  }
  /** The complaint's attachments, read while the export's statement is open (the same
   * snapshot); with `bytes`, each one's bytes read in turn. */
  function attachmentsOf(complaintId: number, bytes: boolean): ExportedAttachment[] {
    const rows = ctx
      .statement(`SELECT id, ${ATTACHMENT_COLUMNS} FROM attachments WHERE complaint_id = ? ORDER BY number`)
      .all(complaintId) as Record<string, unknown>[];
    const read = ctx.statement('SELECT bytes FROM attachment_bytes WHERE attachment_id = ?').pluck();
    return rows.map((row) => exportedAttachment(toAttachment(row), bytes ? (read.get(row.id) as Buffer) : undefined));
  }
  return {
    async *exportComplaints(filter) {
      const { sql, params } = exportStatement(filter);
      for (const row of rows<unknown[]>(ctx.db.prepare(sql).raw(), params)) {
        const complaint = new ExportRow(row);
        if (filter.attachments) {
          const attachments = attachmentsOf(complaint.id, filter.attachments === 'bytes');
          if (attachments.length > 0) complaint.attachments = attachments;
        }
        yield complaint;
      }
    },
    async *exportJsonLines(filter) {
      const { sql, params } = exportStatement(filter, { json: true });
      for (const [line, id, has] of rows<[string, number, number]>(ctx.db.prepare(sql).raw(), params)) {
        // As record.ts's exportedJson writes them: after the history, only when there are any.
        yield has ? `${line.slice(0, -1)},"attachments":${JSON.stringify(attachmentsOf(id, true))}}` : line;
      }
    },
  };
}
