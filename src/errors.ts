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

/** The codes Node and SQLite give a failed file or network operation, as what they mean to a user. */
const SYSTEM_PROBLEMS: Record<string, MessageKey> = {
  ENOENT: 'file.missing',
  EACCES: 'file.denied',
  EPERM: 'file.denied',
  SQLITE_PERM: 'file.denied',
  SQLITE_AUTH: 'file.denied',
  EISDIR: 'file.isDirectory',
  ENOTDIR: 'file.notDirectory',
  EROFS: 'file.readOnly',
  SQLITE_READONLY: 'file.readOnly',
  ENOSPC: 'file.full',
  SQLITE_FULL: 'file.full',
  EDQUOT: 'file.quota',
  EFBIG: 'file.tooBig',
  EIO: 'file.io',
  SQLITE_IOERR: 'file.io',
  EEXIST: 'file.exists',
  EMFILE: 'file.tooMany',
  ENFILE: 'file.tooMany',
  ENAMETOOLONG: 'file.nameTooLong',
  ELOOP: 'file.loop',
  EBUSY: 'file.busy',
  ETXTBSY: 'file.busy',
  SQLITE_CANTOPEN: 'file.cannotOpen',
  ENXIO: 'file.noDevice',
  ENODEV: 'file.noDevice',
  ECONNREFUSED: 'net.refused',
  ENOTFOUND: 'net.unknownHost',
  EAI_AGAIN: 'net.unknownHost',
  ETIMEDOUT: 'net.timeout',
  ECONNRESET: 'net.reset',
  EHOSTUNREACH: 'net.unreachable',
  ENETUNREACH: 'net.unreachable',
};

/** A system or SQLite error code (ENOENT, SQLITE_IOERR_WRITE), or null. */
export function systemCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(E[A-Z_]+|SQLITE_[A-Z_]+)$/.test(code) ? code : null;
}

/**
 * What went wrong with a file or a connection, in the user's words ("fichier ou dossier
 * introuvable"): Node's and SQLite's own messages ("ENOENT: no such file or directory, open …")
 * are never shown. A code without words of its own is named; an error without a code keeps
 * its message.
 */
export function systemProblem(error: unknown): string {
  const code = systemCode(error);
  if (code === null) return error instanceof Error ? error.message : String(error);
  const key = SYSTEM_PROBLEMS[code] ?? SYSTEM_PROBLEMS[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')];
  return key ? t(key) : t('file.other', { code });
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
  ENOTDIR: 'write.underFile',
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
  return new UserError(writeProblem(error) ?? 'write.other', { path, detail: systemProblem(error) });
}
