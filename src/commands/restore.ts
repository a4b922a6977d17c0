import { resolve } from 'node:path';
import type { Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { t } from '../i18n/index.js';
import { printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { checkBackupFile, restoreLogbook } from '../store/sqlite/backup.js';
import { confirmOrStop } from './confirm.js';

// Restoring replaces the logbook file itself, which may be too damaged to open: it works
// on the file, not through the store.

export const run: Handler<typeof DECLARATIONS.restore> = async ([file], options, context) => {
  const from = resolve(file);
  const { logbook } = context;
  // Refused before anything is asked or touched.
  checkBackupFile(from);
  await confirmOrStop(context, options, t('restore.confirm', { from: sanitize(from), logbook: sanitize(logbook) }));
  const kept = restoreLogbook(from, logbook, context.clock());
  printMessage(t('restore.done', { path: sanitize(logbook) }));
  if (kept) printMessage(t('restore.kept', { path: sanitize(kept) }));
};
