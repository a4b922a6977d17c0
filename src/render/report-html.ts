import { lang } from '../i18n/index.js';
import type { Block, ReportDocument, TableBlock, TrendBlock } from '../report/document.js';
import { sanitize } from '../format/sanitize.js';

// The report as one standalone page to print or attach: inline CSS, inline SVG charts, no
// external asset, and every text (users typed much of it) escaped.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return sanitize(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const STYLE = `
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; max-width: 60rem;
         margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; }
  h2 { font-size: 1.15rem; margin: 1.8rem 0 .5rem; border-bottom: 2px solid #2b6cb0; padding-bottom: .2rem; }
  .subtitle { color: #555; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  th { background: #f0f4f8; }
  td.bar { width: 40%; }
  svg { display: block; }
  .empty { color: #777; font-style: italic; }
  .keep { white-space: nowrap; }
  @page { size: A4; margin: 12mm 14mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 9.5pt; line-height: 1.3; }
    h1 { font-size: 14pt; }
    h2 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
    th, td { padding: 1pt 5pt; }
    th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    /* Small blocks stay whole; a long table breaks between rows, never leaving a half-blank sheet. */
    section.small, tr, li, svg { break-inside: avoid; }
    thead { display: table-header-group; }
    svg { max-width: 100%; height: auto; }
  }
`;

function barSvg(value: number, max: number): string {
  const width = max > 0 ? Math.round((value / max) * 200) : 0;
  return (
    '<svg width="200" height="12" viewBox="0 0 200 12" role="img" aria-hidden="true">' +
    `<rect width="${width}" height="12" fill="#2b6cb0"/></svg>`
  );
}

function trendSvg(b: TrendBlock): string {
  const max = Math.max(...b.weeks.map((week) => week.count), 1);
  const step = 70;
  const height = 120;
  const bars = b.weeks.map((week, i) => {
    const h = Math.round((week.count / max) * height);
    const x = i * step + 10;
    const middle = x + (step - 20) / 2;
    return [
      `<rect x="${x}" y="${20 + height - h}" width="${step - 20}" height="${h}" fill="#2b6cb0"/>`,
      `<text x="${middle}" y="${14 + height - h}" text-anchor="middle" font-size="12">${week.count}</text>`,
      `<text x="${middle}" y="${height + 38}" text-anchor="middle" font-size="10">${escapeHtml(week.label)}</text>`,
    ].join('');
  });
  const width = b.weeks.length * step + 10;
  return (
    `<svg width="${width}" height="${height + 50}" viewBox="0 0 ${width} ${height + 50}" role="img"` +
    ` aria-label="${escapeHtml(b.title)}">${bars.join('')}</svg>`
  );
}

function table(b: TableBlock): string {
  if (b.rows.length === 0) return `<p class="empty">${escapeHtml(b.empty ?? '')}</p>`;
  const max = Math.max(...(b.bars ?? [0]));
  const head = b.head.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('') + (b.bars ? '<th></th>' : '');
  const rows = b.rows.map((row, i) => {
    const cells = row
      .map((cell, column) => `<td${b.keep?.includes(column) ? ' class="keep"' : ''}>${escapeHtml(cell)}</td>`)
      .join('');
    return `<tr>${cells}${b.bars ? `<td class="bar">${barSvg(b.bars[i], max)}</td>` : ''}</tr>`;
  });
  const footer = b.footer ? `<p class="empty">${escapeHtml(b.footer)}</p>` : '';
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${footer}`;
}

// Blocks of this many rows or fewer are kept on one page when printed; longer ones break
// between rows, so that a week fits on one or two sheets without half-blank ones.
const SMALL = 12;

function block(b: Block): string {
  const title = `<h2>${escapeHtml(b.title)}</h2>`;
  if (b.kind === 'trend') return `<section class="small">${title}${trendSvg(b)}</section>`;
  if (b.kind === 'list') {
    const body =
      b.items.length === 0
        ? `<p class="empty">${escapeHtml(b.empty)}</p>`
        : `<ul>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    const footer = b.footer ? `<p class="empty">${escapeHtml(b.footer)}</p>` : '';
    return `<section${b.items.length <= SMALL ? ' class="small"' : ''}>${title}${body}${footer}</section>`;
  }
  return `<section${b.rows.length <= SMALL ? ' class="small"' : ''}>${title}${table(b)}</section>`;
}

export function renderReportHtml(doc: ReportDocument): string {
  return `<!DOCTYPE html>
<html lang="${lang()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(doc.title)}</h1>
<p class="subtitle">${escapeHtml(doc.subtitle)}</p>
${doc.blocks.map(block).join('\n')}
</body>
</html>`;
}
