import type { SqliteContext } from './context.js';
import { WORDS_OF_COMPLAINTS, firstReceivedOf } from './migrations.js';

// How an import runs around its rows: the statement journal in memory meanwhile, and what it
// puts off until after them (indexes, search words, customers' first complaints), inside its
// transaction: SQLite then does in one pass what it would otherwise do at each row. Rolled
// back (a bad row, a dry run, a crash), none of it happened, and other readers (WAL) never
// see the logbook without them.

/**
 * Runs `work` with SQLite's temporary files in memory. A multi-row INSERT that fails
 * half-way must be undone alone (foreign keys make every one of them able to fail), so
 * SQLite copies each page it changes to a statement journal, which past 64 KiB goes to a
 * temporary file: a write per page, most of the system time of a large import. Only
 * the statement journal is concerned (no temporary table is used), and the transaction's
 * own rollback journal, the write-ahead log, is untouched.
 */
export function withJournalInMemory<T>(ctx: SqliteContext, work: () => T): T {
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
export function withIndexesBuiltAfter<T>(ctx: SqliteContext, work: () => T): T {
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
export function withWordsIndexedAfter<T>(ctx: SqliteContext, maxComplaint: number, work: () => T): T {
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

/**
 * Runs `work` with the trigger that keeps each customer's first complaint dropped, then
 * sets it once for the customers of the complaints added (ids above `maxComplaint`): kept,
 * it would update the customer at each complaint added. Inside the import's transaction.
 */
export function withFirstComplaintsAfter<T>(ctx: SqliteContext, maxComplaint: number, work: () => T): T {
  const trigger = ctx.db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'customers_first_on_insert'")
    .pluck()
    .get() as string | undefined;
  if (trigger === undefined) return work();
  ctx.db.exec('DROP TRIGGER customers_first_on_insert');
  const result = work();
  ctx.db
    .prepare(
      `UPDATE customers SET first_received_at = ${firstReceivedOf('customers.id')}
       WHERE id IN (SELECT customer_id FROM complaints WHERE id > ?)`,
    )
    .run(maxComplaint);
  ctx.db.exec(trigger);
  return result;
}
