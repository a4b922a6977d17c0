import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';

// The clocks in `show` and `due` at a terminal of 80 and 40 columns: no line longer, no day
// broken across two lines (src/render/width.ts).

describe('the clocks at a terminal', () => {
  for (const columns of [80, 40]) {
    it(`fit ${columns} columns, each day whole`, async () => {
      const db = tempLogbook();
      const { store } = await testStore(db, '2026-11-20T09:00:00.000Z');
      const { id } = await store.createComplaint(
        {
          channel: 'counter',
          phaseReached: 5,
          request: 'repair',
          purchaseDate: '2026-06-01',
          writtenAt: '2026-11-20',
          answerDueAt: '2026-11-23',
        },
        { kind: 'created', operator: 'Léa' },
        { name: 'Jean-Baptiste Lefèvre-Delacroix', phone: '06 12 34 56 78' },
      );
      await store.recordChange({ id, status: 'open', event: { kind: 'completed', operator: 'Léa' } });
      await store.close();
      for (const args of [
        ['show', '1'],
        ['due', '--within', '30'],
      ]) {
        const run = await runIn(args, { db, columns });
        expect(run.status, run.stderr).toBe(0);
        const lines = run.stdout.split('\n');
        for (const line of lines) expect(line.length, `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(columns);
        const plain = lines.map((line) => line.replace(/\u00a0/g, ' '));
        for (const day of args[0] === 'show' ? ['20 déc. 2026', '20 janv. 2027', '20 nov. 2027'] : ['20/12'])
          expect(
            plain.some((line) => line.includes(day)),
            `${args.join(' ')}: ${day}`,
          ).toBe(true);
        if (args[0] === 'due') expect(plain.some((line) => line.includes('06 12 34 56 78'))).toBe(true);
      }
    });
  }
});
