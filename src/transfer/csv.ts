import type { Complaint, Customer } from '../domain/types.js';
import type { ExportedComplaint, ImportRecord } from '../store/store.js';
import { COMPLAINT_FIELDS, CUSTOMER_FIELDS, Invalid, cellValue } from './fields.js';
import type { RowProblem } from './problems.js';
import { exportedRecord } from './record.js';
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

/** Our header: the complaint's fields, the customer's after customerId, the history last. */
const HEADER: readonly string[] = COMPLAINT_FIELDS.flatMap((field) =>
  field.name === 'customerId' ? [field.name, ...CUSTOMER_COLUMNS.map((c) => c.column)] : [field.name],
).concat('events');

/** The header of an export made before the letters' columns: still ours, read as it is. */
const EARLIER_HEADER = HEADER.filter(
  (column) => !['answerDueAt', 'writtenAnswerAt', 'customerAddress'].includes(column),
);

/** Whether a CSV's first row is our header, of this version or the one before. */
export function isOwnHeader(record: readonly string[]): boolean {
  const columns = record.join('\u0000');
  return columns === HEADER.join('\u0000') || columns === EARLIER_HEADER.join('\u0000');
}

const FORMULA = /^'*[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

export function restore(text: string): string {
  return FORMULA.test(text) && text.startsWith("'") ? text.slice(1) : text;
}

/** A complaint's or customer's field: text, a number, yes/no, or nothing. */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return neutralise(value);
}

// One record as csv-stringify writes it with OPTIONS (the tests compare both on any text):
// a cell is quoted when it holds the delimiter, a quote or a line break, or starts or ends
// with white space, and quotes inside are doubled. Written by hand because csv-stringify
// spends more on its options and per-cell bookkeeping than on the text itself, and leaves
// garbage behind for every cell, a cost and a heap that grow with the size of an export.
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i];
    if (i > 0) line += ';';
    line += NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }
  return `${line}\r\n`;
}

function row(complaint: ExportedComplaint): string[] {
  const cells: string[] = [];
  for (const field of COMPLAINT_FIELDS) {
    cells.push(cell(complaint[field.name as keyof Complaint] as string | number | boolean | null));
    if (field.name === 'customerId') {
      for (const { field: customerField } of CUSTOMER_COLUMNS) {
        cells.push(cell(complaint.customer?.[customerField.name as keyof Customer] ?? null));
      }
    }
  }
  cells.push(complaint.events.length === 0 ? '' : neutralise(JSON.stringify(complaint.events)));
  return cells;
}

export async function writeCsv(complaints: AsyncIterable<ExportedComplaint>, sink: Sink): Promise<number> {
  await sink.write(BOM + csvRecord(HEADER));
  let count = 0;
  for await (const complaint of complaints) {
    await sink.write(csvRecord(row(complaint)));
    count++;
  }
  return count;
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
    try {
      into[name] = cellValue(field, byColumn.get(column) ?? '');
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ where: { line }, field: column, ...error.problem });
    }
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
