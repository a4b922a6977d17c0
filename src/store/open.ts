import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { OpenOptions, Store } from './store.js';
import { startConnecting } from './pg/early.js';
import { displayUrl, isPostgresUrl } from './pg/url.js';

export { isPostgresUrl };

/** Where the logbook is: --db, else PLAINTE_DB, else $XDG_DATA_HOME/plainte/plainte.db
 * (~/.local/share/plainte/plainte.db when XDG_DATA_HOME is unset, per the XDG spec).
 * Without HOME (a bare cron job) there is no default to trust: a UserError says so, rather
 * than a guess at the home folder of whichever user runs it. A postgres:// or postgresql://
 * URL names a logbook on a PostgreSQL server, kept as given. */
export function logbookPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  // Given empty, they are a mistake (an unset shell variable), not a wish for the default.
  for (const [source, given] of [
    ['--db', option],
    ['PLAINTE_DB', env.PLAINTE_DB],
  ] as const) {
    if (given === undefined) continue;
    if (given.trim() === '') throw new UserError('store.emptyPath', { source });
    return isPostgresUrl(given) ? given : resolve(given);
  }
  if (env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')) return join(env.XDG_DATA_HOME, 'plainte', 'plainte.db');
  if (!env.HOME) throw new UserError('store.noHome');
  return join(env.HOME, '.local', 'share', 'plainte', 'plainte.db');
}

/** The logbook's location as it may be printed: a URL without its password. */
export function displayLocation(location: string): string {
  return isPostgresUrl(location) ? displayUrl(location) : location;
}

/** Why erased values may still be on disk: a SQLite reader's snapshot in the -wal, or, on
 * a server, old row versions until VACUUM FULL, which only the tables' owner may run. */
export function notScrubbed(location: string): 'erase.notScrubbed' | 'erase.pg.notScrubbed' {
  return isPostgresUrl(location) ? 'erase.pg.notScrubbed' : 'erase.notScrubbed';
}

/** Opens the logbook, creating it unless `create` is false (a database on a server exists
 * already: its tables are created on first use). Each driver is loaded only here, and only
 * the one the location names: a SQLite logbook never loads the PostgreSQL client. On a
 * server, `shop` is this machine's shop: recorded on the complaints it takes, and the one
 * its lists and reports read. */
export async function openStore(
  path: string,
  clock: () => Date,
  options: OpenOptions = {},
  shop: string | null = null,
): Promise<Store> {
  if (isPostgresUrl(path)) {
    // Begun before the client is loaded, the server's side of the connection overlaps it.
    const early = await startConnecting(path, process.env);
    const { openPgStore } = await import('./pg/index.js');
    return openPgStore(path, clock, shop, early);
  }
  // Lets the driver open a read-only logbook as `file:...?immutable=1` (read before the
  // driver loads). Our paths are always absolute, so none is mistaken for a URI.
  process.env.SQLITE_USE_URI ??= '1';
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(path, clock, options);
}

/** The code of a file system error, or undefined. */
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The nearest folder above `path` that exists (a missing logbook's folders are made then). */
function existingFolder(path: string): string {
  let folder = dirname(path);
  for (;;) {
    try {
      if (!statSync(folder).isDirectory()) throw new UserError('store.parentNotFolder', { path, folder });
      return folder;
    } catch (error) {
      if (error instanceof UserError || dirname(folder) === folder) throw error;
      if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ENOTDIR') throw error;
      folder = dirname(folder);
    }
  }
}

/**
 * Whether a command that writes can write the logbook at `path`, with the file system alone:
 * the file and its folder writable, or for a logbook not made yet, the folder it will be made
 * in. A UserError says what stands in the way. Cheap: the wizard checks it before its first
 * question, so that nobody types a customer's account into a logbook that cannot keep it.
 */
export function checkWritable(path: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ENOTDIR') throw error;
    const folder = existingFolder(path);
    try {
      accessSync(folder, constants.W_OK | constants.X_OK);
    } catch {
      throw new UserError('store.cannotCreate', { path, folder });
    }
    return;
  }
  if (stats.isDirectory()) throw new UserError('store.is_directory', { path });
  if (!stats.isFile()) throw new UserError('store.notAFile', { path });
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new UserError('store.readonly', { path });
  }
}
