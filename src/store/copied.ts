import type { CopiedTable } from './store.js';
import { COMPLAINT_COLUMNS } from './sqlite/rows.js';

// The columns `plainte copy` moves, the same in both stores' schemas. Derived columns
// (customers.first_received_at) are left to the triggers that keep them.

export const COPIED_COLUMNS: Record<CopiedTable, readonly string[]> = {
  customers: [
    'id',
    'name',
    'name_key',
    'phone',
    'phone_key',
    'email',
    'company',
    'address',
    'created_at',
    'updated_at',
    'forgotten_at',
  ],
  complaints: [
    'id',
    'status',
    'created_at',
    'updated_at',
    'customer_id',
    'import_key',
    ...Object.values(COMPLAINT_COLUMNS),
  ],
  events: ['id', 'complaint_id', 'at', 'operator', 'kind', 'status_before', 'status_after', 'details'],
  attachments: ['id', 'complaint_id', 'number', 'name', 'type', 'size', 'sha256', 'added_at', 'operator'],
  attachment_bytes: ['attachment_id', 'bytes'],
  settings: ['key', 'value'],
};

/** Written in this order, so that every row a row refers to is there before it. */
export const COPIED_TABLES: readonly CopiedTable[] = [
  'customers',
  'complaints',
  'events',
  'attachments',
  'attachment_bytes',
  'settings',
];

/** How each table's rows are ordered when read. */
export const COPIED_ORDER: Record<CopiedTable, string> = {
  customers: 'id',
  complaints: 'id',
  events: 'id',
  attachments: 'id',
  attachment_bytes: 'attachment_id',
  settings: 'key',
};

/** No rows written yet, table by table. */
export const noRowsCopied = (): Record<CopiedTable, number> =>
  Object.fromEntries(COPIED_TABLES.map((table) => [table, 0])) as Record<CopiedTable, number>;

/** The yes/no columns, stored as 0/1 by SQLite. */
export const BOOLEAN_COLUMNS = new Set(['business', 'second_hand', 'apologised']);

/** Rows read or written per batch. */
export const COPY_BATCH = 2000;

/** Rows per batch of `table`: an attachment's bytes (up to attach.max each) one at a time,
 * so that a copy holds one file in memory, not two thousand. */
export const copyBatchOf = (table: CopiedTable): number => (table === 'attachment_bytes' ? 1 : COPY_BATCH);
