import type { PendingErasure, Scrub } from '../store.js';
import type { SqliteContext } from './context.js';

// An erasure (forget, purge) is two steps: the transaction that erases the values, then the
// clean-up of the files, where SQLite may still hold them (freed space, old pages in the
// write-ahead log). The first step also leaves a mark (erasures_to_finish), which only a
// complete clean-up removes: if the second step is cut short (a kill, a full disk, a reader
// holding an old snapshot), the next command that opens the logbook finishes it.

// When another program holds the logbook at open, the clean-up is left to a later command
// rather than holding up this one for the whole busy timeout.
const OPEN_BUSY_TIMEOUT_MS = 2000;

/** Records, inside the erasing transaction, that its clean-up is still to do. */
export function markErasure(ctx: SqliteContext): void {
  ctx.statement('INSERT INTO erasures_to_finish (at) VALUES (?)').run(ctx.now());
}

/** Copies the WAL into the file and empties it; false when a reader kept an old snapshot. */
function emptyWal(ctx: SqliteContext): boolean {
  const [result] = ctx.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}

/** Runs `work` with another busy timeout, and puts the connection's back. */
function waiting<T>(ctx: SqliteContext, ms: number, work: () => T): T {
  const timeout = ctx.db.pragma('busy_timeout', { simple: true }) as number;
  ctx.db.pragma(`busy_timeout = ${ms}`);
  try {
    return work();
  } finally {
    ctx.db.pragma(`busy_timeout = ${timeout}`);
  }
}

function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/**
 * Overwrites what was erased wherever SQLite may still hold it: VACUUM rebuilds every page
 * from live rows (leftovers of earlier edits, old index entries, free pages); the TRUNCATE
 * checkpoint copies the result into the file and empties the WAL, which held the old page
 * versions. The WAL is emptied first too: on a nearly full disk its space is what VACUUM
 * needs. The mark goes last, with secure_delete on, and the WAL is emptied again of that.
 */
export function scrubFiles(ctx: SqliteContext): Scrub {
  const { db } = ctx;
  db.pragma('secure_delete = ON');
  // The rebuilt copy stays in memory rather than in a temporary file.
  db.pragma('temp_store = MEMORY');
  try {
    // Only for the room it gives: not worth waiting for a reader.
    waiting(ctx, 0, () => emptyWal(ctx));
    db.exec('VACUUM');
    if (!emptyWal(ctx)) return 'busy';
    ctx.write(() => ctx.statement('DELETE FROM erasures_to_finish').run());
    emptyWal(ctx);
    return 'done';
  } catch (error) {
    const code = sqliteCode(error);
    if (code === null) throw error;
    // A VACUUM that ran out of room leaves the WAL as long as it got: give that space back.
    try {
      emptyWal(ctx);
    } catch {
      // The outcome below is what matters; the mark stays for the next command.
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
    return code === 'SQLITE_FULL' ? 'full' : 'failed';
  }
}

/** At open: finishes an erasure whose clean-up was cut short, if there is one. */
export function finishPendingErasure(ctx: SqliteContext): PendingErasure {
  let pending: boolean;
  try {
    pending = ctx.statement('SELECT EXISTS (SELECT 1 FROM erasures_to_finish)').pluck().get() === 1;
  } catch (error) {
    // A damaged file: `doctor` reports the damage, every other command fails on it.
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(sqliteCode(error) ?? '')) return 'none';
    throw error;
  }
  if (!pending) return 'none';
  if (ctx.db.readonly) return 'readonly';
  const scrub = waiting(ctx, OPEN_BUSY_TIMEOUT_MS, () => scrubFiles(ctx));
  return scrub === 'done' ? 'finished' : scrub;
}
