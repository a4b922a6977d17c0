import type { Block, ReportDocument, TableBlock } from '../report/document.js';
import { color } from './output.js';
import { bar } from './report-bars.js';
import { sanitize } from '../format/sanitize.js';
import { drawTable } from './table.js';
import { displayWidth, keepValues, outputWidth, wrap } from './width.js';

// The report on a terminal: tables within its width (table.ts), colours only where output.ts
// allows them.

// No rule between rows: the tables stay short enough to read at a glance.
const CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function table(b: TableBlock): string {
  const columns = b.head.map((head, i) => ({
    head: sanitize(head),
    value: b.keep?.includes(i) ?? false,
    ...(b.drop?.[i] === undefined ? {} : { drop: b.drop[i] }),
  }));
  return drawTable(
    columns,
    b.rows.map((row) => row.map((cell) => sanitize(cell))),
    CHARS,
  );
}

/** Lines of text within the terminal's width, continued under their start. */
const lines = (text: string, first = '', indent = ' '.repeat(first.length)) =>
  wrap(keepValues(text), outputWidth(), { first, indent });

function block(b: Block): string[] {
  const title = lines(sanitize(b.title)).map((line) => color().bold.underline(line));
  if (b.kind === 'trend') {
    const counts = b.weeks.map((week) => week.count);
    const max = Math.max(...counts, 0);
    const width = Math.max(...b.weeks.map((week) => displayWidth(week.label)));
    // The bars take what the terminal leaves them, 30 columns at most.
    const room = Math.max(1, Math.min(30, outputWidth() - width - 9));
    const rows = b.weeks.map((week) => {
      const count = String(week.count).padStart(4);
      return `  ${week.label.padEnd(width)}  ${count} ${color().cyan(bar(week.count, max, room))}`.trimEnd();
    });
    return [...title, ...rows];
  }
  if (b.kind === 'list')
    return [
      ...title,
      ...(b.items.length === 0
        ? lines(b.empty, '  ')
        : b.items.flatMap((item) => lines(sanitize(item), '  • ', '    '))),
      ...(b.footer ? lines(sanitize(b.footer), '  ') : []),
    ];
  if (b.rows.length === 0) return [...title, ...lines(b.empty ?? '', '  ')];
  return [...title, table(b), ...(b.footer ? lines(sanitize(b.footer), '  ') : [])];
}

export function renderReportText(doc: ReportDocument): string {
  const head = [...lines(sanitize(doc.title)).map((line) => color().bold(line)), ...lines(sanitize(doc.subtitle))];
  return [...head, ...doc.blocks.flatMap((b) => ['', ...block(b)])].join('\n');
}
