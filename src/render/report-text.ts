import Table from 'cli-table3';
import type { Block, ReportDocument } from '../report/document.js';
import { color } from './output.js';
import { bar } from './report-bars.js';
import { sanitize } from '../format/sanitize.js';

// The report on a terminal: cli-table3 tables, colours only where output.ts allows them.

function table(head: string[], rows: string[][]): string {
  const paint = color();
  const drawn = new Table({
    head: head.map((cell) => paint.bold(sanitize(cell))),
    style: { head: [], border: [] },
    // No rule between rows: the tables stay short enough to read at a glance.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) drawn.push(row.map((cell) => sanitize(cell)));
  return drawn.toString();
}

function block(b: Block): string[] {
  const title = color().bold.underline(sanitize(b.title));
  if (b.kind === 'trend') {
    const counts = b.weeks.map((week) => week.count);
    const max = Math.max(...counts, 0);
    const width = Math.max(...b.weeks.map((week) => week.label.length));
    const lines = b.weeks.map((week) =>
      `  ${week.label.padEnd(width)}  ${String(week.count).padStart(4)} ${color().cyan(bar(week.count, max))}`.trimEnd(),
    );
    return [title, ...lines];
  }
  if (b.kind === 'list')
    return [title, ...(b.items.length === 0 ? [`  ${b.empty}`] : b.items.map((item) => `  • ${sanitize(item)}`))];
  if (b.rows.length === 0) return [title, `  ${b.empty ?? ''}`];
  return [title, table(b.head, b.rows), ...(b.footer ? [`  ${sanitize(b.footer)}`] : [])];
}

export function renderReportText(doc: ReportDocument): string {
  const lines = [color().bold(sanitize(doc.title)), sanitize(doc.subtitle)];
  for (const b of doc.blocks) lines.push('', ...block(b));
  return lines.join('\n');
}
