import { callbackCells } from '../format/callbacks.js';
import type { Callback } from '../store/store.js';
import { color } from './output.js';

// One line per callback, in aligned columns of plain text: it is read in a cron e-mail as
// often as on a terminal, so no table borders and no colour unless on a terminal.

export function renderCallbacks(callbacks: readonly Callback[], now: Date): string {
  const rows = callbacks.map((callback) => callbackCells(callback, now));
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row, i) => {
      const late = new Date(callbacks[i].due).getTime() < now.getTime();
      const cells = row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])));
      cells[1] = late ? color().red(cells[1]) : cells[1];
      return cells.join('  ').trimEnd();
    })
    .join('\n');
}
