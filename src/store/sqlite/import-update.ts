import { phoneKey, searchKey } from '../../domain/text.js';
import { EVENT_KINDS } from '../../domain/events.js';
import type { Complaint } from '../../domain/types.js';
import { differences, updateOf } from '../differences.js';
import type { ImportRecord, ImportResult, ImportStore } from '../store.js';
import { INSERT_EVENT, SELECT_COMPLAINT } from './complaints.js';
import type { SqliteContext } from './context.js';
import { patchColumns, toComplaint } from './rows.js';

// An imported row for a complaint already in the logbook: its differences are counted, and
// written with --update, inside the import's transaction (import.ts).

export type ImportOptions = NonNullable<Parameters<ImportStore['importRecords']>[1]>;

/** Writes a complaint's changes from a file: its fields, status and customer, and the event. */
function applyUpdate(
  ctx: SqliteContext,
  existing: Complaint,
  update: Exclude<ReturnType<typeof updateOf>, { refused: unknown }>,
  now: string,
  event: { kind: string; operator: string | null; details: Record<string, unknown> },
): void {
  const columns = patchColumns(update.patch);
  const sets = [...columns.map(([column]) => `${column} = ?`), 'updated_at = ?', 'status = ?'];
  ctx.db
    .prepare(`UPDATE complaints SET ${sets.join(', ')} WHERE id = ?`)
    .run(...columns.map(([, value]) => value), now, update.status ?? existing.status, existing.id);
  const customer = update.customerPatch;
  if (existing.customerId !== null && Object.keys(customer).length > 0) {
    const merged = { ...existing.customer!, ...customer } as { name: string; phone: string | null };
    ctx.db
      .prepare(
        `UPDATE customers SET name = ?, name_key = ?, phone = ?, phone_key = ?, email = ?, company = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        merged.name,
        searchKey(merged.name),
        merged.phone,
        merged.phone ? phoneKey(merged.phone) : null,
        (customer.email !== undefined ? customer.email : existing.customer!.email) ?? null,
        (customer.company !== undefined ? customer.company : existing.customer!.company) ?? null,
        now,
        existing.customerId,
      );
  }
  ctx
    .statement(INSERT_EVENT)
    .run(
      existing.id,
      now,
      event.operator,
      event.kind,
      existing.status,
      update.status ?? existing.status,
      JSON.stringify(event.details),
    );
}

/** A complaint already there: its differences with the row, written with `update`. */
export function compareWithLogbook(
  ctx: SqliteContext,
  id: number,
  record: ImportRecord,
  options: ImportOptions & { now: string },
  result: ImportResult,
): void {
  const { now } = options;
  const existing = toComplaint(ctx.statement(SELECT_COMPLAINT).get(id) as Record<string, unknown>);
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
  applyUpdate(ctx, existing, update, now, {
    kind: EVENT_KINDS.importedChange,
    operator: options.operator ?? null,
    details: {
      ...(options.source ? { source: options.source } : {}),
      fields: changes.map((change) => change.field).join(', '),
      changes: Object.fromEntries(changes.map(({ field, before, after }) => [field, { before, after }])),
    },
  });
}
