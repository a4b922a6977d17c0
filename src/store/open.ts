import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { OpenOptions, Store } from './store.js';
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
    const { openPgStore } = await import('./pg/index.js');
    return openPgStore(path, clock, shop);
  }
  // Lets the driver open a read-only logbook as `file:...?immutable=1` (read before the
  // driver loads). Our paths are always absolute, so none is mistaken for a URI.
  process.env.SQLITE_USE_URI ??= '1';
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(path, clock, options);
}
