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
  settings: ['key', 'value'],
};

/** Written in this order, so that every row a row refers to is there before it. */
export const COPIED_TABLES: readonly CopiedTable[] = ['customers', 'complaints', 'events', 'settings'];

/** The yes/no columns, stored as 0/1 by SQLite. */
export const BOOLEAN_COLUMNS = new Set(['business', 'second_hand', 'apologised']);

/** Rows read or written per batch. */
export const COPY_BATCH = 2000;
