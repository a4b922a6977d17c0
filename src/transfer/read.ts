import { parse } from 'csv-parse/sync';
import { checkAll, failed, type Checked, type Conversion } from './checked.js';
import { HEADER, ownCsvRecord } from './csv.js';
import { handHeader, handRecord, type HandContext } from './hand.js';
import { readJson } from './json.js';
import type { RowProblem } from './problems.js';

// Reads a file to import: our JSON, our CSV, or a CSV kept by hand. Everything is checked
// before anything is written, so the whole file is read here; problems carry their line
// (CSV, counted from 1 with the header) or index (JSON, counted from 0).

type Parsed = Checked & { format: 'json' | 'csv' | 'hand' };

/** Lines that are not valid UTF-8 (a file saved as Windows-1252, say). */
function badUtf8Lines(bytes: Buffer): RowProblem[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const problems: RowProblem[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      problems.push({ where: { line }, key: 'import.problem.utf8' });
    }
    start = end + 1;
    line++;
  }
  return problems;
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(text: string, context: HandContext): Parsed {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return { ...failed([{ where: lines ? { line: lines } : null, key: 'import.problem.csv', params: { detail: (error as Error).message } }]), format: 'csv' };
  }
  const [head, ...body] = rows;
  if (!head) return { ...failed([]), format: 'csv' };
  const own = head.record.join('\u0000') === HEADER.join('\u0000');
  const hand = own ? null : handHeader(head.record);
  if (hand && 'problems' in hand) return { ...failed(hand.problems), format: 'hand' };
  const width = head.record.length;
  const checked = checkAll(
    () => body,
    ({ record: cells, info }): Conversion => {
      // csv-parse counts the line a row ends on; a row with line breaks in its cells began earlier.
      const line = info.lines - cells.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
      if (cells.length !== width) {
        return { record: null, problems: [{ where: { line }, key: 'import.problem.columns', params: { expected: width, found: cells.length } }] };
      }
      return hand ? handRecord(hand.columns, cells, line, context) : ownCsvRecord(cells, line);
    },
  );
  return { ...checked, format: hand ? 'hand' : 'csv' };
}

export function readImport(bytes: Buffer, context: HandContext): Parsed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ...failed(badUtf8Lines(bytes)), format: 'csv' };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (/^\s*[{[]/.test(text)) return { ...readJson(text), format: 'json' };
  return readCsv(text, context);
}
