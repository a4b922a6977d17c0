import type { ImportRecord } from '../store/store.js';
import type { RowProblem } from './problems.js';

/** A file read and checked: its problems, and its records made on demand. */
export interface Checked {
  count: number;
  problems: RowProblem[];
  /** The records again, one at a time, as the store inserts them. */
  records: () => Iterable<ImportRecord>;
}

export type Conversion = { record: ImportRecord | null; problems: RowProblem[] };

export function failed(problems: RowProblem[]): Checked {
  return { count: 0, problems, records: () => [] };
}

/** Every item is checked once, keeping only the problems; the records are made a second time
 * while they are inserted. Holding 100,000 records at once costs more in garbage collection
 * than converting twice. */
export function checkAll<T>(items: () => Iterable<T>, convert: (item: T, index: number) => Conversion): Checked {
  const problems: RowProblem[] = [];
  let count = 0;
  for (const item of items()) problems.push(...convert(item, count++).problems);
  return {
    count,
    problems,
    *records() {
      let index = 0;
      for (const item of items()) {
        const { record } = convert(item, index++);
        if (record) yield record;
      }
    },
  };
}
