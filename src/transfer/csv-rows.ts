import { parse, type Options } from 'csv-parse/sync';
import { csvSyntax } from './problems.js';

// The records of a CSV text, parsed a piece at a time as the file is read and decoded:
// csv-parse's records (an array and an info object each) take far more memory than the text
// they come from, and a file of millions of short rows parsed at once took gigabytes. A
// piece ends after a line break outside quotes, where a record ends too: with quotes doubled inside quoted cells (RFC
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

/** The longest record read: its cells may hold line breaks, so that no one line is too long
 * while a quote left open makes the rest of the file one record. Our own export's rows are
 * far shorter: each text is at most a megabyte. */
export const MAX_RECORD = 16 * 1024 * 1024;

/** A record longer than MAX_RECORD characters, from `line` on: the file is read no further. */
export class RecordTooLong extends CsvProblem {
  constructor(line: number) {
    super(line, `record longer than ${MAX_RECORD} characters`);
  }
}

/** How many records the bytes hold, about: their line breaks outside quotes (for a progress
 * line). Quotes and line breaks are the same bytes in UTF-8 and Windows-1252. */
export function countRecords(pieces: Iterable<Uint8Array>): number {
  let count = 0;
  let inQuotes = false;
  let open = false; // bytes read since the last record's end
  for (const bytes of pieces) {
    for (let i = 0; i < bytes.length; i++) {
      const code = bytes[i];
      open = true;
      if (code === QUOTE) inQuotes = !inQuotes;
      else if (code === NEWLINE && !inQuotes) {
        count++;
        open = false;
      }
    }
  }
  return open ? count + 1 : count;
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

/** Where csv-parse failed in a piece, as a problem counted in the whole text, in words. */
function problemIn(error: unknown, linesBefore: number): CsvProblem {
  const lines = (error as { lines?: number }).lines;
  return new CsvProblem(lines ? lines + linesBefore : null, csvSyntax(error));
}

/**
 * The records of a text given in pieces (cut anywhere), in order, with `info.lines` counted
 * in the whole text (csv-parse counts them in the piece it parses). Parsed about PIECE
 * characters at a time, each ending where a record ends, so that only the records of one
 * such piece and the text not yet parsed are held. Throws CsvProblem where csv-parse
 * fails, RecordTooLong for a record longer than MAX_RECORD.
 */
export function* csvRows(texts: Iterable<string>, options: Omit<Options, 'info'>): Generator<CsvRow, void> {
  let linesBefore = 0;
  function* parsed(piece: string): Generator<CsvRow, void> {
    let rows: CsvRow[];
    try {
      rows = parse(piece, { ...options, info: true }) as unknown as CsvRow[];
    } catch (error) {
      throw problemIn(error, linesBefore);
    }
    for (const row of rows) yield { record: row.record, info: { lines: row.info.lines + linesBefore } };
    linesBefore += parserLines(piece);
  }
  let text = ''; // from the start of a record, not parsed yet
  let scanned = 0; // characters of `text` looked at
  let inQuotes = false;
  let recordStart = 0; // in `text`, of the record being scanned
  for (const more of texts) {
    text += more;
    let i = scanned;
    while (i < text.length) {
      const code = text.charCodeAt(i++);
      if (code === QUOTE) inQuotes = !inQuotes;
      else if (code === NEWLINE && !inQuotes) {
        recordStart = i;
        if (i < PIECE) continue;
        yield* parsed(text.slice(0, i));
        text = text.slice(i);
        i = recordStart = 0;
      }
    }
    scanned = i;
    if (text.length - recordStart > MAX_RECORD) {
      yield* parsed(text.slice(0, recordStart));
      throw new RecordTooLong(linesBefore + 1);
    }
  }
  if (text.length > 0) yield* parsed(text);
}
