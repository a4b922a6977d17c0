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

/** The codes Node and SQLite give a failed file operation, as what they mean to a user. */
const FILE_PROBLEMS: Record<string, MessageKey> = {
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
};

/** A system or SQLite error code (ENOENT, SQLITE_IOERR_WRITE), or null. */
export function systemCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(E[A-Z]+|SQLITE_[A-Z_]+)$/.test(code) ? code : null;
}

/**
 * What went wrong with a file, in the user's words ("fichier ou dossier introuvable"): Node's
 * and SQLite's own messages ("ENOENT: no such file or directory, open …") are never shown. A
 * code without words of its own is named; an error without a code keeps its message.
 */
export function fileProblem(error: unknown): string {
  const code = systemCode(error);
  if (code === null) return error instanceof Error ? error.message : String(error);
  const key = FILE_PROBLEMS[code] ?? FILE_PROBLEMS[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')];
  return key ? t(key) : t('file.other', { code });
}
