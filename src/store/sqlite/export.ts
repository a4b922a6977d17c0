import type { Channel, Customer, CustomerRequest, Mood, Outcome, SolutionType, Status } from '../../domain/types.js';
import { exportedAttachment, type ExportedAttachment } from '../../domain/attachments.js';
import type { CsvValue, ExportStore, ExportedComplaint, TransferEvent } from '../store.js';
import { ATTACHMENT_COLUMNS } from './attachments.js';
import type { Statement } from 'better-sqlite3';
import type { SqliteContext } from './context.js';
import { COMPLAINT, CUSTOMER, exportStatement, type Field } from './export-sql.js';
import { toAttachment } from './rows.js';

// Rows come as arrays (better-sqlite3's raw mode) read by position: naming the fifty columns
// of an object for each row took a third of an export's time.

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
      const { sql, params } = exportStatement(filter, 'json');
      for (const [line, id, has] of rows<[string, number, number]>(ctx.db.prepare(sql).raw(), params)) {
        // As record.ts's exportedJson writes them: after the history, only when there are any.
        yield has ? `${line.slice(0, -1)},"attachments":${JSON.stringify(attachmentsOf(id, true))}}` : line;
      }
    },
    async *exportCsvRows(filter) {
      const { sql, params } = exportStatement(filter, 'csv');
      yield* rows<CsvValue[]>(ctx.db.prepare(sql).raw(), params);
    },
  };
}
