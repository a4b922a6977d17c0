import type { Command } from 'commander';
import { callbackRules, type CallbackRules } from './domain/hours.js';
import { logbookPath, openStore } from './store/open.js';
import type { SettingsStore, Store } from './store/store.js';

// What every command needs from the command line and the environment: the logbook, the
// clock, whether it may ask questions.

export interface GlobalOptions {
  db?: string;
  lang?: string;
  color: boolean;
}

/** The logbook in use, for error messages that name it. */
let currentPath: string | null = null;

export function currentLogbook(): string | null {
  return currentPath;
}

/** The clock: PLAINTE_NOW (an ISO 8601 instant) pins it, for tests and demonstrations. */
export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env.PLAINTE_NOW ? new Date(env.PLAINTE_NOW) : null;
  if (pinned && !Number.isNaN(pinned.getTime())) return () => new Date(pinned.getTime());
  return () => new Date();
}

export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** Opens the logbook for one command and closes it afterwards, whatever happens. Only the
 * commands that write pass `create`: the others refuse a logbook that does not exist. */
export async function withStore<T>(
  command: Command,
  work: (store: Store, clock: () => Date) => Promise<T>,
  { create = false }: { create?: boolean } = {},
): Promise<T> {
  const path = logbookPath(globals(command).db, process.env);
  currentPath = path;
  const clock = clockFrom(process.env);
  const store = await openStore(path, clock, { create });
  try {
    return await work(store, clock);
  } finally {
    await store.close();
  }
}

/** withStore for the commands that write (`new`, `resume`, `import`, `config set`): they
 * create the logbook when it does not exist yet. */
export function withNewStore<T>(command: Command, work: (store: Store, clock: () => Date) => Promise<T>): Promise<T> {
  return withStore(command, work, { create: true });
}

/** Questions may be asked only on a terminal, and never with --no-input. */
export function mayAsk(options: { input?: boolean }): boolean {
  return options.input !== false && process.stdin.isTTY === true && process.stdout.isTTY === true;
}

/** Who is recorded on events: --operator, else the `operator` setting, else the login name. */
export async function operatorFor(store: SettingsStore, option: string | undefined): Promise<string | null> {
  const given = option?.trim();
  if (given) return given;
  return (await store.getSetting('operator')) ?? (process.env.USER || process.env.LOGNAME || null);
}

/** The shop's callback settings: opening hours, `callback.time`, `callback.delay`. */
export async function callbackRulesOf(store: SettingsStore): Promise<CallbackRules> {
  return callbackRules({
    hours: await store.getSetting('hours'),
    time: await store.getSetting('callback.time'),
    delay: await store.getSetting('callback.delay'),
  });
}
