import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir } from '../helpers/cli.js';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { contentHash, killDelays, runAndKill, timedRun } from '../helpers/crash.js';

// A command killed with SIGKILL (kill -9, a power cut, the OOM killer) at a moment nobody
// chose: the logbook holds what it held before the command or what it holds after a
// complete run, never something between, and `doctor` finds nothing wrong.

interface CrashCase {
  /** The logbook before the command, checkpointed into one file. */
  original: string;
  args: string[];
  env?: Record<string, string>;
}

/** Kills the command at several instants across its running time, each time on a fresh
 * copy of the original; returns how many runs were really interrupted. */
async function killAtRandomMoments({ original, args, env }: CrashCase, kills: number): Promise<number> {
  const folder = tempDir();
  const before = contentHash(original);
  const complete = join(folder, 'complete.db');
  copyFileSync(original, complete);
  const { ms, result } = await timedRun(args, complete, env);
  expect(result.status, result.stderr).toBe(0);
  const after = contentHash(complete);
  expect(after).not.toBe(before);

  let interrupted = 0;
  for (const [i, delay] of killDelays(ms, kills).entries()) {
    const copy = join(folder, `killed-${i}.db`);
    copyFileSync(original, copy);
    const run = await runAndKill(args, copy, delay, env);
    if (run.killed) interrupted++;
    else expect(run.status, run.stderr).toBe(0);
    const doctor = plainte(['doctor'], { db: copy });
    expect(doctor.status, `killed after ${delay} ms: ${doctor.stdout}${doctor.stderr}`).toBe(0);
    expect([before, after], `killed after ${delay} ms`).toContain(contentHash(copy));
  }
  return interrupted;
}

describe('a command killed part-way', () => {
  it('leaves a purge not begun or complete, never half the complaints anonymised', async () => {
    const original = join(tempDir(), 'plainte.db');
    await oldClosedLogbook(original, 1500);
    const interrupted = await killAtRandomMoments({ original, args: ['purge', '--yes', '--no-input'] }, 4);
    expect(interrupted).toBeGreaterThan(0);
  });

  it('leaves an import of a large file not begun or complete, never some of its complaints', async () => {
    const folder = tempDir();
    const source = join(folder, 'source.db');
    await oldClosedLogbook(source, 3000);
    const file = join(folder, 'cahier.json');
    expect(plainte(['export', '--format', 'json', '--output', file], { db: source }).status).toBe(0);
    const original = join(folder, 'plainte.db');
    expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db: original }).status).toBe(0);
    const interrupted = await killAtRandomMoments({ original, args: ['import', file] }, 4);
    expect(interrupted).toBeGreaterThan(0);
  });

  it('leaves only whole phases of a wizard run saved: each is there with its answers or not at all', async () => {
    const folder = tempDir();
    const args = [
      'new',
      '--no-input',
      '--customer',
      'Marie Dupont',
      '--description',
      'Le lave-linge fuit',
      '--apologised',
      '--solution',
      'Nous réparons le joint',
      '--callback',
      'demain 10h',
    ];
    const { ms } = await timedRun(args, join(folder, 'complete.db'));
    for (const [i, delay] of killDelays(ms, 5).entries()) {
      const db = join(folder, `killed-${i}.db`);
      const run = await runAndKill(args, db, delay);
      if (!run.killed) expect(run.status, run.stderr).toBe(0);
      // Killed before it made the logbook: nothing to look at.
      if (run.killed && !existsSync(db)) continue;
      expect(plainte(['doctor'], { db }).status, `killed after ${delay} ms`).toBe(0);
      const sqlite = new Database(db, { readonly: true });
      const complaints = sqlite
        .prepare('SELECT id, status, phase_reached, account, customer_id, solution, next_contact_at FROM complaints')
        .all() as Record<string, unknown>[];
      const kinds = sqlite.prepare('SELECT kind FROM events ORDER BY id').pluck().all() as string[];
      sqlite.close();
      expect(complaints.length).toBeLessThanOrEqual(1);
      const [complaint] = complaints;
      if (!complaint) {
        expect(kinds).toEqual([]);
        continue;
      }
      const reached = complaint.phase_reached as number;
      // Phase 1 creates the draft, phases 2 to 4 add a `phase` event each, phase 5 `completed`.
      expect(kinds.filter((kind) => kind === 'phase')).toHaveLength(Math.min(reached, 4) - 1);
      expect(kinds.includes('completed')).toBe(reached === 5);
      expect(complaint.account).toBe('Le lave-linge fuit');
      expect(complaint.customer_id !== null).toBe(reached >= 2);
      expect(complaint.solution !== null).toBe(reached >= 4);
      expect(complaint.status === 'awaiting_callback').toBe(kinds.includes('completed'));
      if (complaint.status === 'draft') expect(complaint.next_contact_at).toBeNull();
    }
  });

  it('leaves a deleting purge not begun or complete', async () => {
    const original = join(tempDir(), 'plainte.db');
    await oldClosedLogbook(original, 1500);
    const interrupted = await killAtRandomMoments({ original, args: ['purge', '--delete', '--yes', '--no-input'] }, 3);
    expect(interrupted).toBeGreaterThan(0);
  });
});
