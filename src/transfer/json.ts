import type { ExportedComplaint } from '../store/store.js';
import { checkAll, failed, type Checked, type Conversion } from './checked.js';
import type { Sink } from './sink.js';
import { exportedObject, exportedRecord } from './record.js';
import type { RowProblem } from './problems.js';

// The lossless format: { "format": "plainte", "version": 1, "complaints": [...] }, one
// complaint per line so that it is written as it is read, never built whole in memory.

const FORMAT = 'plainte';
const VERSION = 1;

export async function writeJson(complaints: AsyncIterable<ExportedComplaint>, sink: Sink): Promise<number> {
  await sink.write(`{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"complaints":[`);
  let count = 0;
  for await (const complaint of complaints) {
    await sink.write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(exportedObject(complaint))}`);
    count++;
  }
  await sink.write(`${count === 0 ? '' : '\n'}]}\n`);
  return count;
}

const HEAD = `{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"complaints":[`;

type Item = { line: string } | { value: unknown };

/** Our own files hold one complaint per line: parsed line by line, the file never exists in
 * memory as a whole document. */
function ownLines(text: string): (() => Iterable<Item>) | null {
  const lines = text.split('\n');
  if (lines[0] !== HEAD || lines.at(-1) !== '' || lines.at(-2) !== ']}') return null;
  return function* () {
    for (let i = 1; i < lines.length - 2; i++) {
      const line = lines[i]!;
      yield { line: line.endsWith(',') ? line.slice(0, -1) : line };
    }
  };
}

function itemsOf(text: string): (() => Iterable<Item>) | RowProblem {
  const own = text.startsWith(HEAD) ? ownLines(text) : null;
  if (own) return own;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { where: null, key: 'import.problem.json', params: { detail: (error as Error).message } };
  }
  const top = document as { format?: unknown; version?: unknown; complaints?: unknown } | null;
  if (typeof top !== 'object' || top === null || top.format !== FORMAT || !Array.isArray(top.complaints)) {
    return { where: null, key: 'import.problem.notOurs' };
  }
  if (top.version !== VERSION) return { where: null, key: 'import.problem.version', params: { version: String(top.version) } };
  const complaints = top.complaints as unknown[];
  return () => complaints.map((value) => ({ value }));
}

function convert(item: Item, index: number): Conversion {
  let value: unknown;
  if ('line' in item) {
    try {
      value = JSON.parse(item.line);
    } catch (error) {
      // A line of our format that is not JSON: the file was damaged or cut.
      return { record: null, problems: [{ where: { index }, key: 'import.problem.json', params: { detail: (error as Error).message } }] };
    }
  } else value = item.value;
  const checked = exportedRecord(value);
  return { record: checked.record, problems: checked.problems.map((problem) => ({ where: { index }, ...problem })) };
}

export function readJson(text: string): Checked {
  const items = itemsOf(text);
  return 'key' in items ? failed([items]) : checkAll(items, convert);
}
