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

/** The characters of a table's rules; a rule whose characters are all '' is not drawn. */
export interface Chars {
  top: string;
  'top-mid': string;
  'top-left': string;
  'top-right': string;
  bottom: string;
  'bottom-mid': string;
  'bottom-left': string;
  'bottom-right': string;
  left: string;
  'left-mid': string;
  mid: string;
  'mid-mid': string;
  right: string;
  'right-mid': string;
  middle: string;
}

const BOX: Chars = {
  top: '─',
  'top-mid': '┬',
  'top-left': '┌',
  'top-right': '┐',
  bottom: '─',
  'bottom-mid': '┴',
  'bottom-left': '└',
  'bottom-right': '┘',
  left: '│',
  'left-mid': '├',
  mid: '─',
  'mid-mid': '┼',
  right: '│',
  'right-mid': '┤',
  middle: '│',
};

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

/** A rule across the table: `start`, each column's width of `fill` (with the space either side
 * of its cells), `between` two columns, `end`. */
const rule = (widths: readonly number[], start: string, fill: string, between: string, end: string) =>
  start + widths.map((w) => fill.repeat(w + 2)).join(between) + end;

/** The lines of one row: each cell's lines under each other, a space either side, padded to
 * its column's width; a cell with fewer lines than the row is blank below them. */
function rowLines(cells: readonly string[], widths: readonly number[], chars: Chars, head: boolean): string[] {
  const split = cells.map((cell) => cell.split('\n'));
  const height = Math.max(1, ...split.map((lines) => lines.length));
  const out: string[] = [];
  for (let n = 0; n < height; n++) {
    const line = split.map((lines, c) => {
      const text = cut(lines[n] ?? '', widths[c]);
      const padded = ` ${text}${' '.repeat(Math.max(0, widths[c] - displayWidth(text)))} `;
      return head && text !== '' ? ` ${color().bold(text)}${padded.slice(text.length + 1)}` : padded;
    });
    out.push(chars.left + line.join(chars.middle) + chars.right);
  }
  return out;
}

/** A table of `rows` under `columns`, within the terminal's width (see fit): its heading in
 * bold, a rule between rows unless `chars` leaves it out. */
export function drawTable(columns: readonly Column[], rows: readonly string[][], chars?: Partial<Chars>): string {
  const width = outputWidth();
  const { kept, widths: fittedWidths } =
    width === Infinity ? { kept: columns.map((_, i) => i) } : fit(columns, rows, width);
  if (kept.length === 0) return '';
  const shown = kept.map((i) => columns[i]);
  const heads = shown.map((column, c) =>
    fittedWidths
      ? flow(column.head.split(' '), fittedWidths[c])
          .map((line) => cut(line, fittedWidths[c]))
          .join('\n')
      : column.head,
  );
  const body = rows.map((row) => {
    const cells = kept.map((i) => row[i]);
    return fittedWidths ? fitted(cells, fittedWidths, shown) : cells;
  });
  const widths =
    fittedWidths ?? heads.map((head, c) => body.reduce((most, r) => Math.max(most, cellWidth(r[c])), cellWidth(head)));
  const box = { ...BOX, ...chars };
  const between = rule(widths, box['left-mid'], box.mid, box['mid-mid'], box['right-mid']);
  const lines = [rule(widths, box['top-left'], box.top, box['top-mid'], box['top-right'])];
  [heads, ...body].forEach((cells, r) => {
    if (r > 0) lines.push(between);
    lines.push(...rowLines(cells, widths, box, r === 0));
  });
  lines.push(rule(widths, box['bottom-left'], box.bottom, box['bottom-mid'], box['bottom-right']));
  return lines.filter((line) => line !== '').join('\n');
}
