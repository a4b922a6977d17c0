import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { busyLogbook } from '../helpers/busy.js';
import { runIn } from '../helpers/run.js';

// What a terminal shows fits its width, at 80 and at 40 columns: no line longer, no value
// broken across two lines. The commands run in-process, laid out as at a terminal that wide
// (src/render/width.ts); test/e2e/widths.test.ts runs the binary in a pseudo-terminal.

const COMMANDS = [
  ['list'],
  ['show', '1'],
  ['show', '2'],
  ['due', '--within', '7'],
  ['report', '--all'],
  ['report'],
  ['guide'],
  ['customer', 'Lefèvre'],
  ['customer', 'e'],
  ['--help'],
  ['new', '--help'],
  ['list', '--help'],
];

/** Values that must stay on one line wherever they are shown. */
const VALUES = ['+33 6 12 34 56 78', '06 12 34 56 78', 'en retard de', '20 nov. 2026, 10:00', 'lundi 23 novembre 2026'];

const plain = (line: string) => line.replace(/\u00a0/g, ' ');

describe('output at a terminal', () => {
  for (const columns of [80, 40]) {
    it(`fits ${columns} columns, values whole`, async () => {
      const db = tempLogbook();
      await busyLogbook(db);
      for (const args of COMMANDS) {
        const run = await runIn(args, { db, columns });
        expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
        const lines = run.stdout.split('\n');
        for (const line of lines) expect(line.length, `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(columns);
        const text = plain(run.stdout);
        for (const value of VALUES) {
          const times = text.split(value).length - 1;
          const whole = lines.filter((line) => plain(line).includes(value)).length;
          expect(whole, `${args.join(' ')}: "${value}" broken`).toBe(times);
        }
      }
    });
  }

  it('drops the columns that matter least first: at 40 columns list keeps number, status and customer', async () => {
    const db = tempLogbook();
    await busyLogbook(db);
    const wide = await runIn(['list'], { db, columns: 200 });
    expect(wide.stdout).toContain('Catégorie');
    const narrow = (await runIn(['list'], { db, columns: 40 })).stdout;
    expect(narrow.split('\n')[1]).toMatch(/│ N° │ État +│ Client +│/);
    expect(narrow).toContain('│ Jean-Baptiste L… │');
    const report = (await runIn(['report', '--all'], { db, columns: 40 })).stdout;
    expect(report).toMatch(/│ N° │ Retard +│ Client +│/);
  });

  it('is unchanged when stdout is no terminal: nothing cut, wrapped or dropped, whatever the length', async () => {
    const db = tempLogbook();
    await busyLogbook(db);
    const list = (await runIn(['list'], { db })).stdout;
    expect(list).toContain('│ Pièces détachées et outils de jardin │');
    const heads = /│ N° +│ Reçue +│ État +│ Client +│ Catégorie +│ Résumé +│/;
    expect(list.split('\n')[1]).toMatch(heads);
    const show = (await runIn(['show', '1'], { db })).stdout;
    expect(show).toContain(
      '  Son récit        Le lave-linge fuit depuis la livraison et personne ne m’a rappelé malgré trois appels',
    );
    expect(show).not.toContain('\u00a0');
    const help = (await runIn(['list', '--help'], { db })).stdout;
    expect(help).toContain('\n  --customer <texte>      client (nom, téléphone ou n° de client)\n');
    const due = (await runIn(['due', '--within', '7'], { db })).stdout;
    for (const line of due.split('\n')) expect(line.length).toBeLessThan(78);
  });
});
