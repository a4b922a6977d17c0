import { phoneKey, searchKey } from '../../domain/text.js';
import type { ImportRecord, ImportResult, ImportStore, ImportedCustomer } from '../store.js';
import { Ids, identity } from '../sqlite/import.js';
import { COPIED_COLUMNS } from '../copied.js';
import { BulkInsert } from './bulk.js';
import { compareWithLogbook, type ImportOptions } from './import-update.js';
import { insertAttachment } from './attachments.js';
import type { PgContext } from './context.js';
import { COMPLAINT_COLUMNS } from './rows.js';

// `plainte import` into the server: one transaction, many rows per INSERT, the same rules as
// the SQLite store (ids kept when above every id in use, customers matched by name and phone
// or e-mail, a key per record so that a file imported twice adds nothing). The id lock is
// held throughout: the ids given here are the next ones.

const FIELDS = Object.keys(COMPLAINT_COLUMNS) as (keyof typeof COMPLAINT_COLUMNS)[];
// The columns `copy` moves, in the same order; the server's complaints also record their shop.
const COMPLAINT_INSERT = [...COPIED_COLUMNS.complaints, 'shop'];
const EVENT_INSERT = COPIED_COLUMNS.events.filter((column) => column !== 'id');
const CUSTOMER_INSERT = COPIED_COLUMNS.customers;

class DryRun extends Error {}

function complaintValues(record: ImportRecord, id: number, customerId: number | null, shop: string | null): unknown[] {
  const { complaint } = record;
  const values: unknown[] = [id, complaint.status, complaint.createdAt, complaint.updatedAt, customerId, record.key];
  for (const field of FIELDS) values.push(complaint[field] ?? null);
  values.push(shop);
  return values;
}

export function importQueries(ctx: PgContext): ImportStore {
  async function run(records: Iterable<ImportRecord>, options: ImportOptions): Promise<ImportResult> {
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
    await ctx.lockIds();
    const maxComplaint = await ctx.value<number>('SELECT coalesce(max(id), 0) FROM complaints');
    const complaintIds = new Ids(maxComplaint);
    const customerIds = new Ids(await ctx.value<number>('SELECT coalesce(max(id), 0) FROM customers'));
    const byIdentity = new Map<string, number>();
    const byEmail = new Map<string, number>();
    const known = await ctx.rows<{ id: number; name: string; phone: string | null; email: string | null }>(
      'SELECT id, name, phone, email FROM customers WHERE forgotten_at IS NULL ORDER BY id',
    );
    for (const row of known) {
      byIdentity.set(identity(row.name, row.phone), row.id);
      if (row.email) byEmail.set(row.email.toLowerCase(), row.id);
    }
    const byFileId = new Map<number, number>();
    const keys = new Set<string>();
    const customers = new BulkInsert(ctx, 'customers', CUSTOMER_INSERT);
    const complaints = new BulkInsert(ctx, 'complaints', COMPLAINT_INSERT, customers);
    const events = new BulkInsert(ctx, 'events', EVENT_INSERT, complaints);

    async function customerFor(customer: ImportedCustomer, exported: boolean): Promise<number> {
      const fileId = exported ? customer.id : null;
      const found = fileId === null ? undefined : byFileId.get(fileId);
      if (found !== undefined) return found;
      const key = identity(customer.name, customer.phone);
      const email = customer.email?.toLowerCase();
      let id = byIdentity.get(key) ?? (email ? byEmail.get(email) : undefined);
      if (id !== undefined) {
        result.customersMatched++;
      } else {
        id = customerIds.assign(fileId);
        await customers.add([
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
     * named by its number in a spreadsheet (same id, received the same minute, UTC). */
    async function present(record: ImportRecord): Promise<'repeated' | number | null> {
      if (keys.has(record.key)) return 'repeated';
      keys.add(record.key);
      if (maxComplaint === 0) return null;
      const { id, createdAt } = record.complaint;
      const idOf = async (sql: string, params: unknown[]) => (await ctx.row<{ id: number }>(sql, params))?.id;
      return (
        (await idOf('SELECT id FROM complaints WHERE import_key = $1', [record.key])) ??
        (id !== null && id <= maxComplaint
          ? await idOf('SELECT id FROM complaints WHERE id = $1 AND created_at = $2', [id, createdAt])
          : undefined) ??
        (record.sameAs && record.sameAs.id <= maxComplaint
          ? await idOf(
              `SELECT id FROM complaints WHERE id = $1
                 AND to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') = $2`,
              [record.sameAs.id, record.sameAs.receivedMinute],
            )
          : undefined) ??
        null
      );
    }

    let done = 0;
    for (const record of records) {
      const found = await present(record);
      if (found === 'repeated') {
        result.skipped++;
      } else if (found !== null) {
        await compareWithLogbook(ctx, found, record, { ...options, now }, result);
      } else {
        const customerId = record.customer ? await customerFor(record.customer, record.exported) : null;
        const id = complaintIds.assign(record.complaint.id);
        await complaints.add(complaintValues(record, id, customerId, ctx.shop));
        for (const event of record.events) {
          await events.add([
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
          await complaints.flush();
          for (const attachment of record.attachments) await insertAttachment(ctx, id, attachment);
        }
        result.added++;
      }
      if (onProgress && ++done % 500 === 0) onProgress(done);
    }
    await events.flush();
    await complaints.flush();
    await customers.flush();
    onProgress?.(done);
    return result;
  }

  return {
    async importRecords(records, options = {}) {
      let counted: ImportResult | undefined;
      try {
        return await ctx.write(
          async () => {
            counted = await run(records, options);
            // Differences not applied, or moves refused: nothing is written.
            const halted = counted.differences.length > 0 && (!options.update || counted.refusedMoves.length > 0);
            if (options.dryRun || halted) throw new DryRun();
            return counted;
          },
          { again: false },
        );
      } catch (error) {
        if (error instanceof DryRun && counted) return counted;
        throw error;
      }
    },
  };
}
