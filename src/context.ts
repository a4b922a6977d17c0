import { callbackRules, type CallbackRules } from './domain/hours.js';
import type { Declaration, HandlerOf } from './options/declare.js';
import type { Answerer } from './prompts/ask.js';
import { machineSettings, shopOf } from './options/machine.js';
import { displayLocation, logbookPath, openStore } from './store/open.js';
import type { SettingsStore, Store } from './store/store.js';

// What a command's handler gets besides its arguments and options: the logbook, the clock,
// the environment, and who answers its questions. The binary builds it from the process
// (cli.ts); tests build it around a scripted operator (test/helpers/run.ts).

/** What the program gets from outside: the environment, and someone to ask. */
export interface Host {
  readonly env: NodeJS.ProcessEnv;
  /** Who answers questions (prompts/ask.ts, askFor): asked only by a command that asks,
   * since asking whether stdin is a terminal loads Node's terminal modules. */
  answerer(): Answerer;
}

export interface Context {
  readonly env: NodeJS.ProcessEnv;
  /** The logbook's path: --db, else PLAINTE_DB, else the default (store/open.ts). */
  readonly logbook: string;
  /** The clock: PLAINTE_NOW (an ISO 8601 instant) pins it, for tests and demonstrations. */
  readonly clock: () => Date;
  /** This machine's shop (machine.ts): --shop, else PLAINTE_SHOP, else its configuration
   * file; `all` for every shop; null when none is said. */
  readonly shop: string | null;
  /** Who answers this run's questions: see askFor (prompts/ask.ts). */
  answerer(): Answerer;
  /** Keeps `release` to be called when the run ends, before any error is reported. */
  onEnd(release: () => void): void;
  /** Who is recorded on events: --operator, else the `operator` setting, else the login name. */
  operatorFor(store: SettingsStore, option: string | undefined): Promise<string | null>;
}

/** The function that runs a declared command. */
export type Handler<D extends Declaration> = HandlerOf<D, Context>;

function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env.PLAINTE_NOW ? new Date(env.PLAINTE_NOW) : null;
  if (pinned && !Number.isNaN(pinned.getTime())) return () => new Date(pinned.getTime());
  return () => new Date();
}

/** One run of the program: what to let go of when it ends, and the logbook it worked on,
 * which the messages about a failed run name. */
export class Run {
  private readonly releases: (() => void)[] = [];
  logbook: string | null = null;

  constructor(readonly host: Host) {}

  /** The context of a command, with the program's --db. */
  context(db: string | undefined, shop?: string): Context {
    return contextFor(this, db, shop);
  }

  end(): void {
    for (const release of this.releases.splice(0)) release();
  }

  hold(release: () => void): void {
    this.releases.push(release);
  }
}

function contextFor(run: Run, db: string | undefined, shopOption: string | undefined): Context {
  const { env } = run.host;
  let logbook: string | undefined;
  const clock = clockFrom(env);
  return {
    env,
    // Found when first asked: a command that never opens the logbook needs none.
    get logbook() {
      logbook ??= logbookPath(db, env);
      // Named in messages: a server's URL without its password.
      run.logbook = displayLocation(logbook);
      return logbook;
    },
    clock,
    get shop() {
      return shopOf(shopOption, env);
    },
    answerer: () => run.host.answerer(),
    onEnd: (release) => run.hold(release),
    async operatorFor(store, option) {
      const given = option?.trim();
      if (given) return given;
      // The counter's own operator (machine.ts) comes before the logbook's, which on a server
      // all counters share.
      return machineSettings(env).operator ?? (await store.getSetting('operator')) ?? (env.USER || env.LOGNAME || null);
    },
  };
}

/** Opens the logbook for `work` and closes it afterwards, whatever happens. Only the
 * commands that write pass `create`: the others refuse a logbook that does not exist. A
 * function of its own, not the context's: only the commands that call it bundle the store. */
export async function withStore<T>(
  context: Context,
  work: (store: Store, clock: () => Date) => Promise<T>,
  { create = false }: { create?: boolean } = {},
): Promise<T> {
  // The machine's shop is recorded on what it takes, and is the one its lists read; `all`
  // reads every shop.
  const shop = context.shop;
  const store = await openStore(context.logbook, context.clock, { create }, shop === ALL_SHOPS ? null : shop);
  try {
    return await work(shop === ALL_SHOPS ? store.inShop(null) : store, context.clock);
  } finally {
    await store.close();
  }
}

/** withStore for the commands that write (`new`, `resume`, `import`, `config set`): they
 * create the logbook when it does not exist yet. */
export function withNewStore<T>(context: Context, work: (store: Store, clock: () => Date) => Promise<T>): Promise<T> {
  return withStore(context, work, { create: true });
}

/** The shop's callback settings: opening hours, `callback.time`, `callback.delay`. */
export async function callbackRulesOf(store: SettingsStore): Promise<CallbackRules> {
  return callbackRules({
    hours: await store.getSetting('hours'),
    time: await store.getSetting('callback.time'),
    delay: await store.getSetting('callback.delay'),
  });
}

/** The shop's own categories (`config set categories`), as typed. */
export async function shopCategories(store: SettingsStore): Promise<string[]> {
  return ((await store.getSetting('categories')) ?? '')
    .split(',')
    .map((category) => category.trim())
    .filter(Boolean);
}

/** `--shop all`: every shop of the logbook. */
export const ALL_SHOPS = 'all';
