import { has, t, type MessageKey, type Params } from './i18n/index.js';

/** The exit codes every command uses (README, "Exit codes"). */
export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  due: 3,
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem the user can fix: printed as one translated line, never with a stack. */
export class UserError extends Error {
  readonly exitCode: ExitCode;
  constructor(key: MessageKey, params?: Params, exitCode: ExitCode = EXIT.error) {
    super(t(key, params));
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** Raised from code that must stop the program with a given code, after saying what it had to. */
export class Exit extends Error {
  constructor(readonly exitCode: ExitCode) {
    super(`exit ${exitCode}`);
    this.name = 'Exit';
  }
}

/** Ctrl-C or a closed terminal at a question: the run ends with 130, what was saved stays saved. */
export class Interrupted extends Exit {
  constructor() {
    super(EXIT.interrupted);
    this.name = 'Interrupted';
  }
}

/** System and SQLite codes of a failed write, as what a user can do about it. SQLite's
 * extended codes (SQLITE_IOERR_WRITE) are found by their primary code. */
const WRITE_PROBLEMS: Record<string, MessageKey> = {
  ENOSPC: 'write.full',
  SQLITE_FULL: 'write.full',
  EDQUOT: 'write.quota',
  EFBIG: 'write.tooBig',
  EROFS: 'write.readOnly',
  SQLITE_READONLY: 'write.readOnly',
  EACCES: 'write.denied',
  EPERM: 'write.denied',
  SQLITE_CANTOPEN: 'write.denied',
  EIO: 'write.io',
  SQLITE_IOERR: 'write.io',
  ENOENT: 'write.noFolder',
  ENOTDIR: 'write.noFolder',
};

function writeProblem(error: unknown): MessageKey | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  return WRITE_PROBLEMS[code] ?? WRITE_PROBLEMS[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')] ?? null;
}

/** Whether `error` is a file that could not be written (full disk, no right, disk error...). */
export function isWriteProblem(error: unknown): boolean {
  return writeProblem(error) !== null;
}

/** Writing `path` failed with `error`: one line naming the file and what happened. */
export function writeFailure(path: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  return new UserError(writeProblem(error) ?? 'write.other', { path, detail: failureText(error) });
}

// What went wrong with a file or a connection, in the user's language: Node, V8's JSON reader and the CSV
// reader say it in English ("ENOENT: no such file or directory, open 'x'"), which would
// leak into French messages.

/** The text of `error` as a user reads it: a system error by its code, JSON's by where it
 * stops, CSV's by its kind, else its own message. */
export function failureText(error: unknown): string {
  const { code, syscall, message = String(error) } = error as { code?: unknown; syscall?: unknown; message?: string };
  if (typeof code === 'string' && typeof syscall === 'string') {
    const key = `failure.${code}`;
    return has(key) ? t(key) : t('failure.system', { code });
  }
  if (error instanceof SyntaxError && message.includes('JSON')) {
    if (message.includes('end of JSON')) return t('failure.jsonEnd');
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined ? t('failure.json') : t('failure.jsonAt', { position });
  }
  if (typeof code === 'string' && /^(CSV_)?INVALID_(OPENING|CLOSING)_QUOTE$|^CSV_QUOTE_NOT_CLOSED$/.test(code))
    return t('failure.csvQuote');
  if (typeof code === 'string' && code.startsWith('CSV_')) return t('failure.csv');
  return message;
}
