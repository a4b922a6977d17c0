import type { ExportedComplaint } from '../store/store.js';
import { NONE, Reading, failed, readingOf, type Conversion } from './checked.js';
import { jsonSyntax } from './problems.js';
import type { Sink } from './sink.js';
import { exportedJson, exportedRecord } from './record.js';
import { bytesOf, countLines, linesOf, type Source } from './source.js';

// The lossless format: { "format": "plainte", "version": 1, "complaints": [...] }, one
// complaint per line so that it is written as it is read, and read back a line at a time:
// the file never exists in memory as a whole document, on either side.

const FORMAT = 'plainte';
const VERSION = 1;

/** Each complaint as its line (record.ts's exportedJson). */
export async function* jsonLines(complaints: AsyncIterable<ExportedComplaint>): AsyncIterable<string> {
  for await (const complaint of complaints) yield exportedJson(complaint);
}

/** The file, from each complaint's line (a store may write them itself). */
export async function writeJsonLines(lines: AsyncIterable<string>, sink: Sink): Promise<number> {
  await sink.write(`{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"complaints":[`);
  let count = 0;
  for await (const line of lines) {
    // Each written as it is: joined, they would be copied into one more string first.
    const before = sink.write(count === 0 ? '\n' : ',\n');
    if (before) await before;
    const wait = sink.write(line);
    if (wait) await wait;
    count++;
  }
  await sink.write(`${count === 0 ? '' : '\n'}]}\n`);
  return count;
}

export function writeJson(complaints: AsyncIterable<ExportedComplaint>, sink: Sink): Promise<number> {
  return writeJsonLines(jsonLines(complaints), sink);
}

const HEAD = Buffer.from(`{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"complaints":[\n`);
const TAIL = Buffer.from('\n]}\n');

/** Laid out as export writes it: the head on the first line, one complaint per line, "]}"
 * on the last. (The head's line break is the tail's first byte when there is no complaint.) */
export function isOwnLayout(source: Source, start: number): boolean {
  const { size } = source;
  return (
    size - start >= HEAD.length + TAIL.length - 1 &&
    bytesOf(source, start, start + HEAD.length).equals(HEAD) &&
    bytesOf(source, size - TAIL.length, size).equals(TAIL)
  );
}

/** One complaint from its JSON text, counted from 0 in the file. */
function convertText(text: string, index: number): Conversion {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A line of our format that is not JSON: the file was damaged or cut.
    return {
      record: null,
      problems: [{ where: { index }, key: 'import.problem.json', params: { detail: jsonSyntax(error) } }],
    };
  }
  return convertValue(value, index);
}

function convertValue(value: unknown, index: number): Conversion {
  const checked = exportedRecord(value);
  if (checked.record) {
    checked.record.where = { index };
    return { record: checked.record, problems: NONE };
  }
  return { record: null, problems: checked.problems.map((problem) => ({ where: { index }, ...problem })) };
}

/** Our own file, read a line at a time from `start` (after any byte order mark). */
export function readOwnJson(source: Source, start: number): Reading {
  const from = start + HEAD.length;
  const to = source.size - TAIL.length + 1;
  return new Reading(
    [],
    function* () {
      let index = 0;
      for (const line of linesOf(source, from, to)) {
        // Line 1 is the head: complaint n is on line n + 2.
        if (line === null)
          yield { record: null, problems: [{ where: { line: index + 2 }, key: 'import.problem.utf8' }] };
        else yield convertText(line.endsWith(',') ? line.slice(0, -1) : line, index);
        index++;
      }
    },
    () => countLines(source, from, to),
  );
}

/** Any other JSON (an export reformatted by an editor, say), read as one document. */
export function readJson(text: string): Reading {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return failed([{ where: null, key: 'import.problem.json', params: { detail: jsonSyntax(error) } }]);
  }
  const top = document as { format?: unknown; version?: unknown; complaints?: unknown } | null;
  if (typeof top !== 'object' || top === null || top.format !== FORMAT || !Array.isArray(top.complaints)) {
    return failed([{ where: null, key: 'import.problem.notOurs' }]);
  }
  if (top.version !== VERSION)
    return failed([{ where: null, key: 'import.problem.version', params: { version: String(top.version) } }]);
  return readingOf(top.complaints as unknown[], convertValue);
}
