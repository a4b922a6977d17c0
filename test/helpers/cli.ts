import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { openDatabase } from '../../src/store/sqlite/connection.js';

export const BIN = fileURLToPath(new URL('../../bin/plainte.js', import.meta.url));

/** The instant every spawned command believes it is (PLAINTE_NOW), in Paris time. */
export const NOW = '2026-11-23T10:00:00.000Z';

const dirs: string[] = [];

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plainte-test-'));
  dirs.push(dir);
  return dir;
}

/** This machine's settings (src/options/machine.ts) as the commands under test see them: a
 * folder of the test process, emptied after each test, never the real ~/.config. */
export const CONFIG_HOME = mkdtempSync(join(tmpdir(), 'plainte-config-'));
process.on('exit', () => rmSync(CONFIG_HOME, { recursive: true, force: true }));

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  rmSync(join(CONFIG_HOME, 'plainte'), { recursive: true, force: true });
});

/** A path for a logbook that does not exist yet, in a fresh folder. */
export function tempLogbook(): string {
  return join(tempDir(), 'plainte.db');
}

/** An empty logbook, made: read commands refuse a path where there is none. */
export function emptyLogbook(): string {
  const path = tempLogbook();
  openDatabase(path, { create: true }).close();
  return path;
}

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

export interface RunOptions {
  db?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Run as this user id (only possible when the tests run as root). */
  uid?: number;
  /** Killed after this long (status null): for a run that could block forever. */
  timeoutMs?: number;
  /** The folder it runs in (default: this process's). */
  cwd?: string;
}

/** The environment of a spawned command: this test's, pinned (TZ, PLAINTE_NOW, config folder). */
function commandEnv(options: RunOptions): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
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
  return env;
}

/** Runs the built binary as a user would, without a terminal. */
export function plainte(args: string[], options: RunOptions = {}): Run {
  const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: commandEnv(options),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    input: options.input ?? '',
    encoding: 'utf8',
    ...ids,
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** As plainte(), without blocking this process: for a command that talks to a server the test
 * itself runs (an SMTP server on 127.0.0.1). */
export function plainteAsync(args: string[], options: Omit<RunOptions, 'uid'> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: commandEnv(options), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = options.timeoutMs === undefined ? null : setTimeout(() => child.kill(), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      if (timer) clearTimeout(timer);
      resolve({ stdout, stderr, status });
    });
    child.stdin.end(options.input ?? '');
  });
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Runs a command that must be refused with `status` and leave the logbook byte for byte as it was. */
export function refusedAsIs(db: string, args: string[], status = 1): Run {
  const before = sha256(db);
  const run = plainte(args, { db });
  expect(run.status, run.stderr).toBe(status);
  expect(run.stdout).toBe('');
  expect(sha256(db)).toBe(before);
  return run;
}
