import type { ImportRecord } from '../store/store.js';
import { SHOWN, type RowProblem } from './problems.js';

/** One row of a file: its record, or what is wrong with it. */
export type Conversion = { record: ImportRecord | null; problems: readonly RowProblem[] };

/** The problems of a good row, shared rather than one empty list per row. */
export const NONE: readonly RowProblem[] = Object.freeze([]);

/** Thrown by a reading that found problems once every row has been read. Thrown inside the
 * store's transaction, it rolls back whatever the rows before the first problem added.
 * `problems` are the first of them (those reported), `total` how many there are in all. */
export class Refused extends Error {
  constructor(
    readonly problems: readonly RowProblem[],
    readonly total: number = problems.length,
  ) {
    super('import refused');
  }
}

/** The first problems of a file, those reported, and how many there are in all: a file with
 * a problem on each of millions of rows takes no more memory than one with fifty. */
class Tally {
  readonly first: RowProblem[] = [];
  total = 0;
  add(problem: RowProblem, times = 1): void {
    if (this.first.length < SHOWN) this.first.push(problem);
    this.total += times;
  }
}

/**
 * A file being read: each row is read and converted once, and its record goes straight to
 * the store, inside the store's one transaction, instead of every row being checked first
 * and converted again. The promise stays the same: one bad row and nothing is written.
 * From the first problem on no record is given any more, every row is still read so that
 * all problems are reported, and at the end the reading throws Refused, which rolls the
 * transaction back.
 */
export class Reading {
  /** Problems of the whole file (not ours, a wrong header) are known before any row is read. */
  readonly problems: RowProblem[];
  /** The encoding the file was read in when it was not UTF-8 (said to the user), else null. */
  assumedEncoding: string | null = null;

  constructor(
    problems: RowProblem[],
    private readonly rows: () => Iterable<Conversion>,
    /** How many rows there are; may read the file to count them. */
    readonly count: () => number,
    /** How many problems of the whole file there are: `problems` are the first of them. */
    readonly problemCount = problems.length,
  ) {
    this.problems = problems;
  }

  *records(): Generator<ImportRecord> {
    // A file with lines that are not UTF-8 was saved in another encoding (Windows-1252,
    // say): the other problems are likely its effect, so only those lines are reported.
    const all = new Tally();
    const unreadable = new Tally();
    const add = (problem: RowProblem, times = 1) => {
      all.add(problem, times);
      if (problem.key === 'import.problem.utf8') unreadable.add(problem, times);
    };
    for (const problem of this.problems) add(problem);
    // Those only counted are of the kind of the last one kept.
    const more = this.problemCount - this.problems.length;
    if (more > 0) add(this.problems[this.problems.length - 1], more);
    for (const { record, problems } of this.rows()) {
      if (problems.length > 0) for (const problem of problems) add(problem);
      else if (record && all.total === 0) yield record;
    }
    const reported = unreadable.total > 0 ? unreadable : all;
    if (reported.total > 0) throw new Refused(reported.first, reported.total);
  }

  /** Every row read and checked, no record given: what records() would refuse, if anything. */
  check(): Refused | null {
    try {
      for (const record of this.records()) void record;
    } catch (error) {
      if (error instanceof Refused) return error;
      throw error;
    }
    return null;
  }
}

/** A file refused as a whole: its problems (the first `problems`, of `total`). */
export function failed(problems: RowProblem[], total = problems.length): Reading {
  return new Reading(
    problems,
    () => [],
    () => 0,
    total,
  );
}

/** A reading of rows already in memory (a CSV, a reformatted JSON), converted as they go. */
export function readingOf<T>(items: readonly T[], convert: (item: T, index: number) => Conversion): Reading {
  return new Reading(
    [],
    function* () {
      for (let index = 0; index < items.length; index++) yield convert(items[index], index);
    },
    () => items.length,
  );
}
