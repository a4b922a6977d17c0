import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canMove } from '../../src/domain/status.js';
import type { Status } from '../../src/domain/types.js';
import { BIN, NOW } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';
import { PG, PG_MISSING, pgLogbook } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';

// Eight counters on one logbook on the server at once, through the real commands, each
// following up, handing over, closing, reopening the same four complaints and taking new
// complaints from the same new customer, while cron runs `due` and the owner `report`. Every
// step a command accepted is in the history once, every step it refused left no trace, the
// history of each complaint is a chain of allowed moves, and the new customer exists once.

interface Step {
  args: string[];
  /** Written on the event(s) of this step only: how the step is found in the history. */
  tag: string;
}

interface Done extends Step {
  status: number | null;
  stderr: string;
}

function run(db: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'Europe/Paris', PLAINTE_NOW: NOW, PLAINTE_DB: db },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The steps of counter `n`: a fixed mix over the four complaints, different for each counter. */
function steps(n: number, ids: number[]): Step[] {
  const list: Step[] = [];
  for (let i = 0; i < 9; i++) {
    const id = String(ids[(n + i) % ids.length]);
    const tag = `C${n}-${i}`;
    const kind = (n * 3 + i) % 6;
    const args =
      kind === 0
        ? ['follow-up', id, '--channel', 'phone', '--note', tag, '--callback', 'demain 10h']
        : kind === 1
          ? ['transfer', id, '--to', `Collègue ${n}`, '--note', tag]
          : kind === 2
            ? ['close', id, '--outcome', 'resolved', '--satisfaction', '4', '--no-input']
            : kind === 3
              ? ['reopen', id, '--reason', tag]
              : kind === 4
                ? [
                    'new',
                    '--no-input',
                    '--customer',
                    'Nouveau Client',
                    '--phone',
                    '07 11 22 33 44',
                    '--description',
                    tag,
                  ]
                : ['follow-up', id, '--channel', 'phone', '--note', tag, '--resolved'];
    list.push({ args: [...args, '--operator', tag], tag });
  }
  return list;
}

describe.skipIf(PG === null)(`eight counters on one logbook on the server ${PG_MISSING}`, () => {
  it('lose no write, make no forbidden move, leave no trace of a refused step and no duplicate customer', async () => {
    const db = pgLogbook();
    const ids = await seedComplaints(db, [{}, {}, {}, {}]);
    const counters = Array.from({ length: 8 }, async (_, n) => {
      const done: Done[] = [];
      for (const step of steps(n, ids)) done.push({ ...step, ...(await run(db, step.args)) });
      return done;
    });
    const readers = ['due', 'report'].map(async (command) => {
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await run(db, [command, '--json']));
      return results;
    });
    const done = (await Promise.all(counters)).flat();
    for (const read of (await Promise.all(readers)).flat()) {
      expect(read, read.stderr).toMatchObject({ status: 0, stderr: '' });
      expect(() => JSON.parse(read.stdout) as unknown).not.toThrow();
    }

    const { store } = await testStore(db);
    const complaints = (await store.listComplaints({})).map((c) => c.id);
    const histories = new Map<number, Awaited<ReturnType<typeof store.listEvents>>>();
    for (const id of complaints) histories.set(id, await store.listEvents(id));
    const everyEvent = [...histories.values()].flat();
    for (const step of done) {
      const traces = everyEvent.filter((event) => event.operator === step.tag);
      if (step.status === 0) expect(traces.length, `${step.args.join(' ')} accepted`).toBeGreaterThanOrEqual(1);
      else {
        // Refused by the domain (a closed complaint cannot be closed again…): said, and nothing written.
        expect(step.status, step.stderr).toBe(1);
        expect(step.stderr).not.toContain('inattendue');
        expect(traces, `${step.args.join(' ')} refused`).toEqual([]);
      }
    }
    expect(done.filter((step) => step.status === 0).length).toBeGreaterThan(30);
    expect(done.filter((step) => step.status === 1).length).toBeGreaterThan(0);

    for (const id of complaints) {
      const history = histories.get(id)!;
      const complaint = (await store.getComplaint(id))!;
      // Each step starts where the one before it ended: none was lost or made on a stale state.
      history.slice(1).forEach((event, i) => {
        expect(event.statusBefore, `complaint ${id}, event ${event.id}`).toBe(history[i].statusAfter);
        if (event.statusBefore !== event.statusAfter)
          expect(canMove(event.statusBefore as Status, event.statusAfter as Status)).toBe(true);
      });
      expect(complaint.status).toBe(history.at(-1)!.statusAfter);
    }
    const newcomers = await store.findCustomers('Nouveau Client');
    expect(newcomers).toHaveLength(1);
    expect(newcomers[0].complaints).toBe(done.filter((s) => s.args[0] === 'new' && s.status === 0).length);
    await store.close();
  }, 180_000);
});
