import type { ReportFigures, Spread } from '../store.js';

// What the report's statements hand over in bulk (a column's values as one comma-separated
// list, or a column of numbers), turned into the figures SQLite used to compute itself, in
// the same order and with the same rounding.

/** How many times each value occurs in a comma-separated list (NULL: an empty list). */
export function tally(list: string | null): Map<string, number> {
  const counts = new Map<string, number>();
  if (list === null || list === '') return counts;
  for (const value of list.split(',')) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

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

/** Counts of the values of a JSON list, NULLs left out. */
export function tallyJson(list: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of JSON.parse(list) as (string | null)[]) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

type Operator = ReportFigures['operators'][number];

/** Per operator (NULL: none recorded): complaints received, settled (resolved or closed),
 * mean satisfaction; from aligned lists, one item per complaint. Most complaints first. */
export function operators(names: string, statuses: string | null, satisfactions: string | null): Operator[] {
  const byName = new Map<string | null, { received: number; settled: number; sum: number; rated: number }>();
  const status = statuses === null ? [] : statuses.split(',');
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
  return [...byName]
    .map(([operator, e]) => ({ operator, received: e.received, settled: e.settled, satisfaction: e.rated === 0 ? null : round2(e.sum / e.rated) }))
    .sort((a, b) => b.received - a.received || compareText(a.operator, b.operator));
}

type Pair = ReportFigures['remedies']['pairs'][number];
const compareNullable = compareText;

/** The remedies asked and granted, from "request solution_type" items (either side empty). */
export function remedies(list: string | null): ReportFigures['remedies'] {
  const asked = new Map<string, number>();
  const granted = new Map<string, number>();
  const pairs: Pair[] = [];
  for (const [item, count] of tally(list)) {
    const [request = '', solution = ''] = item.split(' ');
    if (request !== '') asked.set(request, (asked.get(request) ?? 0) + count);
    if (solution !== '') granted.set(solution, (granted.get(solution) ?? 0) + count);
    pairs.push({ asked: request || null, granted: solution || null, count });
  }
  pairs.sort((a, b) => b.count - a.count || compareNullable(a.asked, b.asked) || compareNullable(a.granted, b.granted));
  return { asked: ranked(asked), granted: ranked(granted), pairs };
}

/** SQLite's round(x, 2): the decimal nearest to the exact binary value, halves away from
 * zero. toFixed rounds the exact value the same way (checked against SQLite in the tests). */
export function round2(x: number): number {
  return Number(x.toFixed(2));
}

/** Median (the middle value, or the mean of the two middle ones) and 90th percentile (nearest
 * rank, the value at rank ceil(0.9 n)) of values; NULLs (dates that do not parse) are left out. */
export function spread(values: readonly (number | null)[]): Spread {
  const sorted = Float64Array.from(values.filter((x): x is number => x !== null)).sort();
  const n = sorted.length;
  if (n === 0) return { count: 0, median: null, p90: null };
  const low = sorted[Math.floor((n + 1) / 2) - 1]!;
  const high = sorted[Math.floor((n + 2) / 2) - 1]!;
  return { count: n, median: round2(low === high ? low : (low + high) / 2), p90: sorted[Math.floor((9 * n + 9) / 10) - 1]! };
}
