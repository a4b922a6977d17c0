import { parse, type Options } from 'csv-parse/sync';
import { csvSyntax } from './problems.js';

// The records of a CSV text, parsed a piece at a time: csv-parse's records (an array and an
// info object each) take far more memory than the text they come from, and a file of
// millions of short rows parsed at once took gigabytes. A piece ends after a line break
// outside quotes, where a record ends too: with quotes doubled inside quoted cells (RFC
// 4180, csv-parse's default), that is a line break preceded by an even number of quotes.

export interface CsvRow {
  record: string[];
  /** The line the record ends on, counted from 1 in the whole text. */
  info: { lines: number };
}

/** Where csv-parse could not read the text: the line (in the whole text) and what is wrong, in words. */
export class CsvProblem extends Error {
  constructor(
    readonly line: number | null,
    detail: string,
  ) {
    super(detail);
  }
}

/** Characters parsed at once: csv-parse keeps an info object per record, and a piece of tiny
 * records holds tens of thousands of them. */
const PIECE = 1 << 16;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** The first end of a record at or after `wanted`, scanning from `start` (a record's start);
 * the end of the text when there is none. */
function recordEnd(text: string, start: number, wanted: number): number {
  let inQuotes = false;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (code === NEWLINE && !inQuotes && i + 1 >= wanted) return i + 1;
  }
  return text.length;
}

/** How many records the text holds, about: its line breaks outside quotes (for a progress line). */
export function countRecords(text: string): number {
  let count = 0;
  for (let end = 0; end < text.length; count++) end = recordEnd(text, end, end + 1);
  return count;
}

const RETURN = 0x0d;

/** The lines of a piece as csv-parse counts them, so that the next piece's are counted on
 * from there: each line feed or carriage return, except a CRLF outside quotes (one record
 * delimiter), which is one. */
function parserLines(piece: string): number {
  let count = 0;
  let inQuotes = false;
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (code === NEWLINE || code === RETURN) {
      count++;
      if (code === RETURN && !inQuotes && piece.charCodeAt(i + 1) === NEWLINE) i++;
    }
  }
  return count;
}

/** The records of `text`, in order, with `info.lines` counted in the whole text (csv-parse
 * counts them in the piece). Throws CsvProblem where csv-parse fails. */
export function* csvRows(text: string, options: Omit<Options, 'info'>): Generator<CsvRow, void> {
  let linesBefore = 0;
  for (let start = 0; start < text.length;) {
    const end = recordEnd(text, start, start + PIECE);
    const piece = text.slice(start, end);
    let rows: CsvRow[];
    try {
      rows = parse(piece, { ...options, info: true }) as unknown as CsvRow[];
    } catch (error) {
      const lines = (error as { lines?: number }).lines;
      throw new CsvProblem(lines ? lines + linesBefore : null, csvSyntax(error));
    }
    for (const row of rows) yield { record: row.record, info: { lines: row.info.lines + linesBefore } };
    linesBefore += parserLines(piece);
    start = end;
  }
}
