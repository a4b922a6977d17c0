import { parse } from 'csv-parse/sync';
import { failureText } from '../format/failure.js';
import { failed, readingOf, type Conversion, type Reading } from './checked.js';
import { HEADER, ownCsvRecord } from './csv.js';
import { handHeader, handRecord, type HandContext } from './hand.js';
import { isOwnLayout, readJson, readOwnJson } from './json.js';
import { decodeText } from './encoding.js';
import type { RowProblem } from './problems.js';
import { bufferSource, bytesOf, type Source } from './source.js';

// Reads a file to import: our JSON, our CSV, or a CSV kept by hand. Our JSON as export lays
// it out is read a line at a time; anything else is read whole, as a spreadsheet's CSV is
// small. Problems carry their line (CSV, counted from 1 with the header) or index (JSON,
// counted from 0).

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

function readCsv(text: string, context: HandContext): Reading {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      info: true,
      skip_empty_lines: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return failed([
      {
        where: lines ? { line: lines } : null,
        key: 'import.problem.csv',
        params: { detail: failureText(error) },
      },
    ]);
  }
  const [head, ...rest] = rows;
  if (!head) return failed([]);
  // Rows with every cell empty (";;;;;;", which Excel often leaves at the end) are skipped.
  const body = rest.filter((row) => row.record.some((cell) => cell.trim() !== ''));
  const own = head.record.join('\u0000') === HEADER.join('\u0000');
  const hand = own ? null : handHeader(head.record);
  if (hand && 'problems' in hand) return failed(hand.problems);
  const width = head.record.length;
  return readingOf(body, ({ record: cells, info }): Conversion => {
    // csv-parse counts the line a row ends on; a row with line breaks in its cells began earlier.
    const line = info.lines - cells.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (cells.length !== width) {
      return {
        record: null,
        problems: [
          { where: { line }, key: 'import.problem.columns', params: { expected: width, found: cells.length } },
        ],
      };
    }
    return hand ? handRecord(hand.columns, cells, line, context) : ownCsvRecord(cells, line);
  });
}

const BOM = Buffer.from('\uFEFF');

/** Where the text begins: after a byte order mark, or two (the decoder takes one off and
 * the text's own test a second, when the file is read whole). */
function textStart(source: Source): number {
  let start = 0;
  while (start < 2 * BOM.length && bytesOf(source, start, start + BOM.length).equals(BOM)) start += BOM.length;
  return start;
}

export function readImport(file: Source | Buffer, context: HandContext): Reading {
  const source = Buffer.isBuffer(file) ? bufferSource(file) : file;
  const start = textStart(source);
  if (isOwnLayout(source, start)) return readOwnJson(source, start);
  const bytes = bytesOf(source);
  const decoded = decodeText(bytes, context.encoding);
  if (!decoded) return failed(badUtf8Lines(bytes));
  let text = decoded.text;
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (/^\s*[{[]/.test(text)) return readJson(text);
  const reading = readCsv(text, context);
  if (decoded.assumed) reading.assumedEncoding = decoded.encoding;
  return reading;
}
