import { resolve } from 'node:path';
import type { Command } from 'commander';
import { clockFrom, globals } from '../context.js';
import { t } from '../i18n/index.js';
import { printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { logbookPath } from '../store/open.js';
import { checkBackupFile, restoreLogbook } from '../store/sqlite/backup.js';
import { confirmOrStop, type ConfirmOptions } from './confirm.js';

// Restoring replaces the logbook file itself, which may be too damaged to open: it works
// on the file, not through the store.

export async function run(command: Command): Promise<void> {
  const [file] = command.processedArgs as [string];
  const from = resolve(file);
  const logbook = logbookPath(globals(command).db, process.env);
  // Refused before anything is asked or touched.
  checkBackupFile(from);
  await confirmOrStop(
    command.opts<ConfirmOptions>(),
    t('restore.confirm', { from: sanitize(from), logbook: sanitize(logbook) }),
  );
  const kept = restoreLogbook(from, logbook, clockFrom(process.env)());
  printMessage(t('restore.done', { path: sanitize(logbook) }));
  if (kept) printMessage(t('restore.kept', { path: sanitize(kept) }));
}
