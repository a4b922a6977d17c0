import { Reading, failed, type Conversion } from './checked.js';
import { CsvProblem, countRecords, csvRows, type CsvRow } from './csv-rows.js';
import { isOwnHeader, ownCsvRecord } from './csv.js';
import { handHeader, handRecord, type HandContext } from './hand.js';
import { isOwnLayout, readJson, readOwnJson } from './json.js';
import { decodeText } from './encoding.js';
import type { RowProblem } from './problems.js';
import { tn } from '../i18n/index.js';
import { MAX_LINE, MAX_WHOLE, bufferSource, bytesOf, firstOverlongLine, type Source } from './source.js';

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

// Far more than any header, ours (about fifty) or a shop's: a line of thousands of cells
// is not a table of complaints, and would give a problem per unknown column.
const MAX_COLUMNS = 1000;

function readCsv(text: string, context: HandContext): Reading {
  const delimiter = delimiterOf(text);
  const columns = text.slice(0, text.search(/\r?\n|$/)).split(delimiter).length;
  if (columns > MAX_COLUMNS)
    return failed([
      { where: { line: 1 }, key: 'import.problem.tooManyColumns', params: { found: columns, max: MAX_COLUMNS } },
    ]);
  const options = { delimiter, relax_column_count: true, skip_empty_lines: true };
  const problem = (error: CsvProblem): RowProblem => ({
    where: error.line ? { line: error.line } : null,
    key: 'import.problem.csv',
    params: { detail: error.message },
  });
  const rows = csvRows(text, options);
  let head: CsvRow | undefined;
  try {
    const first = rows.next();
    head = first.done ? undefined : first.value;
  } catch (error) {
    if (error instanceof CsvProblem) return failed([problem(error)]);
    throw error;
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
      const body = csvRows(text, options);
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
    () => Math.max(0, countRecords(text) - 1),
  );
}

const BOM = Buffer.from('\uFEFF');

/** Where the text begins: after a byte order mark, or two (the decoder takes one off and
 * the text's own test a second, when the file is read whole). */
function textStart(source: Source): number {
  let start = 0;
  while (start < 2 * BOM.length && bytesOf(source, start, start + BOM.length).equals(BOM)) start += BOM.length;
  return start;
}

const MIB = 1024 * 1024;

/** What no file of complaints is: a line or a file read whole too long to hold (source.ts). */
function beyondLimits(source: Source, own: boolean): RowProblem | null {
  const overlong = firstOverlongLine(source);
  if (overlong !== null)
    return { where: { line: overlong }, key: 'import.problem.lineTooLong', params: { max: MAX_LINE / MIB } };
  if (own || source.size <= MAX_WHOLE) return null;
  const size = Math.ceil(source.size / MIB);
  return { where: null, key: 'import.problem.tooLarge', params: { size, max: MAX_WHOLE / MIB } };
}

export function readImport(file: Source | Buffer, context: HandContext): Reading {
  const source = Buffer.isBuffer(file) ? bufferSource(file) : file;
  const start = textStart(source);
  const own = isOwnLayout(source, start);
  const refused = beyondLimits(source, own);
  if (refused) return failed([refused]);
  if (own) return readOwnJson(source, start);
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
