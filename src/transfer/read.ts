import { Reading, failed, type Conversion } from './checked.js';
import { CsvProblem, MAX_RECORD, RecordTooLong, countRecords, csvRows, type CsvRow } from './csv-rows.js';
import { isOwnHeader, ownCsvRecord } from './csv.js';
import { handHeader, handRecord, type HandContext } from './hand.js';
import { isOwnLayout, readJson, readOwnJson } from './json.js';
import { decodeAs, encodingOf } from './encoding.js';
import { SHOWN, type RowProblem } from './problems.js';
import { tn } from '../i18n/index.js';
import { MAX_LINE, MAX_WHOLE, bufferSource, bytesOf, firstOverlongLine, linesOf, piecesOf } from './source.js';
import type { Source } from './source.js';

// Reads a file to import: our JSON, our CSV, or a CSV kept by hand. Our JSON as export lays
// it out is read a line at a time, a CSV a piece at a time (decoded and parsed as it is
// read); only a JSON laid out otherwise is read whole. Problems carry their line (CSV,
// counted from 1 with the header) or index (JSON, counted from 0).

/** The file refused for its lines that are not valid UTF-8 (it mixes encodings): the first
 * of them, and how many there are. */
function badUtf8Lines(source: Source): Reading {
  const first: RowProblem[] = [];
  let total = 0;
  let line = 1;
  for (const text of linesOf(source, 0, source.size)) {
    if (text === null && total++ < SHOWN) first.push({ where: { line }, key: 'import.problem.utf8' });
    line++;
  }
  return failed(first, total);
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

// Far more than any header, ours (about fifty) or a shop's: a line of thousands of cells
// is not a table of complaints, and would give a problem per unknown column.
const MAX_COLUMNS = 1000;

/** A CSV as the pieces of its text, read again from the start at each call. */
type Texts = () => Iterable<string>;

function readCsv(texts: Texts, first: string, count: () => number, context: HandContext): Reading {
  const delimiter = delimiterOf(first);
  const columns = first.slice(0, first.search(/\r?\n|$/)).split(delimiter).length;
  if (columns > MAX_COLUMNS)
    return failed([
      { where: { line: 1 }, key: 'import.problem.tooManyColumns', params: { found: columns, max: MAX_COLUMNS } },
    ]);
  const options = { delimiter, relax_column_count: true, skip_empty_lines: true };
  const problem = (error: CsvProblem): RowProblem =>
    error instanceof RecordTooLong
      ? { where: { line: error.line ?? 1 }, key: 'import.problem.rowTooLong', params: { max: MAX_RECORD / MIB } }
      : {
          where: error.line ? { line: error.line } : null,
          key: 'import.problem.csv',
          params: { detail: error.message },
        };
  const rows = csvRows(texts(), options);
  let head: CsvRow | undefined;
  try {
    const found = rows.next();
    head = found.done ? undefined : found.value;
  } catch (error) {
    if (error instanceof CsvProblem) return failed([problem(error)]);
    throw error;
  } finally {
    rows.return();
  }
  if (!head) return failed([]);
  const own = isOwnHeader(head.record);
  const hand = own ? null : handHeader(head.record);
  if (hand && 'problems' in hand) return failed(hand.problems);
  const width = head.record.length;
  const convert = ({ record: cells, info }: CsvRow): Conversion => {
    // csv-parse counts the line a row ends on; a row with line breaks in its cells began earlier.
    const line = info.lines - cells.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (cells.length !== width) {
      return {
        record: null,
        problems: [
          {
            where: { line },
            key: 'import.problem.columns',
            params: { expected: width, found: tn('count.columns', cells.length) },
          },
        ],
      };
    }
    return hand ? handRecord(hand.columns, cells, line, context) : ownCsvRecord(cells, line, head.record);
  };
  // The rows are parsed as they are read, each time the file is read through.
  return new Reading(
    [],
    function* () {
      const body = csvRows(texts(), options);
      try {
        body.next();
        for (const row of body) {
          // Rows with every cell empty (";;;;;;", which Excel often leaves at the end) are skipped.
          if (row.record.some((cell) => cell.trim() !== '')) yield convert(row);
        }
      } catch (error) {
        if (!(error instanceof CsvProblem)) throw error;
        yield { record: null, problems: [problem(error)] };
      }
    },
    () => Math.max(0, count() - 1),
  );
}

const BOM = Buffer.from('\uFEFF');
const MIB = 1024 * 1024;

/** Where the text begins: after a byte order mark, or two (an editor that adds one to a
 * file that has one). */
function textStart(source: Source): number {
  let start = 0;
  while (start < 2 * BOM.length && bytesOf(source, start, start + BOM.length).equals(BOM)) start += BOM.length;
  return start;
}

function tooLarge(source: Source): RowProblem {
  const size = Math.ceil(source.size / MIB);
  return { where: null, key: 'import.problem.tooLarge', params: { size, max: MAX_WHOLE / MIB } };
}

export function readImport(file: Source | Buffer, context: HandContext): Reading {
  const source = Buffer.isBuffer(file) ? bufferSource(file) : file;
  // No line is too long to hold (source.ts), whatever the file.
  const overlong = firstOverlongLine(source);
  if (overlong !== null)
    return failed([{ where: { line: overlong }, key: 'import.problem.lineTooLong', params: { max: MAX_LINE / MIB } }]);
  const start = textStart(source);
  if (isOwnLayout(source, start)) return readOwnJson(source, start);
  // The encoding is found from the whole file, looked at piece by piece before any is
  // decoded (encoding.ts). UTF-8 is read after its byte order marks; Windows-1252 from the
  // first byte, as the marks are not Windows-1252.
  const pieces = (from: number) => piecesOf(source, from, source.size);
  const found = encodingOf(() => pieces(0), context.encoding);
  if (!found) return badUtf8Lines(source);
  const from = found.encoding === 'utf-8' ? start : 0;
  const texts = function* () {
    for (const piece of pieces(from)) yield decodeAs(found.encoding, piece);
  };
  const first = texts().next();
  const head = first.done ? '' : first.value;
  if (/^\s*[{[]/.test(head)) {
    if (source.size > MAX_WHOLE) return failed([tooLarge(source)]);
    return readJson(decodeAs(found.encoding, bytesOf(source, from)));
  }
  const reading = readCsv(texts, head, () => countRecords(pieces(from)), context);
  if (found.assumed) reading.assumedEncoding = found.encoding;
  return reading;
}
