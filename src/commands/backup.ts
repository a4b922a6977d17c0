import type { Command } from 'commander';
import { withStore } from '../context.js';
import { t } from '../i18n/index.js';
import { printLine, printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';

export async function run(command: Command): Promise<void> {
  const [file] = command.processedArgs as [string | undefined];
  const { force } = command.opts<{ force?: boolean }>();
  await withStore(command, async (store) => {
    const path = await store.backup(file ?? null, { replace: force === true });
    printMessage(t('backup.done'));
    printLine(sanitize(path));
  });
}
