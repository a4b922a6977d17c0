import { phoneKey, searchKey } from '../../domain/text.js';
import type { ImportRecord, ImportResult, ImportStore, ImportedCustomer } from '../store.js';
import { COPIED_COLUMNS } from '../copied.js';
import { BulkInsert } from './bulk.js';
import type { SqliteContext } from './context.js';
import { compareWithLogbook, type ImportOptions } from './import-update.js';
import { WORDS_OF_COMPLAINTS } from './migrations.js';
import { COMPLAINT_COLUMNS } from './rows.js';

// Bulk insertion for `plainte import` and for seeding benchmarks: one IMMEDIATE transaction,
// many rows per INSERT, ids given here rather than read back, and no SELECT per row in an
// empty logbook. Customers already there are read once into maps; the file's ids are kept
// when they are above every id in use, so that a logbook moved to an empty file keeps them.

const FIELDS = Object.keys(COMPLAINT_COLUMNS) as (keyof typeof COMPLAINT_COLUMNS)[];
const BOOLEANS = new Set<string>(['business', 'secondHand', 'apologised']);
/** Whether each of FIELDS is stored as 0/1, looked up by position: read 40 times a complaint. */
const IS_BOOLEAN = FIELDS.map((field) => BOOLEANS.has(field));
const COMPLAINT_INSERT = [
  'id',
  'status',
  'created_at',
  'updated_at',
  'customer_id',
  'import_key',
  ...FIELDS.map((f) => COMPLAINT_COLUMNS[f]),
];
const EVENT_INSERT = ['complaint_id', 'at', 'operator', 'kind', 'status_before', 'status_after', 'details'];
/** Every column of a customer, as a copy moves them (an import gives ids of its own too). */
const CUSTOMER_INSERT = COPIED_COLUMNS.customers;

class DryRun extends Error {}

/** The file's id when it is free, else the next one above everything given so far. */
export class Ids {
  private readonly used = new Set<number>();
  private top: number;
  constructor(private readonly maxBefore: number) {
    this.top = maxBefore;
  }
  assign(wanted: number | null): number {
    const id = wanted !== null && wanted > this.maxBefore && !this.used.has(wanted) ? wanted : this.top + 1;
    this.used.add(id);
    this.top = Math.max(this.top, id);
    return id;
  }
}

/**
 * Runs `work` with SQLite's temporary files in memory. A multi-row INSERT that fails
 * half-way must be undone alone (foreign keys make every one of them able to fail), so
 * SQLite copies each page it changes to a statement journal, which past 64 KiB goes to a
 * temporary file: a write per page, most of the system time of a large import. Only
 * the statement journal is concerned (no temporary table is used), and the transaction's
 * own rollback journal, the write-ahead log, is untouched.
 */
function withJournalInMemory<T>(ctx: SqliteContext, work: () => T): T {
  const before = ctx.db.pragma('temp_store', { simple: true }) as number;
  ctx.db.pragma('temp_store = MEMORY');
  try {
    return work();
  } finally {
    ctx.db.pragma(`temp_store = ${before}`);
  }
}

/**
 * Runs `work` with the logbook's secondary indexes dropped, and builds them again after it:
 * SQLite then sorts each index's entries once, instead of inserting them one at a time at
 * scattered places of a dozen B-trees (100,000 complaints: 16.0 -> 14.6 s). Only for an
 * import into an empty logbook, where building an index costs no more than the rows
 * imported. It all happens inside the import's transaction: rolled back (a bad row, a dry
 * run, a crash), the indexes were never gone, and other readers (WAL) keep seeing them
 * meanwhile. The indexes of UNIQUE and PRIMARY KEY constraints stay (they have no SQL).
 */
function withIndexesBuiltAfter<T>(ctx: SqliteContext, work: () => T): T {
  const indexes = ctx.db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('customers', 'complaints', 'events')`,
    )
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) ctx.db.exec(`DROP INDEX "${name}"`);
  const result = work();
  for (const { sql } of indexes) ctx.db.exec(sql);
  return result;
}

/**
 * Runs `work` with the search index's triggers dropped, then indexes the complaints it
 * wrote: those added (ids above `maxComplaint`) in one statement, then those already there
 * that were given an event (ids above the last event's) or whose customer it changed. Kept,
 * the triggers would index a complaint again at each of its events (3,000 complaints into a
 * logbook in use: 5.7 s).
 * Inside the import's transaction, as the indexes above.
 */
function withWordsIndexedAfter<T>(ctx: SqliteContext, maxComplaint: number, work: () => T): T {
  const maxEvent = (ctx.db.prepare('SELECT coalesce(max(id), 0) FROM events').pluck().get() as number) ?? 0;
  const since = ctx.now();
  const triggers = ctx.db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN (?, ?, ?) AND sql LIKE ?")
    .all('customers', 'complaints', 'events', '%complaint_words%') as { name: string; sql: string }[];
  for (const { name } of triggers) ctx.db.exec(`DROP TRIGGER "${name}"`);
  const result = work();
  if (triggers.length > 0) {
    // The complaints added have no words yet (their ids are above every one in use): all in
    // one statement. Those already there that the import changed are indexed again one by one.
    ctx.db.prepare('DELETE FROM complaint_words WHERE rowid > ?').run(maxComplaint);
    ctx.db
      .prepare(`INSERT INTO complaint_words (rowid, who, what, said, notes) ${WORDS_OF_COMPLAINTS} WHERE c.id > ?`)
      .run(maxComplaint);
    const touched = ctx.db
      .prepare(
        `SELECT complaint_id FROM events WHERE id > @maxEvent AND complaint_id <= @maxComplaint
         UNION SELECT c.id FROM complaints c JOIN customers cu ON cu.id = c.customer_id
         WHERE cu.updated_at >= @since AND c.id <= @maxComplaint`,
      )
      .pluck()
      .all({ maxComplaint, maxEvent, since }) as number[];
    const forget = ctx.db.prepare('DELETE FROM complaint_words WHERE rowid = ?');
    const index = ctx.db.prepare(
      `INSERT INTO complaint_words (rowid, who, what, said, notes) ${WORDS_OF_COMPLAINTS} WHERE c.id = ?`,
    );
    for (const id of touched) {
      forget.run(id);
      index.run(id);
    }
  }
  for (const { sql } of triggers) ctx.db.exec(sql);
  return result;
}

export const identity = (name: string, phone: string | null) =>
  `${searchKey(name)}\u0000${phone ? phoneKey(phone) : ''}`;

function complaintValues(record: ImportRecord, id: number, customerId: number | null): unknown[] {
  const { complaint } = record;
  const values: unknown[] = [id, complaint.status, complaint.createdAt, complaint.updatedAt, customerId, record.key];
  for (let i = 0; i < FIELDS.length; i++) {
    const value = complaint[FIELDS[i]];
    values.push(value === undefined ? null : IS_BOOLEAN[i] && value !== null ? (value ? 1 : 0) : value);
  }
  return values;
}

export function importQueries(ctx: SqliteContext): ImportStore {
  const one = <T>(sql: string, ...params: unknown[]) => ctx.db.prepare(sql).get(...params) as T;

  function run(records: Iterable<ImportRecord>, options: ImportOptions): ImportResult {
    const { onProgress } = options;
    const result: ImportResult = {
      added: 0,
      skipped: 0,
      updated: 0,
      differences: [],
      refusedMoves: [],
      customersAdded: 0,
      customersMatched: 0,
    };
    const now = ctx.now();
    const maxComplaint = one<{ m: number }>('SELECT coalesce(max(id), 0) AS m FROM complaints').m;
    const complaintIds = new Ids(maxComplaint);
    const customerIds = new Ids(one<{ m: number }>('SELECT coalesce(max(id), 0) AS m FROM customers').m);
    const byIdentity = new Map<string, number>();
    const byEmail = new Map<string, number>();
    for (const row of ctx.db
      .prepare('SELECT id, name, phone, email FROM customers WHERE forgotten_at IS NULL')
      .iterate() as IterableIterator<{
      id: number;
      name: string;
      phone: string | null;
      email: string | null;
    }>) {
      byIdentity.set(identity(row.name, row.phone), row.id);
      if (row.email) byEmail.set(row.email.toLowerCase(), row.id);
    }
    const byFileId = new Map<number, number>();
    const keys = new Set<string>();
    const keyTaken = ctx.statement('SELECT id FROM complaints WHERE import_key = ?').pluck();
    const sameComplaint = ctx.statement('SELECT id FROM complaints WHERE id = ? AND created_at = ?').pluck();
    const sameMinute = ctx
      .statement('SELECT id FROM complaints WHERE id = ? AND substr(received_at, 1, 16) = ?')
      .pluck();
    const customers = new BulkInsert(ctx, 'customers', CUSTOMER_INSERT);
    const complaints = new BulkInsert(ctx, 'complaints', COMPLAINT_INSERT, customers);
    const events = new BulkInsert(ctx, 'events', EVENT_INSERT, complaints);

    function customerFor(customer: ImportedCustomer, exported: boolean): number {
      const fileId = exported ? customer.id : null;
      const known = fileId === null ? undefined : byFileId.get(fileId);
      if (known !== undefined) return known;
      const key = identity(customer.name, customer.phone);
      const email = customer.email?.toLowerCase();
      let id = byIdentity.get(key) ?? (email ? byEmail.get(email) : undefined);
      if (id !== undefined) {
        result.customersMatched++;
      } else {
        id = customerIds.assign(fileId);
        customers.add([
          id,
          customer.name,
          searchKey(customer.name),
          customer.phone,
          customer.phone ? phoneKey(customer.phone) : null,
          customer.email,
          customer.company,
          customer.address ?? null,
          customer.createdAt ?? now,
          now,
          customer.forgottenAt,
        ]);
        result.customersAdded++;
        // Hand-kept rows of one customer share a record; our exports keep theirs apart by id.
        if (fileId === null) {
          byIdentity.set(key, id);
          if (email) byEmail.set(email, id);
        }
      }
      if (fileId !== null) byFileId.set(fileId, id);
      return id;
    }

    /** Already in the file (a line repeated), or the id of the same complaint in the
     * logbook: imported before (same key), exported from it (same id and creation time), or
     * named by its number in a spreadsheet (same id, received the same minute). */
    function present(record: ImportRecord): 'repeated' | number | null {
      if (keys.has(record.key)) return 'repeated';
      keys.add(record.key);
      // An empty logbook has nothing to compare with: the fast path of a first import.
      if (maxComplaint === 0) return null;
      const { id, createdAt } = record.complaint;
      const found =
        (keyTaken.get(record.key) as number | undefined) ??
        (id !== null && id <= maxComplaint ? (sameComplaint.get(id, createdAt) as number | undefined) : undefined) ??
        (record.sameAs && record.sameAs.id <= maxComplaint
          ? (sameMinute.get(record.sameAs.id, record.sameAs.receivedMinute) as number | undefined)
          : undefined);
      return found ?? null;
    }

    function insertAll(): ImportResult {
      let done = 0;
      for (const record of records) {
        const found = present(record);
        if (found === 'repeated') {
          result.skipped++;
        } else if (found !== null) {
          compareWithLogbook(ctx, found, record, { ...options, now }, result);
        } else {
          const customerId = record.customer ? customerFor(record.customer, record.exported) : null;
          const id = complaintIds.assign(record.complaint.id);
          complaints.add(complaintValues(record, id, customerId));
          for (const event of record.events) {
            events.add([
              id,
              event.at,
              event.operator,
              event.kind,
              event.statusBefore,
              event.statusAfter,
              JSON.stringify(event.details),
            ]);
          }
          result.added++;
        }
        if (onProgress && ++done % 500 === 0) onProgress(done);
      }
      events.flush();
      complaints.flush();
      customers.flush();
      onProgress?.(done);
      return result;
    }

    return withWordsIndexedAfter(ctx, maxComplaint, () =>
      maxComplaint === 0 ? withIndexesBuiltAfter(ctx, insertAll) : insertAll(),
    );
  }

  return {
    async importRecords(records, options = {}) {
      let counted: ImportResult | undefined;
      try {
        return withJournalInMemory(ctx, () =>
          ctx.write(() => {
            counted = run(records, options);
            // Differences not applied, or moves refused: nothing is written.
            const halted = counted.differences.length > 0 && (!options.update || counted.refusedMoves.length > 0);
            if (options.dryRun || halted) throw new DryRun();
            return counted;
          }),
        );
      } catch (error) {
        if (error instanceof DryRun && counted) return counted;
        throw error;
      }
    },
  };
}
