import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { t } from '../i18n/index.js';
import { printLine, printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';

export const run: Handler<typeof DECLARATIONS.backup> = async ([file], { force }, context) => {
  await withStore(context, async (store) => {
    const path = await store.backup(file ?? null, { replace: force === true });
    printMessage(t('backup.done'));
    printLine(sanitize(path));
  });
};
