import { mayAsk } from '../context.js';
import { EXIT, Exit, UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { printMessage } from '../render/output.js';

/** Options of the commands that erase or replace data. */
export interface ConfirmOptions {
  yes?: boolean;
  input?: boolean;
}

/**
 * Goes on when --yes was given or the user answers yes at the terminal. Without a terminal
 * (cron, a script) nothing destructive happens unless --yes says so explicitly.
 */
export async function confirmOrStop(options: ConfirmOptions, question: string): Promise<void> {
  if (options.yes) return;
  if (!mayAsk(options)) throw new UserError('confirm.needYes');
  // Loaded only to ask: the prompts barrel (700 kB bundled, with an editor and its charset
  // tables) is not read by `forget --yes` in a script.
  const { confirm } = await import('@inquirer/prompts');
  let answer: boolean;
  try {
    answer = await confirm({ message: question, default: false }, { output: process.stderr });
  } catch (error) {
    // Ctrl-C or a closed terminal at the question.
    if ((error as Error).name === 'ExitPromptError') throw new Exit(EXIT.interrupted);
    throw error;
  }
  if (!answer) {
    printMessage(t('confirm.cancelled'));
    throw new Exit(EXIT.error);
  }
}
