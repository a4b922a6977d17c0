import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { BIN, NOW } from './cli.js';

// Killing a command part-way and looking at what it left behind.

export interface Killed {
  /** False when the command had already finished before the kill. */
  killed: boolean;
  status: number | null;
  stderr: string;
}

/** Runs the built binary and sends it SIGKILL after `delayMs`, as a power cut or `kill -9` would. */
export function runAndKill(
  args: string[],
  db: string,
  delayMs: number,
  env: Record<string, string> = {},
): Promise<Killed> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        TZ: 'Europe/Paris',
        PLAINTE_NOW: NOW,
        PLAINTE_DB: db,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => (killed = child.kill('SIGKILL')), delayMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ killed: killed && signal === 'SIGKILL', status, stderr });
    });
  });
}

/** Runs the built binary to the end; resolves with how long it took (to choose kill times). */
export async function timedRun(
  args: string[],
  db: string,
  env: Record<string, string> = {},
): Promise<{ ms: number; result: Killed }> {
  const start = performance.now();
  const result = await runAndKill(args, db, 600_000, env);
  return { ms: performance.now() - start, result };
}

const TABLES = ['customers', 'complaints', 'events', 'settings'];

/** Every row of the logbook, in a stable order, as one hash: two logbooks with the same
 * hash hold the same records. Opening it replays or discards what a killed writer left in
 * the write-ahead log, as the next command would. */
export function contentHash(path: string): string {
  const db = new Database(path);
  try {
    const hash = createHash('sha256');
    for (const table of TABLES) {
      const order = table === 'settings' ? 'key' : 'id';
      for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate())
        hash.update(`${table}\u0000${JSON.stringify(row)}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Delays spread over a command's running time (from the fraction `from` of it on), shifted
 * by a seed-free jitter so that successive runs probe different instants; the outcome
 * asserted never depends on them. */
export function killDelays(runMs: number, count: number, from = 0): number[] {
  const span = runMs * (1 - from);
  return Array.from({ length: count }, (_, i) =>
    Math.round(runMs * from + (span * (i + 0.5 + (Math.random() - 0.5) * 0.8)) / count),
  );
}
