import type Database from 'better-sqlite3';
import { newDatabase } from './driver.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

// A file marked as a plainte logbook of some version must also hold what that version's
// migrations made: a file with the mark and none of the tables (a backup restored from a
// damaged copy, another tool's work) would make every command fail with "no such table".
// Only what is missing counts: a table or index a shop added beside ours is left alone.

/** Each table with its columns, and each index and trigger (by name). */
export interface SchemaShape {
  tables: Readonly<Record<string, readonly string[]>>;
  others: readonly string[];
}

/**
 * What a logbook at SCHEMA_VERSION holds, as the migrations make it: kept here so that every
 * open compares names (a fraction of a millisecond) instead of running the migrations on a
 * database in memory (ten). test/store/expected-schema.test.ts checks it against the migrations.
 */
export const CURRENT_SCHEMA: SchemaShape = {
  tables: {
    customers: [
      ...['id', 'name', 'name_key', 'phone', 'phone_key', 'email', 'company', 'created_at', 'updated_at'],
      ...['forgotten_at', 'first_received_at', 'address'],
    ],
    complaints: [
      ...['id', 'status', 'phase_reached', 'received_at', 'created_at', 'updated_at', 'channel', 'operator', 'mood'],
      ...['account', 'customer_id', 'order_ref', 'purchase_date', 'product', 'category', 'request', 'facts'],
      ...['business', 'second_hand', 'written_at', 'apologised', 'apology_note', 'solution', 'solution_type'],
      ...['assignee', 'cost_cents', 'next_contact_at', 'callback_phone', 'callback_note', 'outcome', 'satisfaction'],
      ...['cause', 'lesson', 'first_response_at', 'resolved_at', 'closed_at', 'import_key', 'answer_due_at'],
      'written_answer_at',
    ],
    events: ['id', 'complaint_id', 'at', 'operator', 'kind', 'status_before', 'status_after', 'details'],
    settings: ['key', 'value'],
    erasures_to_finish: ['at'],
    attachments: ['id', 'complaint_id', 'number', 'name', 'type', 'size', 'sha256', 'added_at', 'operator'],
    attachment_bytes: ['attachment_id', 'bytes'],
    // The search index (FTS5) and the tables it keeps its index in.
    complaint_words: ['who', 'what', 'said', 'notes'],
    complaint_words_data: ['id', 'block'],
    complaint_words_idx: ['segid', 'term', 'pgno'],
    complaint_words_content: ['id', 'c0', 'c1', 'c2', 'c3'],
    complaint_words_docsize: ['id', 'sz'],
    complaint_words_config: ['k', 'v'],
  },
  others: [
    ...['customers_by_name', 'customers_by_phone', 'customers_by_first_complaint', 'complaints_by_received'],
    ...['complaints_by_order', 'complaints_due', 'complaints_by_customer_received', 'complaints_report_received'],
    ...['complaints_report_closed', 'complaints_report_lessons', 'events_by_complaint', 'events_by_kind_due'],
    ...['events_append_only', 'customers_first_on_insert', 'customers_first_on_update', 'customers_first_on_delete'],
    ...['complaints_to_handle', 'complaints_clocks_open', 'complaints_clock_answer', 'complaints_clock_warranty'],
    'complaints_clock_written',
    'complaints_by_received_product',
    ...['complaint_words_on_insert', 'complaint_words_on_update', 'complaint_words_on_delete'],
    ...['complaint_words_of_customer', 'complaint_words_of_new_event', 'complaint_words_of_event'],
  ],
};

/** The tables, columns, indexes and triggers of `db` (SQLite's own objects left out). */
export function schemaOf(db: Database.Database): SchemaShape {
  const rows = db
    .prepare(
      `SELECT m.type, m.name, p.name AS col
       FROM sqlite_master m LEFT JOIN pragma_table_info(m.name) p ON m.type = 'table'
       WHERE m.name NOT LIKE 'sqlite_%'`,
    )
    .all() as { type: string; name: string; col: string | null }[];
  const tables: Record<string, string[]> = {};
  const others: string[] = [];
  for (const { type, name, col } of rows) {
    if (type === 'table') (tables[name] ??= []).push(col ?? '');
    else others.push(name);
  }
  return { tables, others };
}

/** What the migrations up to `version` make, read from a database in memory. */
export function expectedSchema(version: number): SchemaShape {
  if (version === SCHEMA_VERSION) return CURRENT_SCHEMA;
  const db = newDatabase(':memory:');
  try {
    for (const migration of MIGRATIONS.slice(0, version)) migration(db);
    return schemaOf(db);
  } finally {
    db.close();
  }
}

/** What `db` lacks of the schema of `version`: tables, `table.column`s, indexes and triggers. */
export function missingSchema(db: Database.Database, version: number): string[] {
  const expected = expectedSchema(version);
  const found = schemaOf(db);
  const missing: string[] = [];
  for (const [table, columns] of Object.entries(expected.tables)) {
    const present = found.tables[table];
    if (!present) missing.push(table);
    else for (const column of columns) if (!present.includes(column)) missing.push(`${table}.${column}`);
  }
  for (const name of expected.others) if (!found.others.includes(name)) missing.push(name);
  return missing;
}
