import {
  chmodSync,
  copyFileSync,
  constants,
  existsSync,
  linkSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { newDatabase } from './driver.js';
import { isoDay } from '../../domain/dates.js';
import { UserError, isWriteProblem, writeFailure } from '../../errors.js';
import type { MessageKey } from '../../i18n/index.js';
import { privateTempFile, removeLeftovers, removeWithSideFiles, syncToDisk } from '../files.js';
import type { MaintenanceStore } from '../store.js';
import { checkLogbookFile, withReadOnly, type LogbookFileCheck } from './connection.js';
import type { SqliteContext } from './context.js';

// Backups are whole SQLite files, checked before they are trusted: `backup` copies the
// live logbook with SQLite's online backup API, `restore` puts one back in its place.

/** 20261123-110000: local time, sorts by date, no character a file system refuses. */
function fileStamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDay(at).replaceAll('-', '')}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** One backup step copies every page: one read transaction, so the copy is a consistent
 * snapshot and is never restarted by the writes of other processes meanwhile. */
const ALL_PAGES = 0x7fffffff;

const CHECK_MESSAGES: Record<Exclude<LogbookFileCheck, { ok: true }>['problem'], MessageKey> = {
  missing: 'restore.missing',
  not_sqlite: 'restore.notSqlite',
  foreign: 'restore.foreign',
  too_new: 'restore.tooNew',
  damaged: 'restore.damaged',
  schema: 'restore.schema',
};

/** Refuses (UserError) a file that is not a sound plainte logbook this version can open. */
export function checkBackupFile(path: string): void {
  // Named as the backup given, not as the logbook of --db.
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats && !stats.isFile()) throw new UserError('restore.notAFile', { path });
  const check = checkLogbookFile(path);
  if (!check.ok) throw new UserError(CHECK_MESSAGES[check.problem], { path, detail: check.detail });
}

/** Puts the finished `temp` at `target`: replaces it, or refuses if it appeared meanwhile. */
function moveIntoPlace(temp: string, target: string, replace: boolean): void {
  if (replace) return renameSync(temp, target);
  try {
    // A hard link fails if the target exists, where a rename would silently replace it.
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError('backup.exists', { path: target });
    // File systems without hard links (a FAT memory stick): check, then rename.
    if (existsSync(target)) throw new UserError('backup.exists', { path: target });
    return renameSync(temp, target);
  }
  rmSync(temp);
}

export function maintenanceQueries(ctx: SqliteContext): MaintenanceStore {
  return {
    async backup(target, { replace }) {
      const logbook = ctx.db.name;
      const path = resolve(target ?? join(dirname(logbook), `plainte-${fileStamp(new Date(ctx.now()))}.db`));
      if (path === resolve(logbook)) throw new UserError('backup.same', { path });
      if (!existsSync(dirname(path))) throw new UserError('backup.noFolder', { path: dirname(path) });
      if (!replace && existsSync(path)) throw new UserError('backup.exists', { path });
      // What a backup killed before left there: a partial copy of personal data.
      removeLeftovers(dirname(path));
      let temp: string | null = null;
      try {
        temp = privateTempFile(path);
        await ctx.db.backup(temp, { progress: () => ALL_PAGES });
        // The copy carries the logbook's WAL flag; a backup is better as one self-contained
        // file, with no -wal or -shm beside it.
        const copy = newDatabase(temp, { fileMustExist: true });
        copy.pragma('journal_mode = DELETE');
        copy.close();
        syncToDisk(temp);
        const check = checkLogbookFile(temp);
        if (!check.ok) throw new UserError('backup.unsound', { path, detail: check.detail || check.problem });
        moveIntoPlace(temp, path, replace);
        syncToDisk(path);
        return path;
      } catch (error) {
        // The copy's side failed (a full disk, say): that file is named, not the logbook.
        throw isWriteProblem(error) ? writeFailure(path, error) : error;
      } finally {
        if (temp !== null) removeWithSideFiles(temp);
      }
    },
  };
}

/** Folds the WAL into the logbook file and switches it out of WAL mode, so that the file
 * alone holds everything and no -wal is left to be applied to another file. Fails with
 * `restore.busy` while another program has the logbook open. */
function quiesce(logbook: string): void {
  const db = newDatabase(logbook, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 2000');
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Leaving WAL mode needs the only connection: this is what says nobody else uses it.
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete')
      throw new UserError('restore.busy', { path: logbook });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') throw new UserError('restore.busy', { path: logbook });
    throw error;
  } finally {
    db.close();
  }
}

/** Keeps the current logbook beside it under a dated name, while it stays in place. */
function keepPrevious(logbook: string, at: Date): string {
  const kept = `${logbook}.before-restore-${fileStamp(at)}`;
  if (existsSync(kept)) throw new UserError('restore.keptExists', { path: kept });
  try {
    linkSync(logbook, kept);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError('restore.keptExists', { path: kept });
    copyFileSync(logbook, kept, constants.COPYFILE_EXCL);
  }
  chmodSync(kept, 0o600);
  return kept;
}

/**
 * Puts the checked backup `from` in place of `logbook`, and returns where the previous
 * logbook was kept (null when there was none). The new file is written beside the logbook
 * and renamed over it, so the logbook is always either the old file or the new one.
 */
export function restoreLogbook(from: string, logbook: string, at: Date): string | null {
  if (resolve(from) === resolve(logbook)) throw new UserError('restore.same', { path: logbook });
  const current = checkLogbookFile(logbook);
  const exists = current.ok || current.problem !== 'missing';
  if (!current.ok && (current.problem === 'not_sqlite' || current.problem === 'foreign')) {
    throw new UserError('restore.currentForeign', { path: logbook });
  }
  // A damaged logbook cannot be checkpointed: its -wal is kept aside with it instead.
  const damaged = !current.ok && current.problem === 'damaged';
  if (exists && !damaged) quiesce(logbook);
  mkdirSync(dirname(logbook), { recursive: true, mode: 0o700 });
  // What a restore killed before left there: a partial copy of personal data.
  removeLeftovers(dirname(logbook));
  let temp: string | null = null;
  try {
    temp = privateTempFile(logbook);
    // VACUUM INTO reads a consistent snapshot (with the backup's own -wal, if it has one)
    // into a fresh file.
    withReadOnly(from, (db) => db.prepare('VACUUM INTO ?').run(temp));
    syncToDisk(temp);
    const kept = exists ? keepPrevious(logbook, at) : null;
    if (kept && damaged && existsSync(`${logbook}-wal`)) renameSync(`${logbook}-wal`, `${kept}-wal`);
    rmSync(`${logbook}-wal`, { force: true });
    rmSync(`${logbook}-shm`, { force: true });
    renameSync(temp, logbook);
    syncToDisk(logbook);
    return kept;
  } catch (error) {
    throw isWriteProblem(error) ? writeFailure(logbook, error) : error;
  } finally {
    if (temp !== null) removeWithSideFiles(temp);
  }
}
