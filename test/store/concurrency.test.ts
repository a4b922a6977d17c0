import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';

const WRITER = fileURLToPath(new URL('../helpers/writer.mjs', import.meta.url));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe.each(BACKENDS)('several processes on one logbook ($name)', (backend) => {
  it('loses no write when four writers and two readers work on the same complaint at once', async () => {
    const db = backend.logbook();
    const { store } = await testStore(db);
    const { id } = await store.createComplaint({ phaseReached: 1 }, { kind: 'created', operator: 'Anne' });
    await store.close();

    const writers = ['Anne', 'Paul', 'Karim', 'Sophie'].map((who) => run([WRITER, db, String(id), '40', who]));
    const readers = [1, 2].map(async () => {
      const results = [];
      for (let i = 0; i < 8; i++) results.push(await run([BIN, 'list', '--json'], { PLAINTE_DB: db }));
      return results;
    });
    const done = await Promise.all(writers);
    const reads = (await Promise.all(readers)).flat();

    for (const result of [...done, ...reads]) expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    const check = await testStore(db);
    const events = await check.store.listEvents(id);
    await check.store.close();
    expect(events.filter((e) => e.kind === 'follow_up')).toHaveLength(160);
    for (const who of ['Anne', 'Paul', 'Karim', 'Sophie']) {
      const notes = events.filter((e) => e.operator === who && e.kind === 'follow_up').map((e) => e.details.note);
      expect(notes).toEqual(Array.from({ length: 40 }, (_, i) => `${who} ${i}`));
    }
  });
});
