import { spawn } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, NOW, emptyLogbook, tempLogbook } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';
import { testStore } from '../helpers/store.js';

// The counter, a second counter and the owner's cron on one logbook at once, through the
// real commands: no "database is locked", no follow-up lost.

function run(
  db: string,
  args: string[],
  started: (pid: number) => void = () => undefined,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'Europe/Paris', PLAINTE_NOW: NOW, PLAINTE_DB: db },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    started(child.pid!);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

async function inTurn<T>(count: number, step: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i++) results.push(await step(i));
  return results;
}

describe('several plainte commands on one logbook at once', () => {
  it('keeps every follow-up of three writers while due and report read, and none fails as locked', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    const writers = ['Anne', 'Paul', 'Karim'].map((who) =>
      inTurn(6, (i) =>
        run(db, [
          'follow-up',
          String(id),
          '--channel',
          'phone',
          '--note',
          `${who} ${i}`,
          '--operator',
          who,
          '--no-input',
        ]),
      ),
    );
    const readers = [
      inTurn(6, () => run(db, ['due', '--json'])),
      inTurn(4, () => run(db, ['report', '--format', 'json'])),
    ];
    const results = (await Promise.all([...writers, ...readers])).flat();
    for (const result of results) {
      expect(result.stderr).not.toMatch(/locked|occupé|busy/i);
      expect(result.status, result.stderr).toBe(0);
    }
    const { store } = await testStore(db);
    const events = await store.listEvents(id);
    await store.close();
    const notes = events.filter((event) => event.kind === 'follow_up').map((event) => event.details.note);
    expect(notes).toHaveLength(18);
    for (const who of ['Anne', 'Paul', 'Karim'])
      expect(notes.filter((note) => String(note).startsWith(who))).toEqual(
        [0, 1, 2, 3, 4, 5].map((i) => `${who} ${i}`),
      );
  });
});

/** Whether process `pid` has the file `path` open. */
function hasOpen(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two counters taking the same new customer at once', () => {
  it('make one customer, not two', async () => {
    const db = emptyLogbook();
    // Holding the write lock, the test lets every counter look the customer up (and find
    // nobody) before any of them may write: each then creates them in its own transaction.
    const holder = new Database(db);
    holder.pragma('busy_timeout = 10000');
    holder.prepare('BEGIN IMMEDIATE').run();
    const pids: number[] = [];
    const counters = ['Anne', 'Paul', 'Karim'].map((who) =>
      run(
        db,
        [
          'new',
          '--no-input',
          '--operator',
          who,
          '--customer',
          'Jean Neuf',
          '--phone',
          '06 11 22 33 44',
          '--description',
          `Vu par ${who}`,
        ],
        (pid) => pids.push(pid),
      ),
    );
    while (!pids.every((pid) => hasOpen(pid, db))) await pause(20);
    // Once open, a counter reads the customers in a few milliseconds, then waits for the lock.
    await pause(300);
    holder.prepare('COMMIT').run();
    holder.close();
    for (const result of await Promise.all(counters)) expect(result.status, result.stderr).toBe(0);
    const { store } = await testStore(db);
    const complaints = await Promise.all([1, 2, 3].map((id) => store.getComplaint(id)));
    await store.close();
    expect(new Set(complaints.map((complaint) => complaint!.customerId))).toEqual(new Set([1]));
  });
});
