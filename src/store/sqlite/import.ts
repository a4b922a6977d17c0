import { phoneKey, searchKey } from '../../domain/text.js';
import type { ImportRecord, ImportResult, ImportStore, ImportedCustomer } from '../store.js';
import type { SqliteContext } from './context.js';
import { COMPLAINT_COLUMNS, patchColumns } from './rows.js';

// Bulk insertion for `plainte import` and for seeding benchmarks: prepared statements, one
// IMMEDIATE transaction, and no SELECT per row. Customers already in the logbook are read
// once into maps; ids from the file are kept when they are above every id in use.

const FIELDS = Object.keys(COMPLAINT_COLUMNS) as (keyof typeof COMPLAINT_COLUMNS)[];
const COLUMNS = ['id', 'status', 'created_at', 'updated_at', 'customer_id', 'import_key', ...FIELDS.map((f) => COMPLAINT_COLUMNS[f])];

const INSERT_COMPLAINT = `INSERT INTO complaints (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (import_key) DO NOTHING`;
const INSERT_CUSTOMER = `INSERT INTO customers (id, name, name_key, phone, phone_key, email, company, created_at, updated_at, forgotten_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_EVENT = `INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details) VALUES (?, ?, ?, ?, ?, ?, ?)`;

class DryRun extends Error {}

/** Gives the file's id when it is free, else lets SQLite choose. */
class Ids {
  private readonly used = new Set<number>();
  constructor(private readonly maxBefore: number) {}
  pick(wanted: number | null): number | null {
    return wanted !== null && wanted > this.maxBefore && !this.used.has(wanted) ? wanted : null;
  }
  taken(id: number): void {
    this.used.add(id);
  }
}

const identity = (name: string, phone: string | null) => `${searchKey(name)}\u0000${phone ? phoneKey(phone) : ''}`;

export function importQueries(ctx: SqliteContext): ImportStore {
  const max = (table: string) => (ctx.db.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${table}`).get() as { m: number }).m;

  function run(records: Iterable<ImportRecord>, onProgress?: (done: number) => void): ImportResult {
    const result: ImportResult = { added: 0, skipped: 0, customersAdded: 0, customersMatched: 0 };
    const now = ctx.now();
    const complaintIds = new Ids(max('complaints'));
    const customerIds = new Ids(max('customers'));
    const byIdentity = new Map<string, number>();
    const byEmail = new Map<string, number>();
    for (const row of ctx.db.prepare('SELECT id, name, phone, email FROM customers WHERE forgotten_at IS NULL').iterate() as IterableIterator<{
      id: number;
      name: string;
      phone: string | null;
      email: string | null;
    }>) {
      byIdentity.set(identity(row.name, row.phone), row.id);
      if (row.email) byEmail.set(row.email.toLowerCase(), row.id);
    }
    // Customers of our own exports, by their id in the file.
    const byFileId = new Map<number, number>();
    const existing = ctx.statement('SELECT created_at FROM complaints WHERE id = ?');
    const insertComplaint = ctx.statement(INSERT_COMPLAINT);
    const insertCustomer = ctx.statement(INSERT_CUSTOMER);
    const insertEvent = ctx.statement(INSERT_EVENT);

    function customerFor(customer: ImportedCustomer, exported: boolean): number {
      if (exported && customer.id !== null) {
        const known = byFileId.get(customer.id);
        if (known !== undefined) return known;
      }
      const key = identity(customer.name, customer.phone);
      const email = customer.email?.toLowerCase();
      const match = byIdentity.get(key) ?? (email ? byEmail.get(email) : undefined);
      if (match !== undefined) {
        result.customersMatched++;
        if (exported && customer.id !== null) byFileId.set(customer.id, match);
        return match;
      }
      const wanted = customerIds.pick(exported ? customer.id : null);
      const inserted = insertCustomer.run(
        wanted,
        customer.name,
        searchKey(customer.name),
        customer.phone,
        customer.phone ? phoneKey(customer.phone) : null,
        customer.email,
        customer.company,
        customer.createdAt ?? now,
        now,
        customer.forgottenAt,
      );
      const id = Number(inserted.lastInsertRowid);
      customerIds.taken(id);
      result.customersAdded++;
      if (exported && customer.id !== null) byFileId.set(customer.id, id);
      else {
        // Hand-kept rows of the same customer share one record; our exports keep theirs apart.
        byIdentity.set(key, id);
        if (email) byEmail.set(email, id);
      }
      return id;
    }

    let done = 0;
    for (const record of records) {
      const { complaint } = record;
      const wanted = complaintIds.pick(complaint.id);
      const same = wanted === null && complaint.id !== null ? (existing.get(complaint.id) as { created_at: string } | undefined) : undefined;
      if (same && same.created_at === complaint.createdAt) {
        result.skipped++;
      } else {
        const customerId = record.customer ? customerFor(record.customer, record.exported) : null;
        const values = new Map(patchColumns(complaint));
        const inserted = insertComplaint.run(
          wanted,
          complaint.status,
          complaint.createdAt,
          complaint.updatedAt,
          customerId,
          record.key,
          ...FIELDS.map((field) => values.get(COMPLAINT_COLUMNS[field]) ?? null),
        );
        if (inserted.changes === 0) {
          result.skipped++;
        } else {
          const id = Number(inserted.lastInsertRowid);
          complaintIds.taken(id);
          result.added++;
          for (const event of record.events) {
            insertEvent.run(id, event.at, event.operator, event.kind, event.statusBefore, event.statusAfter, JSON.stringify(event.details));
          }
        }
      }
      done++;
      if (onProgress && done % 500 === 0) onProgress(done);
    }
    onProgress?.(done);
    return result;
  }

  return {
    async importRecords(records, options = {}) {
      let counted: ImportResult | undefined;
      try {
        return ctx.write(() => {
          counted = run(records, options.onProgress);
          if (options.dryRun) throw new DryRun();
          return counted;
        });
      } catch (error) {
        if (error instanceof DryRun && counted) return counted;
        throw error;
      }
    },
  };
}
