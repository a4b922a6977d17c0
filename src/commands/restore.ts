import { resolve } from 'node:path';
import type { Context, Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { t } from '../i18n/index.js';
import { printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { displayLocation, isPostgresUrl } from '../store/open.js';
import { checkBackupFile, restoreLogbook } from '../store/sqlite/backup.js';
import { confirmOrStop } from './confirm.js';

// Restoring replaces the logbook file itself, which may be too damaged to open: it works
// on the file, not through the store.

type RestoreOptions = Parameters<Handler<typeof DECLARATIONS.restore>>[1];

/** On a server: the archive checked by pg_restore, what is there dumped beside it, then
 * pg_restore in one transaction. */
async function restoreOnServer(from: string, url: string, options: RestoreOptions, context: Context): Promise<void> {
  const { checkBackupArchive, restoreServer } = await import('../store/pg/backup.js');
  await checkBackupArchive(from, url);
  const shown = sanitize(displayLocation(url));
  await confirmOrStop(context, options, t('restore.pg.confirm', { from: sanitize(from), logbook: shown }));
  const kept = await restoreServer(from, url, context.clock());
  printMessage(t('restore.done', { path: shown }));
  printMessage(t('restore.kept', { path: sanitize(kept) }));
}

export const run: Handler<typeof DECLARATIONS.restore> = async ([file], options, context) => {
  const from = resolve(file);
  const { logbook } = context;
  if (isPostgresUrl(logbook)) return restoreOnServer(from, logbook, options, context);
  // Refused before anything is asked or touched.
  checkBackupFile(from);
  await confirmOrStop(context, options, t('restore.confirm', { from: sanitize(from), logbook: sanitize(logbook) }));
  const kept = restoreLogbook(from, logbook, context.clock());
  printMessage(t('restore.done', { path: sanitize(logbook) }));
  if (kept) printMessage(t('restore.kept', { path: sanitize(kept) }));
};
