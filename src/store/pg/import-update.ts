import { EVENT_KINDS } from '../../domain/events.js';
import { phoneKey, searchKey } from '../../domain/text.js';
import type { Complaint } from '../../domain/types.js';
import { differences, updateOf } from '../differences.js';
import type { ImportRecord, ImportResult, ImportStore } from '../store.js';
import { patchColumns } from '../sqlite/rows.js';
import type { PgContext } from './context.js';
import { CUSTOMER_COLUMNS, toComplaint } from './rows.js';

// An imported row for a complaint already in the logbook, as in the SQLite store
// (sqlite/import-update.ts): its differences counted, and written with --update inside the
// import's transaction, one `imported_change` event per complaint.

export type ImportOptions = NonNullable<Parameters<ImportStore['importRecords']>[1]>;

async function applyUpdate(
  ctx: PgContext,
  existing: Complaint,
  update: Exclude<ReturnType<typeof updateOf>, { refused: unknown }>,
  now: string,
  event: { kind: string; operator: string | null; details: Record<string, unknown> },
): Promise<void> {
  const columns = patchColumns(update.patch);
  const values = [...columns.map(([, value]) => value), now, update.status ?? existing.status, existing.id];
  const sets = [...columns.map(([column]) => column), 'updated_at', 'status'].map(
    (column, i) => `${column} = $${i + 1}`,
  );
  await ctx.rows(`UPDATE complaints SET ${sets.join(', ')} WHERE id = $${values.length}`, values);
  const customer = update.customerPatch;
  if (existing.customerId !== null && Object.keys(customer).length > 0) {
    const merged = { ...existing.customer!, ...customer } as { name: string; phone: string | null };
    await ctx.rows(
      `UPDATE customers SET name = $1, name_key = $2, phone = $3, phone_key = $4, email = $5, company = $6,
         updated_at = $7 WHERE id = $8`,
      [
        merged.name,
        searchKey(merged.name),
        merged.phone,
        merged.phone ? phoneKey(merged.phone) : null,
        (customer.email !== undefined ? customer.email : existing.customer!.email) ?? null,
        (customer.company !== undefined ? customer.company : existing.customer!.company) ?? null,
        now,
        existing.customerId,
      ],
    );
  }
  await ctx.rows(
    `INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      existing.id,
      now,
      event.operator,
      event.kind,
      existing.status,
      update.status ?? existing.status,
      JSON.stringify(event.details),
    ],
  );
}

/** A complaint already there: its differences with the row, written with `update`. */
export async function compareWithLogbook(
  ctx: PgContext,
  id: number,
  record: ImportRecord,
  options: ImportOptions & { now: string },
  result: ImportResult,
): Promise<void> {
  const { now } = options;
  const row = await ctx.row(
    `SELECT c.*, ${CUSTOMER_COLUMNS} FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
     WHERE c.id = $1 FOR UPDATE OF c`,
    [id],
  );
  const existing = toComplaint(row!);
  const changes = differences(existing, record);
  if (changes.length === 0) {
    result.skipped++;
    return;
  }
  const difference = { id, where: record.where ?? null, changes };
  result.differences.push(difference);
  result.updated++;
  if (!options.update) return;
  const update = updateOf(existing, changes, now);
  if ('refused' in update) {
    result.refusedMoves.push({ ...difference, ...update.refused });
    return;
  }
  await applyUpdate(ctx, existing, update, now, {
    kind: EVENT_KINDS.importedChange,
    operator: options.operator ?? null,
    details: {
      ...(options.source ? { source: options.source } : {}),
      fields: changes.map((change) => change.field).join(', '),
      changes: Object.fromEntries(changes.map(({ field, before, after }) => [field, { before, after }])),
    },
  });
}
