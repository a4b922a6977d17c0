import Table from 'cli-table3';
import { color } from './output.js';
import { cut, displayWidth, flow, outputWidth, wrap } from './width.js';

// Tables that fit the terminal (README, "Fits the terminal"): when the natural table is too
// wide, the columns that matter least go first, then the columns of text get narrower, their
// cells wrapped at spaces or cut with "…"; values (numbers, dates, phones) are never broken.
// Anywhere but at a terminal the table is drawn as it is.

export interface Column {
  head: string;
  /** Cells kept whole on one line (numbers, dates, phones, "en retard de 7 j"). */
  value?: boolean;
  /** Text cells cut with "…" rather than wrapped on several lines. */
  cut?: boolean;
  /** Dropped when the table does not fit, the lowest first; never when not given. */
  drop?: number;
}

type Chars = Table.TableConstructorOptions['chars'];

// A column of text narrower than this is not worth keeping: another column goes first.
const NARROWEST = 10;

/** The width of a cell's longest line. */
const cellWidth = (cell: string) => Math.max(0, ...cell.split('\n').map(displayWidth));

/** The cells of `rows` in the columns kept, each fitted to its width. */
function fitted(cells: readonly string[], widths: readonly number[], columns: readonly Column[]): string[] {
  return cells.map((cell, i) => {
    if (cellWidth(cell) <= widths[i]) return cell;
    if (columns[i].value || columns[i].cut)
      return cell
        .split('\n')
        .map((line) => cut(line, widths[i]))
        .join('\n');
    return wrap(cell, widths[i]).join('\n');
  });
}

/** The width of each column, so that the table takes at most `width` columns, or null when
 * the narrowest it can be is still too wide. */
function layout(columns: readonly Column[], natural: readonly number[], least: readonly number[], width: number) {
  // Each column takes its cells, a space either side and a border; plus the last border.
  const room = width - 3 * columns.length - 1;
  const widths = columns.map((column, i) => (column.value ? least[i] : Math.min(natural[i], NARROWEST)));
  let left = room - widths.reduce((a, b) => a + b, 0);
  if (left < 0) return null;
  // What is left goes a column at a time to the one that lacks most of its natural width.
  while (left > 0) {
    const lacking = widths.map((w, i) => natural[i] - w);
    const most = lacking.indexOf(Math.max(...lacking));
    if (lacking[most] <= 0) break;
    widths[most] += 1;
    left -= 1;
  }
  return widths;
}

/** The columns to show and their widths at a terminal `width` wide; no widths when the table
 * fits as it is. Columns go by their `drop` rank until the rest fit; when even those never
 * dropped do not, each gets its share and its cells are cut. */
function fit(
  columns: readonly Column[],
  rows: readonly string[][],
  width: number,
): { kept: number[]; widths?: number[] } {
  let kept = columns.map((_, i) => i);
  // A value's column is as wide as its cells, and as the longest word of its heading.
  const cells = (i: number) =>
    Math.max(0, ...columns[i].head.split(' ').map(displayWidth), ...rows.map((row) => cellWidth(row[i])));
  const natural = (i: number) => Math.max(displayWidth(columns[i].head), cells(i));
  if (kept.reduce((sum, i) => sum + natural(i) + 3, 1) <= width) return { kept };
  for (;;) {
    const widths = layout(
      kept.map((i) => columns[i]),
      kept.map(natural),
      kept.map(cells),
      width,
    );
    if (widths) return { kept, widths };
    const droppable = kept.filter((i) => columns[i].drop !== undefined);
    if (droppable.length === 0) break;
    const first = droppable.reduce((a, b) => (columns[a].drop! <= columns[b].drop! ? a : b));
    kept = kept.filter((i) => i !== first);
  }
  const share = Math.max(1, Math.floor((width - 3 * kept.length - 1) / kept.length));
  return { kept, widths: kept.map((i) => Math.min(natural(i), share)) };
}

/** A table of `rows` under `columns`, within the terminal's width (see fit). */
export function drawTable(columns: readonly Column[], rows: readonly string[][], chars?: Chars): string {
  const width = outputWidth();
  const { kept, widths } = width === Infinity ? { kept: columns.map((_, i) => i) } : fit(columns, rows, width);
  const shown = kept.map((i) => columns[i]);
  const heads = shown.map((column, c) =>
    widths
      ? flow(column.head.split(' '), widths[c])
          .map((line) => cut(line, widths[c]))
          .join('\n')
      : column.head,
  );
  const table = new Table({
    head: heads.map((head) => color().bold(head)),
    style: { head: [], border: [] },
    ...(widths ? { colWidths: widths.map((w) => w + 2) } : {}),
    ...(chars ? { chars } : {}),
  });
  for (const row of rows) {
    const cells = kept.map((i) => row[i]);
    table.push(widths ? fitted(cells, widths, shown) : cells);
  }
  return table.toString();
}
