import { excerpt, type ExcerptPiece } from '../domain/search.js';
import { formatDateTime } from '../format/dates.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import { label } from '../i18n/index.js';
import type { SearchHit } from '../store/store.js';
import { color } from './output.js';

// The complaints `plainte search` found, best first: a line naming each (number, when it came
// in, its status, the customer, what it is about), then where the words were found, the words
// themselves highlighted on a terminal.

const INDENT = '     ';

/** The excerpt on one line, stored text made safe, the words found in bold. */
function excerptLine(pieces: readonly ExcerptPiece[]): string {
  const paint = color();
  return pieces
    .map((piece) => {
      const text = sanitize(piece.text).replace(/\s+/g, ' ');
      return piece.match ? paint.bold.yellow(text) : text;
    })
    .join('')
    .trim();
}

function hitLines(hit: SearchHit, words: readonly string[]): string[] {
  const head = [
    `${`#${hit.id}`.padEnd(INDENT.length - 1)} ${formatDateTime(hit.receivedAt)}`,
    label('status', hit.status),
    oneLine(hit.customer, 30),
    oneLine(hit.summary, 40),
  ].filter(Boolean);
  const found = excerpt(hit.texts, words);
  return [head.join(' · '), ...(found.length > 0 ? [`${INDENT}${excerptLine(found)}`] : [])];
}

export function renderHits(hits: readonly SearchHit[], words: readonly string[]): string {
  return hits.map((hit) => hitLines(hit, words).join('\n')).join('\n\n');
}
