import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, CONFIG_HOME, NOW } from './cli.js';

// The built binary in a real pseudo-terminal (python3's pty module, present on any
// machine that runs these tests), typed at step by step.

const DRIVER = fileURLToPath(new URL('./pty_driver.py', import.meta.url));

export interface Step {
  /** Text to wait for on the screen before typing. */
  expect: string;
  send?: string;
  /** A signal to send to the program then, e.g. 1 (SIGHUP: the terminal was closed). */
  signal?: number;
}

export interface PtyRun {
  status: number | null;
  output: string;
  /** What the program wrote, escape sequences included. */
  raw: string;
  failed: { index: number; expect: string } | null;
}

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', ctrlC: '\x03' } as const;

/** The end of the wizard for a complaint settled on the spot, the customer's mark suggested. */
export const SETTLED_ON_THE_SPOT: Step[] = [
  { expect: 'réglée maintenant', send: `1${KEY.enter}` },
  { expect: 'Satisfaction du client', send: KEY.enter },
  { expect: 'La réclamation est réglée' },
];

/** How many questions were answered on screen: @inquirer marks each one answered with ✔. */
export function promptsAnswered(output: string): number {
  return output.match(/✔/g)?.length ?? 0;
}

export function inTerminal(
  args: string[],
  steps: Step[],
  options: {
    db: string;
    env?: Record<string, string>;
    size?: [rows: number, columns: number];
    /** The terminal's width, 50 rows high, when `size` is not given. */
    columns?: number;
    uid?: number;
    cwd?: string;
  },
): PtyRun {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    XDG_CONFIG_HOME: CONFIG_HOME,
    TERM: 'xterm-256color',
    TZ: 'Europe/Paris',
    PLAINTE_NOW: NOW,
    PLAINTE_DB: options.db,
    ...options.env,
  };
  const size =
    options.size ?? (options.columns === undefined ? undefined : ([50, options.columns] as [number, number]));
  return runInTerminal([process.execPath, BIN, ...args], steps, env, size, options.uid, options.cwd);
}

/** Any program in a pseudo-terminal (a shell, for the completion scripts), as user `uid` when given. */
export function runInTerminal(
  argv: string[],
  steps: Step[],
  env: Record<string, string>,
  size?: [rows: number, columns: number],
  uid?: number,
  cwd?: string,
): PtyRun {
  const spec = { argv, env, steps, timeout: 20, ...(size === undefined ? {} : { size }), cwd };
  const ids = uid === undefined ? {} : { uid, gid: uid };
  const result = spawnSync('python3', [DRIVER], {
    input: JSON.stringify(spec),
    encoding: 'utf8',
    timeout: 120_000,
    ...ids,
  });
  if (result.status !== 0) throw new Error(`pty driver failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as PtyRun;
}
