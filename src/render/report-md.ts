import type { Block, ReportDocument } from '../report/document.js';
import { bar } from './report-bars.js';
import { sanitize } from '../format/sanitize.js';

// The report as Markdown, for an e-mail: readable as plain text, tidy once rendered.

/** User text made inert in Markdown: no emphasis, link, HTML, heading or table break. */
export function escapeMarkdown(text: string): string {
  return sanitize(text)
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/^([-=+#])/, '\\$1')
    .replace(/^(\d+)\./, '$1\\.');
}

function table(head: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}

function block(b: Block): string[] {
  const title = `## ${escapeMarkdown(b.title)}`;
  if (b.kind === 'trend') {
    const counts = b.weeks.map((week) => week.count);
    const max = Math.max(...counts, 0);
    // A code block keeps the bars aligned in a plain-text mail reader.
    const width = Math.max(...b.weeks.map((week) => week.label.length));
    const lines = b.weeks.map((week) =>
      `${week.label.padEnd(width)}  ${String(week.count).padStart(4)} ${bar(week.count, max)}`.trimEnd(),
    );
    return [title, '', '```', ...lines.map((l) => sanitize(l)), '```'];
  }
  if (b.kind === 'list')
    return [
      title,
      '',
      ...(b.items.length === 0 ? [escapeMarkdown(b.empty)] : b.items.map((item) => `- ${escapeMarkdown(item)}`)),
      ...(b.footer ? ['', escapeMarkdown(b.footer)] : []),
    ];
  if (b.rows.length === 0) return [title, '', escapeMarkdown(b.empty ?? '')];
  return [title, '', ...table(b.head, b.rows), ...(b.footer ? ['', escapeMarkdown(b.footer)] : [])];
}

export function renderReportMarkdown(doc: ReportDocument): string {
  const lines = [`# ${escapeMarkdown(doc.title)}`, '', `*${escapeMarkdown(doc.subtitle)}*`];
  for (const b of doc.blocks) lines.push('', ...block(b));
  return lines.join('\n');
}
