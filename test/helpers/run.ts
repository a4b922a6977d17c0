import { Writable } from 'node:stream';
import { runProgram } from '../../src/cli.js';
import type { Ask } from '../../src/prompts/ask.js';
import { redirectOutput } from '../../src/render/output.js';
import { simulateTerminalWidth } from '../../src/render/width.js';
import { readCommandLine } from '../../src/route.js';
import { CONFIG_HOME, NOW, type Run, type RunOptions } from './cli.js';

// The program run inside the test's process, from src/: the same command line, checks,
// handlers and messages as the binary, its stdout and stderr captured, its exit code
// returned. For what only a real process shows (exit by signal, a terminal, start-up, the
// bundles, pipes), test/helpers/cli.ts spawns the binary.

export interface InProcessOptions extends Omit<RunOptions, 'input' | 'uid'> {
  /** The operator at a terminal (test/helpers/ask.ts, scriptedAsk); none: no terminal. */
  ask?: Ask;
  /** Lay the output out as on a terminal this wide (src/render/width.ts); none: unlimited. */
  columns?: number;
}

/** Runs `plainte ...args` in this process, as plainte() runs the binary: same environment
 * (TZ Europe/Paris, PLAINTE_NOW), no terminal unless `ask` answers. */
export async function runIn(args: string[], options: InProcessOptions = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    HOME: process.env.HOME ?? '/tmp',
    XDG_CONFIG_HOME: CONFIG_HOME,
    TZ: 'Europe/Paris',
    PLAINTE_NOW: NOW,
  };
  if (options.db) env.PLAINTE_DB = options.db;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const out: Buffer[] = [];
  let stderr = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      // Copied: a writer may reuse its buffer once its write is done (an export's sink does).
      out.push(Buffer.from(chunk));
      done();
    },
  });
  redirectOutput({
    write(fd, text) {
      if (fd === 1) out.push(Buffer.from(text));
      else stderr += text;
    },
    stdout,
  });
  // Node and SQLite read the time zone from TZ when it changes.
  const zone = process.env.TZ;
  process.env.TZ = env.TZ;
  simulateTerminalWidth(options.columns ?? null);
  try {
    const status = await runProgram(readCommandLine(args), { env, answerer: () => options.ask ?? null });
    return { stdout: Buffer.concat(out).toString('utf8'), stderr, status };
  } finally {
    redirectOutput(null);
    simulateTerminalWidth(null);
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}
