import type { Context } from '../context.js';
import { EXIT, Exit, UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { askFor } from '../prompts/ask.js';
import { printMessage } from '../render/output.js';

/** Options of the commands that erase or replace data. */
interface ConfirmOptions {
  yes?: boolean;
  input: boolean;
}

/**
 * Goes on when --yes was given or the user answers yes at the terminal. Without a terminal
 * (cron, a script) nothing destructive happens unless --yes says so explicitly.
 */
export async function confirmOrStop(context: Context, options: ConfirmOptions, question: string): Promise<void> {
  if (options.yes) return;
  const ask = askFor(context, options);
  if (!ask.interactive) throw new UserError('confirm.needYes');
  if (!(await ask.confirm({ message: question, default: false }))) {
    printMessage(t('confirm.cancelled'));
    throw new Exit(EXIT.error);
  }
}
