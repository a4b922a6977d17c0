import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isoDay } from '../../domain/dates.js';
import { UserError } from '../../errors.js';
import type { MaintenanceStore } from '../store.js';
import { connect } from './connection.js';
import type { PgContext } from './context.js';
import { requireProgram, runTool } from './tools.js';
import { pgSettings, type PgSettings } from './url.js';

// Backups of a logbook on a server are pg_dump archives (custom format) of its schema:
// pg_dump reads one consistent snapshot while the counters keep writing. Restoring is
// pg_restore into the same database, in one transaction, after a dump of what was there.

/** 20261123-110000: local time, sorts by date, no character a file system refuses. */
function fileStamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDay(at).replaceAll('-', '')}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** Dumps the logbook's schema to `path` (private to its owner), through a temporary file
 * renamed into place once pg_dump finished and pg_restore could read it back. */
async function dump(settings: PgSettings, schema: string, path: string, replace: boolean): Promise<void> {
  if (!existsSync(dirname(path))) throw new UserError('backup.noFolder', { path: dirname(path) });
  if (!replace && existsSync(path)) throw new UserError('backup.exists', { path });
  const pgDump = requireProgram('pg_dump');
  const pgRestore = requireProgram('pg_restore');
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  closeSync(openSync(temp, 'wx', 0o600));
  chmodSync(temp, 0o600);
  try {
    const failed = (detail: string) => new UserError('backup.pg.failed', { detail });
    await runTool(
      pgDump,
      ['--format=custom', '--no-owner', '--no-privileges', `--schema=${schema}`, '-f', temp],
      settings,
      failed,
    );
    // The archive is trusted only once pg_restore has read its table of contents back.
    const contents = await runTool(pgRestore, ['--list', temp], settings, failed);
    if (!/TABLE DATA \S+ plainte_logbook /.test(contents)) throw failed('plainte_logbook');
    if (!replace && existsSync(path)) throw new UserError('backup.exists', { path });
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

export function maintenanceQueries(ctx: PgContext, url: string): MaintenanceStore {
  return {
    async backup(target, { replace }) {
      const path = resolve(target ?? `plainte-${fileStamp(new Date(ctx.now()))}.dump`);
      const schema = await ctx.value<string>('SELECT current_schema()');
      await dump(pgSettings(url, process.env), schema, path, replace);
      return path;
    },
  };
}

/** Checks that `from` is a pg_dump archive of a plainte logbook; refuses it otherwise. */
async function checkArchive(from: string, settings: PgSettings): Promise<void> {
  if (!existsSync(from)) throw new UserError('restore.missing', { path: from });
  const contents = await runTool(
    requireProgram('pg_restore'),
    ['--list', from],
    settings,
    (detail) => new UserError('restore.pg.notArchive', { path: from, detail }),
  );
  if (!/TABLE DATA \S+ plainte_logbook /.test(contents))
    throw new UserError('restore.pg.notArchive', { path: from, detail: 'plainte_logbook' });
}

/** Puts the archive `from` in place of the logbook at `url`, in one transaction (pg_restore
 * --single-transaction: all or nothing), after keeping what was there in a dump beside
 * `from`. Returns where that dump is. */
export async function restoreServer(from: string, url: string, at: Date): Promise<string> {
  const settings = pgSettings(url, process.env);
  const client = await connect(url, settings, null);
  const schema = (await client.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0].schema;
  await client.end();
  await checkArchive(from, settings);
  const kept = join(dirname(resolve(from)), `plainte-before-restore-${fileStamp(at)}.dump`);
  await dump(settings, schema, kept, false);
  await runTool(
    requireProgram('pg_restore'),
    ['--clean', '--if-exists', '--single-transaction', '--no-owner', '--no-privileges', '-d', settings.database, from],
    settings,
    (detail) => new UserError('restore.pg.failed', { detail }),
  );
  return kept;
}

/** Whether the archive is checkable before anything is asked. */
export async function checkBackupArchive(from: string, url: string): Promise<void> {
  await checkArchive(resolve(from), pgSettings(url, process.env));
}
