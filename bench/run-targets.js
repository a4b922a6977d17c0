// SQLite: the targets that compare sizes (due, search and the exports on 100k and more; from
// the smallest logbook to the largest: due flat, the week's report run in pairs, report --all
// beside the sqlite3 shell, the exports' memory).
import { measurePair } from './measure.js';
import { check, figure, label, mib, ms, overFloor, pairRow, times } from './figures.js';
import { recentFile, weekOverHistory } from './recent.js';
import { EXPORTS } from './run-sqlite.js';
import { bin, envFor, first, largest, logbookOf, node, runs, sizes } from './setup.js';

/** Checks the targets on the results by size; `recent`: whether the largest logbook's last days were seeded. */
export function checkSizes(bySize, recent) {
  const small = bySize.get(first);
  for (const size of sizes.filter((n) => n >= 100_000)) {
    const r = bySize.get(size);
    check(`due on ${label(size)}: wall ≤ 1.6 × node -e 0`, () => [
      times(overFloor(r?.due, 'due')),
      times(1.6),
      overFloor(r.due) <= 1.6,
    ]);
    for (const [key, what] of [
      ['searchCustomer', 'name, number'],
      ['searchCommon', 'common word'],
    ])
      check(`search (${what}) on ${label(size)} ≤ 2 × node -e 0`, () => [
        times(overFloor(r?.[key], `search (${what})`)),
        times(2),
        overFloor(r[key]) <= 2,
      ]);
    check(`due on ${label(size)}: peak memory ≤ 70 MiB`, () => [
      mib(figure(r?.due, 'due').rss),
      '70 MiB',
      r.due.rss !== null && r.due.rss <= 70,
    ]);
  }
  for (const size of sizes.filter((n) => n >= 100_000)) {
    const r = bySize.get(size);
    for (const [key, what] of EXPORTS) {
      const format = what.replace('plainte export ', '');
      check(`export ${format} of ${label(size)} ≤ 2 × sqlite3 shell writing the same rows`, () => {
        const { ratio } = figure(r?.[key], `export ${format}`);
        return [times(ratio), times(2), ratio <= 2];
      });
    }
  }
  if (largest !== first) {
    const big = bySize.get(largest);
    // Each wall time is divided by the floor run beside it, so that a change of load between
    // the two sizes is not mistaken for a change of speed.
    dueFlat('', logbookOf(first), logbookOf(largest));
    // The week's report on both sizes run in pairs, one after the other: its target is their
    // ratio, which the figures above, measured minutes apart, let the machine's changes of
    // speed move (1.92x in a run whose floors went from 31 to 48 ms between the two sizes,
    // where the same build run in turn gave 1.38x). Both are shown.
    const pair = measurePair(
      [node, [bin, 'report'], envFor(logbookOf(first))],
      [node, [bin, 'report'], envFor(logbookOf(largest))],
      { runs: 2 * runs },
    );
    let apart = 'not measured';
    try {
      apart = times(
        overFloor(big?.reportWeek, `report ${label(largest)}`) / overFloor(small?.reportWeek, `report ${label(first)}`),
      );
    } catch {
      // A size that failed is reported in its own row.
    }
    const what = `plainte report (week), ${label(largest)} run in pairs with ${label(first)}`;
    pairRow(
      what,
      largest,
      pair,
      () =>
        `${label(first)} beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)} ` +
        `(${apart} from the figures above, each over its floor)`,
    );
    check(`report (week) on ${label(largest)} ≤ 1.5 × on ${label(first)} (run in pairs)`, () => {
      if (pair.failed) throw new Error(pair.failed);
      return [times(pair.ratio), times(1.5), pair.ratio <= 1.5];
    });
    weekOverHistory('', recent ? recentFile : null, logbookOf(largest));
    check(`report --all on ${label(largest)} ≤ node + 1.3 × sqlite3`, () => {
      const limit = figure(big?.due, 'due').floor + 1.3 * figure(big.sqlite, 'sqlite3').wall;
      const report = figure(big.reportAll, 'report --all').wall;
      return [ms(report), ms(limit), report <= limit];
    });
    for (const [key, format] of [
      ['exportCsv', 'csv'],
      ['exportJson', 'json'],
    ])
      check(`export ${format} of ${label(largest)}: memory ≤ 1.2 × that of ${label(first)}`, () => {
        const ratio = figure(big?.[key], 'export').rss / figure(small?.[key], 'export').rss;
        return [times(ratio), times(1.2), ratio <= 1.2];
      });
  }
}

/** `due` on the smallest logbook and on the largest, run in pairs, one after the other: flat
 * when the largest takes at most 1.15 × the time and memory of the smallest. Measured apart,
 * minutes from each other, the machine's changes of speed moved their ratio by more than that
 * (1.17 × in a run whose floors were 40.0 ms beside 10k and 34.5 ms beside 1M). */
export function dueFlat(store, smallDb, bigDb) {
  const pair = measurePair([node, [bin, 'due'], envFor(smallDb)], [node, [bin, 'due'], envFor(bigDb)], {
    runs: 2 * runs,
  });
  pairRow(
    `${store}plainte due, ${label(largest)} run in pairs with ${label(first)}`,
    largest,
    pair,
    () => `${label(first)} beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)}`,
  );
  check(`${store}due flat from ${label(first)} to ${label(largest)} (time, memory; run in pairs)`, () => {
    if (pair.failed) throw new Error(pair.failed);
    const memory = pair.secondRss / pair.firstRss;
    return [`${times(pair.ratio)}, ${times(memory)}`, '≤ 1.15 ×', pair.ratio <= 1.15 && memory <= 1.15];
  });
}
