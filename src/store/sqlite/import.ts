import { phoneKey, searchKey } from '../../domain/text.js';
import type { ImportRecord, ImportResult, ImportStore, ImportedCustomer } from '../store.js';
import { COPIED_COLUMNS } from '../copied.js';
import { BulkInsert } from './bulk.js';
import type { SqliteContext } from './context.js';
import { insertAttachment } from './attachments.js';
import {
  withFirstComplaintsAfter,
  withIndexesBuiltAfter,
  withJournalInMemory,
  withWordsIndexedAfter,
} from './import-after.js';
import { compareWithLogbook, type ImportOptions } from './import-update.js';
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
          if (record.attachments?.length) {
            // Their rows refer to the complaint's: it is written first.
            complaints.flush();
            for (const attachment of record.attachments) insertAttachment(ctx, id, attachment);
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
      withFirstComplaintsAfter(ctx, maxComplaint, () =>
        maxComplaint === 0 ? withIndexesBuiltAfter(ctx, insertAll) : insertAll(),
      ),
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
