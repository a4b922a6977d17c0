import type { ReportFigures, Spread } from '../store.js';

// What the report's statements hand over in bulk (a column's values as one comma-separated
// list, or a column of numbers), turned into the figures SQLite used to compute itself, in
// the same order and with the same rounding.

const add = (counts: Map<string, number>, value: string, n: number) => counts.set(value, (counts.get(value) ?? 0) + n);

/** Past this many distinct values (the remedies, pairs of two enumerations), a list is
 * counted item by item: each value taken out costs a pass over what is left. */
const FEW = 8;
/** Control characters, which no listed value holds (they are enumerations). */
const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Adds how many times each value occurs in a comma-separated list (NULL: an empty list).
 * The columns listed are enumerations, with few distinct values: each value is taken out of
 * the list at once by replaceAll, which scans the text natively, and counted by how much
 * shorter the list became, rather than by a loop over every item, run by the interpreter
 * in a process that lives a tenth of a second (a week of a million complaints, 3,700 items
 * a list: about a third of the time).
 * Past FEW distinct values the rest is counted item by item.
 */
export function countInto(counts: Map<string, number>, list: string | null): Map<string, number> {
  if (list === null || list === '') return counts;
  // Every item between marks of its own, an opening and a closing one, so that neighbours
  // share none and an empty item is found as such: "a,,b" is "<a><><b>".
  let rest = `${OPEN}${list.replaceAll(',', CLOSE + OPEN)}${CLOSE}`;
  for (let distinct = 0; rest !== ''; distinct++) {
    if (distinct === FEW) {
      for (const item of rest.slice(1, -1).split(CLOSE + OPEN)) add(counts, item, 1);
      break;
    }
    const value = rest.slice(1, rest.indexOf(CLOSE));
    const item = OPEN + value + CLOSE;
    const left = rest.replaceAll(item, '');
    add(counts, value, (rest.length - left.length) / item.length);
    rest = left;
  }
  return counts;
}

/** How many times each value occurs in a comma-separated list. */
export const tally = (list: string | null) => countInto(new Map(), list);

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/** SQLite's order of text (BINARY: UTF-8 bytes, that is code points), NULL first. UTF-16
 * code units sort the same but for characters above U+FFFF (surrogates), which come after
 * U+E000-U+FFFF in UTF-8 and before them in UTF-16. */
export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return isSurrogate(x) === isSurrogate(y) ? x - y : isSurrogate(x) ? 1 : -1;
  }
  return a.length - b.length;
}

/** Counts as the report lists them: most frequent first, then by value. */
export function ranked(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a, m], [b, n]) => n - m || compareText(a, b)));
}

/** Adds the counts of the values of a JSON list, NULLs left out. */
export function countJsonInto(counts: Map<string, number>, list: string): Map<string, number> {
  for (const value of JSON.parse(list) as (string | null)[]) if (value !== null) add(counts, value, 1);
  return counts;
}

export interface OperatorCounts {
  received: number;
  settled: number;
  sum: number;
  rated: number;
}

/** Adds, per operator (NULL: none recorded), the complaints received, settled (resolved or
 * closed) and their satisfaction, from aligned lists, one item per complaint. */
export function countOperatorsInto(
  byName: Map<string | null, OperatorCounts>,
  names: string,
  status: readonly string[],
  satisfactions: string | null,
): void {
  const satisfaction = satisfactions === null ? [] : satisfactions.split(',');
  (JSON.parse(names) as (string | null)[]).forEach((name, i) => {
    let entry = byName.get(name);
    if (entry === undefined) byName.set(name, (entry = { received: 0, settled: 0, sum: 0, rated: 0 }));
    entry.received++;
    if (status[i] === 'resolved' || status[i] === 'closed') entry.settled++;
    if (satisfaction[i]) {
      entry.sum += Number(satisfaction[i]);
      entry.rated++;
    }
  });
}

/** The operators as the report lists them: most complaints first, mean satisfaction rounded. */
export function operators(byName: Map<string | null, OperatorCounts>): ReportFigures['operators'] {
  return [...byName]
    .map(([operator, e]) => ({
      operator,
      received: e.received,
      settled: e.settled,
      satisfaction: e.rated === 0 ? null : round2(e.sum / e.rated),
    }))
    .sort((a, b) => b.received - a.received || compareText(a.operator, b.operator));
}

type Pair = ReportFigures['remedies']['pairs'][number];

/** The remedies asked and granted, from the counts of "request solution_type" items (either
 * side empty). */
export function remedies(items: Map<string, number>): ReportFigures['remedies'] {
  const asked = new Map<string, number>();
  const granted = new Map<string, number>();
  const pairs: Pair[] = [];
  for (const [item, count] of items) {
    const [request = '', solution = ''] = item.split(' ');
    if (request !== '') asked.set(request, (asked.get(request) ?? 0) + count);
    if (solution !== '') granted.set(solution, (granted.get(solution) ?? 0) + count);
    pairs.push({ asked: request || null, granted: solution || null, count });
  }
  pairs.sort((a, b) => b.count - a.count || compareText(a.asked, b.asked) || compareText(a.granted, b.granted));
  return { asked: ranked(asked), granted: ranked(granted), pairs };
}

/** The mean of values counted as text (satisfactions, 1 to 5), rounded as SQLite's
 * round(avg(x), 2), with how many there are. */
export function mean(counts: Map<string, number>): { count: number; mean: number | null } {
  let count = 0;
  let sum = 0;
  for (const [value, n] of counts) {
    count += n;
    sum += Number(value) * n;
  }
  return { count, mean: count === 0 ? null : round2(sum / count) };
}

/** SQLite's round(x, 2): the decimal nearest to the exact binary value, halves away from
 * zero. toFixed rounds the exact value the same way (checked against SQLite in the tests). */
export function round2(x: number): number {
  return Number(x.toFixed(2));
}

/** Numbers gathered slice by slice, unboxed: a million of them take 8 MB. NULLs (dates
 * that do not parse) are left out. */
export class Numbers {
  private values = new Float64Array(1024);
  private size = 0;

  private reserve(more: number): void {
    if (this.size + more <= this.values.length) return;
    let length = this.values.length * 2;
    while (length < this.size + more) length *= 2;
    const larger = new Float64Array(length);
    larger.set(this.values.subarray(0, this.size));
    this.values = larger;
  }

  add(value: number | null): void {
    if (value === null) return;
    this.reserve(1);
    this.values[this.size++] = value;
  }

  /** Adds the numbers of a JSON list without NULLs (as the report's SQL gives them), parsed
   * and copied natively: a loop over the values would run in the interpreter, in a process
   * that lives a tenth of a second (3 ms a list, for a week of a million complaints). */
  addJson(json: string): void {
    const list = Float64Array.from(JSON.parse(json) as number[]);
    this.reserve(list.length);
    this.values.set(list, this.size);
    this.size += list.length;
  }

  /** Median (the middle value, or the mean of the two middle ones) and 90th percentile
   * (nearest rank, the value at rank ceil(0.9 n)). */
  spread(): Spread {
    const sorted = this.values.subarray(0, this.size).sort();
    const n = sorted.length;
    if (n === 0) return { count: 0, median: null, p90: null };
    const low = sorted[Math.floor((n + 1) / 2) - 1];
    const high = sorted[Math.floor((n + 2) / 2) - 1];
    return {
      count: n,
      median: round2(low === high ? low : (low + high) / 2),
      p90: sorted[Math.floor((9 * n + 9) / 10) - 1],
    };
  }
}

/** The spread of a list of values (NULLs left out). */
export function spread(values: readonly (number | null)[]): Spread {
  const numbers = new Numbers();
  for (const value of values) numbers.add(value);
  return numbers.spread();
}
