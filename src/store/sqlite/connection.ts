import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { newDatabase } from './driver.js';
import { UserError } from '../../errors.js';
import { APPLICATION_ID, SCHEMA_VERSION, migrate } from './migrations.js';
import { missingSchema } from './schema.js';

// How long a writer waits for another process (the counter, the owner, cron) to finish
// its transaction before giving up with a clear message.
const BUSY_TIMEOUT_MS = 10_000;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

interface Header {
  applicationId: number;
  userVersion: number;
}

/** Reads the 100-byte SQLite header without opening the database, so that a file which
 * is not ours is refused before SQLite could touch it (WAL, -shm files, migrations). */
function readHeader(path: string, size: number): Header {
  if (size < 100) throw new UserError('store.not_sqlite', { path });
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw new UserError('store.not_sqlite', { path });
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

function ownershipProblem(header: Header): 'foreign' | 'too_new' | null {
  if (header.applicationId !== APPLICATION_ID) return 'foreign';
  return header.userVersion > SCHEMA_VERSION ? 'too_new' : null;
}

function checkOwnership(path: string, header: Header): void {
  const problem = ownershipProblem(header);
  if (problem === 'foreign') throw new UserError('store.foreign', { path });
  if (problem === 'too_new')
    throw new UserError('store.too_new', { path, found: header.userVersion, known: SCHEMA_VERSION });
}

/** Creates the folder (0700) and an empty file (0600): the logbook holds personal data. */
function createEmptyFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(path, 'wx', 0o600));
    chmodSync(path, 0o600);
  } catch (error) {
    // Another process created it first: fine, it is checked like any existing file.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** SQLite's rollback journal starts with these 8 bytes; bytes 16-19 hold how many pages
 * the file had before the transaction (https://sqlite.org/fileformat.html#the_rollback_journal). */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

/** Whether `path` is a logbook whose creation was cut short (the process killed while the
 * schema was being written): a hot journal beside it says the file was empty before. The
 * file then holds SQLite pages without our mark, and would be refused as foreign. */
function interruptedCreation(path: string): boolean {
  const journal = Buffer.alloc(20);
  let fd: number;
  try {
    fd = openSync(`${path}-journal`, 'r');
  } catch {
    return false;
  }
  try {
    if (readSync(fd, journal, 0, 20, 0) < 20) return false;
  } finally {
    closeSync(fd);
  }
  return journal.subarray(0, 8).equals(JOURNAL_MAGIC) && journal.readUInt32BE(16) === 0;
}

/** Lets SQLite roll the interrupted creation back, which leaves the file empty again. */
function rollBackCreation(path: string): void {
  const db = newDatabase(path, { fileMustExist: true });
  try {
    db.pragma('schema_version');
  } finally {
    db.close();
  }
}

function sizeOf(path: string): number | null {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UserError('store.is_directory', { path });
    // A device (/dev/null) or a pipe is no logbook, and SQLite would create its journal
    // beside it (/dev/null-journal).
    if (!stats.isFile()) throw new UserError('store.notAFile', { path });
    return stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Refuses (UserError, nothing written) a logbook that lacks part of the schema of its version. */
function checkSchema(path: string, db: Database.Database, version: number): void {
  const missing = missingSchema(db, version);
  if (missing.length > 0)
    throw new UserError('store.schema', { path, version, missing: missing.slice(0, 5).join(', ') });
}

/** Whether this process may write the file and create its -wal/-shm companions beside it. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return writableFolder(path);
  } catch {
    return false;
  }
}

function writableFolder(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A logbook this process cannot write (read-only file, folder or medium) is still opened
 * for reading, so `list`, `show`, `due` and `report` keep working; writes then fail with
 * SQLITE_READONLY, which the command line explains. */
function openReadOnly(path: string): Database.Database {
  // Reading a WAL logbook needs its -shm file; in a folder we cannot write, SQLite can only
  // read a fully checkpointed file (no -wal beside it) opened as immutable.
  const frozen = !existsSync(`${path}-wal`) && !existsSync(`${path}-shm`) && !writableFolder(path);
  const name = frozen ? `file:${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}?immutable=1` : path;
  const db = newDatabase(name, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    checkOwnership(path, { applicationId: db.pragma('application_id', { simple: true }) as number, userVersion });
    // An older logbook needs a migration, which needs to write.
    if (userVersion < SCHEMA_VERSION) throw new UserError('store.readonly', { path });
    checkSchema(path, db, userVersion);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens the logbook at `path`, creating it when `create` is set (commands that write only:
 * a read command given a mistyped path must say so, not make an empty logbook there). A
 * file that is not SQLite, an SQLite file of another program, or a logbook from a newer
 * plainte is refused and left byte-for-byte as it was.
 */
export function openDatabase(path: string, { create }: { create: boolean }): Database.Database {
  let size = sizeOf(path);
  if (size === null) {
    if (!create) throw new UserError('store.missing', { path });
    createEmptyFile(path);
    size = 0;
  } else if (size > 0 && interruptedCreation(path)) {
    rollBackCreation(path);
    size = sizeOf(path) ?? 0;
  }
  const isNew = size === 0;
  if (!isNew) checkOwnership(path, readHeader(path, size));
  if (!isNew && !writable(path)) return openReadOnly(path);

  const db = newDatabase(path, { fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    let userVersion = SCHEMA_VERSION;
    if (!isNew) {
      // The header on disk may lag behind a write-ahead log: ask SQLite too.
      userVersion = db.pragma('user_version', { simple: true }) as number;
      checkOwnership(path, { applicationId: db.pragma('application_id', { simple: true }) as number, userVersion });
      // Before anything is written (WAL mode, a migration building on it).
      checkSchema(path, db, userVersion);
    }
    db.pragma('foreign_keys = ON');
    // A new file gets its schema (and its application_id in the header) before WAL is
    // switched on, so the main file is marked as ours from its very first write.
    if (isNew) migrate(db);
    db.pragma('journal_mode = WAL');
    // FULL: a power cut right after a commit keeps it; the cost is one fsync per write.
    db.pragma('synchronous = FULL');
    if (!isNew) migrate(db);
    if (userVersion < SCHEMA_VERSION) checkSchema(path, db, SCHEMA_VERSION);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** What a file offered as a logbook (a backup to restore, a copy just made) turned out to be. */
export type LogbookFileCheck =
  | { ok: true }
  | { ok: false; problem: 'missing' | 'not_sqlite' | 'foreign' | 'too_new' | 'damaged' | 'schema'; detail: string };

const SIDE_FILES = ['-wal', '-shm'];

/** Runs `work` on a read-only connection to `path`. Such a connection to a WAL-mode file
 * creates empty -wal and -shm files it cannot remove: those it created are removed, so
 * that reading a file leaves its folder as it was. */
export function withReadOnly<T>(path: string, work: (db: Database.Database) => T): T {
  const existing = SIDE_FILES.filter((suffix) => sizeOf(path + suffix) !== null);
  const db = newDatabase(path, { readonly: true, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
    for (const suffix of SIDE_FILES) {
      if (!existing.includes(suffix) && sizeOf(path + suffix) === 0) rmSync(path + suffix, { force: true });
    }
  }
}

/**
 * Checks, without changing a byte of it, that `path` is a sound plainte logbook this
 * version can open: SQLite, marked as ours, schema not newer, `integrity_check` ok, every
 * table, column, index and trigger of its version there. The same checks as `openDatabase`,
 * plus integrity: a backup is trusted only after them.
 */
export function checkLogbookFile(path: string): LogbookFileCheck {
  const size = sizeOf(path);
  if (size === null) return { ok: false, problem: 'missing', detail: '' };
  const problem = (header: Header): LogbookFileCheck | null => {
    const found = ownershipProblem(header);
    return found ? { ok: false, problem: found, detail: `${header.userVersion}` } : null;
  };
  let onDisk: Header;
  try {
    onDisk = readHeader(path, size);
  } catch {
    return { ok: false, problem: 'not_sqlite', detail: '' };
  }
  const refused = problem(onDisk);
  if (refused) return refused;
  try {
    return withReadOnly(path, (db) => {
      // The header on disk may lag behind a write-ahead log: ask SQLite too.
      const live: Header = {
        applicationId: db.pragma('application_id', { simple: true }) as number,
        userVersion: db.pragma('user_version', { simple: true }) as number,
      };
      const liveProblem = problem(live);
      if (liveProblem) return liveProblem;
      const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
        (row) => row.integrity_check,
      );
      if (integrity.length !== 1 || integrity[0] !== 'ok')
        return { ok: false, problem: 'damaged', detail: integrity.slice(0, 3).join('; ') };
      const missing = missingSchema(db, live.userVersion);
      if (missing.length > 0) return { ok: false, problem: 'schema', detail: missing.slice(0, 5).join(', ') };
      return { ok: true };
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code))
      return { ok: false, problem: 'damaged', detail: (error as Error).message };
    throw error;
  }
}
