import type { Complaint, Customer } from '../domain/types.js';
import type { CsvValue, ExportedComplaint, ImportRecord } from '../store/store.js';
import { COMPLAINT_FIELDS, CUSTOMER_FIELDS, Invalid, cellValue } from './fields.js';
import type { RowProblem } from './problems.js';
import { exportedRecord, historyText } from './record.js';
import type { Sink } from './sink.js';

// The spreadsheet format. French Excel separates list items with ";" and reads a file as
// UTF-8 only when it starts with a byte order mark; lines end in CRLF as Windows expects.
// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
// apostrophe; cells that already start with apostrophes before such a character get one
// more, so that import can remove exactly one and give back the text as it was.

const BOM = '\uFEFF';
export const OPTIONS = { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]|^\s|\s$/ } as const;

const CUSTOMER_COLUMNS = CUSTOMER_FIELDS.filter((field) => field.name !== 'id').map((field) => ({
  field,
  column: `customer${field.name[0].toUpperCase()}${field.name.slice(1)}`,
}));

/** Our header: the complaint's fields, the customer's after customerId, the history, then
 * the names of the attachments (their bytes travel in JSON only). */
const HEADER: readonly string[] = COMPLAINT_FIELDS.flatMap((field) =>
  field.name === 'customerId' ? [field.name, ...CUSTOMER_COLUMNS.map((c) => c.column)] : [field.name],
).concat('events', 'attachments');

/** The header of an export made before attachments: still ours, read as it is. */
const BEFORE_ATTACHMENTS = HEADER.slice(0, -1);

/** The header of an export made before the letters' columns: still ours, read as it is. */
const EARLIER_HEADER = BEFORE_ATTACHMENTS.filter(
  (column) => !['answerDueAt', 'writtenAnswerAt', 'customerAddress'].includes(column),
);

/** Whether a CSV's first row is our header, of this version or an earlier one. */
export function isOwnHeader(record: readonly string[]): boolean {
  const columns = record.join('\u0000');
  return [HEADER, BEFORE_ATTACHMENTS, EARLIER_HEADER].some((header) => columns === header.join('\u0000'));
}

const FORMULA = /^'*[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

export function restore(text: string): string {
  return FORMULA.test(text) && text.startsWith("'") ? text.slice(1) : text;
}

// One record as csv-stringify writes it with OPTIONS (the tests compare both on any text):
// a cell is quoted when it holds the delimiter, a quote or a line break, or starts or ends
// with white space, and quotes inside are doubled. Written by hand because csv-stringify
// spends more on its options and per-cell bookkeeping than on the text itself, and leaves
// garbage behind for every cell, a cost and a heap that grow with the size of an export.
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/** The cell of a text, quoted when it must be. (Splitting on the quotes makes half the
 * garbage replaceAll makes of a long history, the longest cell of all.) */
const quoted = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.split('"').join('""')}"` : text);

export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ';';
    line += quoted(cells[i]);
  }
  return `${line}\r\n`;
}

/** A complaint's or customer's field as its cell, quoted when needed: text, a number,
 * yes/no, or nothing. */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return quoted(neutralise(value));
}

const FIELD_NAMES = COMPLAINT_FIELDS.map((field) => field.name as keyof Complaint);
const CUSTOMER_NAMES = CUSTOMER_COLUMNS.map(({ field }) => field.name as keyof Customer);

/** The cells of the line being written, reused from one complaint to the next: joined,
 * they make the line in one piece of text. */
const cells = new Array<string>(HEADER.length - 1).fill('');

/** The complaint's cells but its history, each followed by the separator. */
function fieldCells(complaint: ExportedComplaint): string {
  let at = 0;
  for (let i = 0; i < FIELD_NAMES.length; i++) {
    const name = FIELD_NAMES[i];
    cells[at++] = cell(complaint[name] as string | number | boolean | null);
    if (name !== 'customerId') continue;
    const { customer } = complaint;
    for (let j = 0; j < CUSTOMER_NAMES.length; j++)
      cells[at++] = customer === null ? '' : cell(customer[CUSTOMER_NAMES[j]]);
  }
  cells[at] = '';
  return cells.join(';');
}

/** `next` once `wait` (a write the sink made wait for) is over, else at once. */
const after = (wait: Promise<void> | void, next: () => Promise<void> | void) => (wait ? wait.then(next) : next());

/** The history's cell, then the line's end (`end`). A JSON array of objects is never taken
 * for a formula and is always quoted, for its quotes: the sink doubles them as it writes
 * (doubled here, the history's text made more garbage than all the rest of the line). */
function writeHistory(history: string, sink: Sink, end: string): Promise<void> | void {
  if (history === '[]') return sink.write(end);
  if (sink.writeQuoted === undefined || !history.startsWith('[{"'))
    return sink.write(`${quoted(neutralise(history))}${end}`);
  return after(sink.writeQuoted(history), () => sink.write(end));
}

/** The attachments' cell: their names, one a line. */
function attachmentsCell(complaint: ExportedComplaint): string {
  return complaint.attachments?.length
    ? cell(complaint.attachments.map((attachment) => attachment.name).join('\n'))
    : '';
}

/** The complaint's line, as csvRecord would write its cells; a promise only when the sink
 * makes the writer wait. */
function writeLine(complaint: ExportedComplaint, sink: Sink): Promise<void> | void {
  const end = `;${attachmentsCell(complaint)}\r\n`;
  return after(sink.write(fieldCells(complaint)), () => writeHistory(historyText(complaint), sink, end));
}

/** The fields' columns: the history's and the attachments' follow them. */
const FIELD_COLUMNS = HEADER.length - 2;

/** The columns of numbers, yes/no and words from a list, whose value is its cell: never
 * quoted, never taken for a formula (the customer's columns are all free text). */
const AS_IT_IS = HEADER.slice(0, FIELD_COLUMNS).map((column) => {
  const kind = COMPLAINT_FIELDS.find((field) => field.name === column)?.kind ?? 'text';
  return kind === 'int' || kind === 'bool' || Array.isArray(kind);
});

/** The line of a complaint given as the values of its cells (the store's exportCsvRows). */
function writeValues(values: readonly CsvValue[], sink: Sink): Promise<void> | void {
  for (let i = 0; i < FIELD_COLUMNS; i++) {
    const value = values[i];
    cells[i] = value === null ? '' : AS_IT_IS[i] ? String(value) : cell(value);
  }
  cells[FIELD_COLUMNS] = '';
  const names = values[FIELD_COLUMNS + 1];
  const end = names === null ? ';\r\n' : `;${cell(names)}\r\n`;
  const history = (values[FIELD_COLUMNS] as string | null) ?? '[]';
  return after(sink.write(cells.join(';')), () => writeHistory(history, sink, end));
}

async function writeLines<T>(
  items: AsyncIterable<T>,
  sink: Sink,
  write: (item: T, sink: Sink) => Promise<void> | void,
): Promise<number> {
  await sink.write(BOM + csvRecord(HEADER));
  let count = 0;
  for await (const item of items) {
    const wait = write(item, sink);
    if (wait) await wait;
    count++;
  }
  return count;
}

export function writeCsv(complaints: AsyncIterable<ExportedComplaint>, sink: Sink): Promise<number> {
  return writeLines(complaints, sink, writeLine);
}

/** The same file from the values of each complaint's cells, as the store gives them. */
export function writeCsvRows(rows: AsyncIterable<readonly CsvValue[]>, sink: Sink): Promise<number> {
  return writeLines(rows, sink, writeValues);
}

/** One row of our own CSV, under `header`, back to a record, through the same checks as JSON. */
export function ownCsvRecord(
  cells: readonly string[],
  line: number,
  header: readonly string[],
): { record: ImportRecord | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  // A column the header lacks (an earlier export's) is read as empty.
  const byColumn = new Map(header.map((column, i) => [column, restore(cells[i] ?? '')]));
  const source: Record<string, unknown> = {};
  const read = (
    name: string,
    field: (typeof COMPLAINT_FIELDS)[number],
    column: string,
    into: Record<string, unknown>,
  ) => {
    const value = cellValue(field, byColumn.get(column) ?? '');
    if (value instanceof Invalid) problems.push({ where: { line }, field: column, ...value.problem });
    else into[name] = value;
  };
  for (const field of COMPLAINT_FIELDS) read(field.name, field, field.name, source);
  const customer: Record<string, unknown> = { id: source.customerId };
  for (const { field, column } of CUSTOMER_COLUMNS) read(field.name, field, column, customer);
  source.customer = source.customerId === null && customer.name === null ? null : customer;
  const events = byColumn.get('events') ?? '';
  try {
    source.events = events === '' ? [] : (JSON.parse(events) as unknown);
  } catch {
    problems.push({ where: { line }, field: 'events', key: 'import.problem.events' });
  }
  if (problems.length > 0) return { record: null, problems };
  const checked = exportedRecord(source);
  if (checked.record) checked.record.where = { line };
  return { record: checked.record, problems: checked.problems.map((problem) => ({ where: { line }, ...problem })) };
}
