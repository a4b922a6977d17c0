import type { ExportedComplaint, ImportRecord } from '../store/store.js';
import type { Sink } from './sink.js';
import { exportedObject, exportedRecord } from './record.js';
import type { RowProblem } from './problems.js';

// The lossless format: { "format": "plainte", "version": 1, "complaints": [...] }, one
// complaint per line so that it is written as it is read, never built whole in memory.

export const FORMAT = 'plainte';
export const VERSION = 1;

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

export function readJson(text: string): { records: ImportRecord[]; problems: RowProblem[] } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { records: [], problems: [{ where: null, key: 'import.problem.json', params: { detail: (error as Error).message } }] };
  }
  const top = document as { format?: unknown; version?: unknown; complaints?: unknown } | null;
  if (typeof top !== 'object' || top === null || top.format !== FORMAT || !Array.isArray(top.complaints)) {
    return { records: [], problems: [{ where: null, key: 'import.problem.notOurs' }] };
  }
  if (top.version !== VERSION) return { records: [], problems: [{ where: null, key: 'import.problem.version', params: { version: String(top.version) } }] };
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [];
  (top.complaints as unknown[]).forEach((item, index) => {
    const checked = exportedRecord(item);
    if (checked.record) records.push(checked.record);
    for (const problem of checked.problems) problems.push({ where: { index }, ...problem });
  });
  return { records, problems };
}
