import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, NOW, tempLogbook } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';
import { testStore } from '../helpers/store.js';

// The counter, a second counter and the owner's cron on one logbook at once, through the
// real commands: no "database is locked", no follow-up lost.

function run(db: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'Europe/Paris', PLAINTE_NOW: NOW, PLAINTE_DB: db },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
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
