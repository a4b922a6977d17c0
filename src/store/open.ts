import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { OpenOptions, Store } from './store.js';

/** Where the logbook is: --db, else PLAINTE_DB, else $XDG_DATA_HOME/plainte/plainte.db
 * (~/.local/share/plainte/plainte.db when XDG_DATA_HOME is unset, per the XDG spec).
 * Without HOME (a bare cron job) there is no default to trust: a UserError says so, rather
 * than a guess at the home folder of whichever user runs it. */
export function logbookPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  // Given empty, they are a mistake (an unset shell variable), not a wish for the default.
  for (const [source, given] of [
    ['--db', option],
    ['PLAINTE_DB', env.PLAINTE_DB],
  ] as const) {
    if (given === undefined) continue;
    if (given.trim() === '') throw new UserError('store.emptyPath', { source });
    return resolve(given);
  }
  if (env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')) return join(env.XDG_DATA_HOME, 'plainte', 'plainte.db');
  if (!env.HOME) throw new UserError('store.noHome');
  return join(env.HOME, '.local', 'share', 'plainte', 'plainte.db');
}

/** Opens the logbook, creating it unless `create` is false. The SQLite driver is loaded
 * only here, so commands that never touch the logbook do not pay for it. */
export async function openStore(path: string, clock: () => Date, options: OpenOptions = {}): Promise<Store> {
  // Lets the driver open a read-only logbook as `file:...?immutable=1` (read before the
  // driver loads). Our paths are always absolute, so none is mistaken for a URI.
  process.env.SQLITE_USE_URI ??= '1';
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(path, clock, options);
}
