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
