import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/render/output.js';
import { drawTable } from '../../src/render/table.js';
import { simulateTerminalWidth } from '../../src/render/width.js';

// The tables of list, customer and report, drawn by src/render/table.ts: borders, a space
// either side of each cell, cells of several lines, the heading in bold at a terminal.

const columns = [{ head: 'N°', value: true }, { head: 'Client' }, { head: 'Résumé', drop: 1 }];
const rows = [
  ['7', 'Léa Martin', 'Perceuse'],
  ['12', 'Jean-Baptiste Lefèvre', 'Écran\nfêlé'],
];

afterEach(() => {
  simulateTerminalWidth(null);
  setColor(0);
});

describe('a table', () => {
  it('is drawn as it is away from a terminal, a rule between rows', () => {
    simulateTerminalWidth(null);
    expect(drawTable(columns, rows)).toBe(
      [
        '┌────┬───────────────────────┬──────────┐',
        '│ N° │ Client                │ Résumé   │',
        '├────┼───────────────────────┼──────────┤',
        '│ 7  │ Léa Martin            │ Perceuse │',
        '├────┼───────────────────────┼──────────┤',
        '│ 12 │ Jean-Baptiste Lefèvre │ Écran    │',
        '│    │                       │ fêlé     │',
        '└────┴───────────────────────┴──────────┘',
      ].join('\n'),
    );
  });

  it('leaves the rules between rows out when their characters are empty', () => {
    const chars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
    expect(drawTable(columns, rows.slice(0, 1), chars).split('\n')).toEqual([
      '┌────┬────────────┬──────────┐',
      '│ N° │ Client     │ Résumé   │',
      '│ 7  │ Léa Martin │ Perceuse │',
      '└────┴────────────┴──────────┘',
    ]);
  });

  it('fits a narrow terminal: the droppable column goes, the text is wrapped, wide characters count twice', () => {
    simulateTerminalWidth(20);
    const drawn = drawTable(columns, [...rows, ['3', '山田 太郎', 'x']]);
    expect(drawn.split('\n')).toEqual([
      '┌────┬─────────────┐',
      '│ N° │ Client      │',
      '├────┼─────────────┤',
      '│ 7  │ Léa Martin  │',
      '├────┼─────────────┤',
      '│ 12 │ Jean-Baptis │',
      '│    │ te Lefèvre  │',
      '├────┼─────────────┤',
      '│ 3  │ 山田 太郎   │',
      '└────┴─────────────┘',
    ]);
  });

  it('puts the heading in bold at a terminal that shows colour, the padding outside it', () => {
    setColor(1);
    const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
    const heading = drawTable(columns, rows).split('\n')[1];
    expect(heading).toBe(`│ ${bold('N°')} │ ${bold('Client')}                │ ${bold('Résumé')}   │`);
  });
});
