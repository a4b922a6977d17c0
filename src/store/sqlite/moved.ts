import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { UserError } from '../../errors.js';

// A logbook deleted or replaced while a command has it open: on Linux the command goes on
// writing to the old file, now nameless, and SQLite (in WAL mode) does not notice. What it
// wrote is lost with that file, so the command must not end as if all went well.

interface Opened {
  /** Null when the file was already gone by the time it was looked at. */
  file: { dev: number; ino: number } | null;
  /** Rows changed by this connection when it was opened (migrations of a new file included). */
  changes: number;
}

function changes(db: Database.Database): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

function identity(path: string): Opened['file'] {
  try {
    const { dev, ino } = statSync(path);
    return { dev, ino };
  } catch {
    return null;
  }
}

export function rememberOpened(path: string, db: Database.Database): Opened {
  return { file: identity(path), changes: changes(db) };
}

/** Throws when this connection wrote and `path` is no longer the file it opened. Reads
 * are left alone: what they showed was true of the file when they ran. */
export function checkStillThere(path: string, db: Database.Database, opened: Opened): void {
  if (changes(db) === opened.changes) return;
  const now = identity(path);
  const same = now !== null && opened.file !== null && now.dev === opened.file.dev && now.ino === opened.file.ino;
  if (!same) throw new UserError('store.moved', { path });
}
