import { failureText } from './format/failure.js';
import { t, type MessageKey, type Params } from './i18n/index.js';

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
