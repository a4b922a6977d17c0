import { CommanderError } from 'commander';
import { EXIT, Exit, systemProblem, systemCode, UserError, writeFailure, type ExitCode } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { printMessage } from './output.js';
import { placeholderLabel, placeholders } from './placeholders.js';
import { sanitize } from '../format/sanitize.js';

// How a failed command is told to the user: one or two translated lines on stderr, and the
// exit code of the README's "Exit codes" (2 for usage, 1 for the rest). A stack only with PLAINTE_DEBUG=1.

const USAGE_MESSAGES: Record<string, MessageKey> = {
  'commander.unknownCommand': 'usage.unknownCommand',
  'commander.unknownOption': 'usage.unknownOption',
  'commander.missingArgument': 'usage.missingArgument',
  'commander.optionMissingArgument': 'usage.optionMissingArgument',
  'commander.excessArguments': 'usage.excessArguments',
};

function usageError(error: CommanderError): ExitCode {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
  // `plainte help due` printed due's help (exit 0); `plainte` alone, the help on stderr.
  if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  // Commander's own words are English: what it says beyond these is named, not quoted.
  const key = USAGE_MESSAGES[error.code] ?? 'usage.invalid';
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  // The missing argument (`id`) and an option's placeholder (`--db <path>`) as the help names them.
  const name = error.code === 'commander.missingArgument' ? placeholderLabel(quoted) : placeholders(quoted);
  const message = t(key, { name: sanitize(name) });
  printMessage(`${t('error.prefix')} ${message} ${t('error.usage.hint')}`);
  return EXIT.usage;
}

// SQLite's own codes for problems with the file itself, as messages a user can act on.
const SQLITE_MESSAGES: [RegExp, MessageKey][] = [
  [/^SQLITE_BUSY/, 'store.busy'],
  [/^SQLITE_READONLY/, 'store.readonly'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'store.corrupt'],
  [/^SQLITE_FULL/, 'store.full'],
  [/^SQLITE_IOERR/, 'store.io'],
  [/^SQLITE_(CANTOPEN|PERM|AUTH)/, 'store.cannot_open'],
];

/** Says what went wrong in one or two lines and returns the exit code. `logbook` is the
 * file the command worked on, named by messages about it; `debug` adds the stack of an
 * unexpected error (PLAINTE_DEBUG=1). */
export function reportError(error: unknown, logbook: string | null, debug: boolean): ExitCode {
  if (error instanceof Exit) return error.exitCode;
  if (error instanceof CommanderError) return usageError(error);
  // Messages may quote what the user typed (a number, a date, a path): made safe whole.
  if (error instanceof UserError) {
    printMessage(`${t('error.prefix')} ${sanitize(error.message, { multiline: true })}`);
    return error.exitCode;
  }
  const code = systemCode(error);
  const path = logbook ?? '';
  const detail = systemProblem(error);
  const known = code === null ? undefined : SQLITE_MESSAGES.find(([pattern]) => pattern.test(code));
  // A file other than the logbook (a backup's, an export's) is named as such; a disk problem
  // met there says what to do about it.
  const file = (error as { path?: unknown }).path;
  const diskProblem = code !== null && ['ENOSPC', 'EDQUOT', 'EFBIG', 'EIO', 'EROFS'].includes(code);
  if (known) {
    printMessage(`${t('error.prefix')} ${t(known[1], { path: sanitize(path), detail: sanitize(detail) })}`);
  } else if (typeof file === 'string' && file !== path && diskProblem) {
    printMessage(`${t('error.prefix')} ${sanitize(writeFailure(file, error).message)}`);
  } else if (code !== null && typeof file === 'string' && file !== path) {
    printMessage(`${t('error.prefix')} ${t('file.failed', { path: sanitize(file), problem: sanitize(detail) })}`);
  } else if (code !== null) {
    printMessage(`${t('error.prefix')} ${t('store.cannot_open', { path: sanitize(path), detail: sanitize(detail) })}`);
  } else {
    printMessage(`${t('error.prefix')} ${t('error.unexpected', { message: sanitize(detail) })}`);
  }
  if (debug && error instanceof Error) printMessage(error.stack ?? '');
  return EXIT.error;
}
