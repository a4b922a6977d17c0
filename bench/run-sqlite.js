// SQLite: each size's logbook seeded (bench/seed.js, kept between runs) and plainte's commands
// timed on it, beside the floor; each export and report --all run in turn with its limit,
// the sqlite3 shell; and the peer, taskwarrior's `task overdue`.
import { available, measurePair } from './measure.js';
import { measurePeer } from './peer.js';
import { reportScript } from './report-sql.js';
import { NAMES, seedLogbook } from './seed.js';
import { SHELL, exportScript } from './transfer-sql.js';
import { label, ms, row, times } from './figures.js';
import {
  FLOOR,
  baseEnv,
  bin,
  envFor,
  logbookOf,
  node,
  now,
  plainte,
  runs,
  sizes,
  sqliteToo,
  startupRuns,
} from './setup.js';

/** The exports timed beside their limit: key, row, arguments. */
export const EXPORTS = [
  ['exportCsv', 'plainte export --format csv', ['export', '--format', 'csv']],
  ['exportJson', 'plainte export --format json', ['export', '--format', 'json']],
  ['exportExcel', 'plainte export --for excel', ['export', '--format', 'csv', '--for', 'excel']],
  ['exportIcs', 'plainte export --format ics', ['export', '--format', 'ics']],
];

/** `plainte search` for a customer of the seeded logbook of `size`, by name and number as written. */
function searchCustomer(size) {
  const id = Math.floor(size / 6);
  return ['search', NAMES[id % NAMES.length], String(id)];
}

/** Seeds each size's logbook and times plainte on it (unless BENCH_ONLY=postgresql): the
 * results by size, for the sizes whose logbook could be seeded. */
export async function measureSizes() {
  const bySize = new Map();
  for (const size of sizes) {
    const db = logbookOf(size);
    const seeded = Date.now();
    try {
      const how = await seedLogbook(db, size, now.getTime());
      console.error(`(logbook of ${label(size)} ${how} in ${((Date.now() - seeded) / 1000).toFixed(1)} s)`);
    } catch (error) {
      row('seeding the logbook', size, { failed: error.message });
      continue;
    }
    if (!sqliteToo) {
      bySize.set(size, {});
      continue;
    }
    // The slowest figures: fewer runs, and no warm-up on the largest logbook (minutes each).
    const slow = { runs: Math.min(runs, 3), warmups: size >= 1_000_000 ? 0 : 1 };
    const results = {
      due: row('plainte due', size, plainte(db, ['due'], { floor: FLOOR, runs: startupRuns })),
      list: row('plainte list --limit 20', size, plainte(db, ['list', '--limit', '20'])),
      show: row('plainte show', size, plainte(db, ['show', String(Math.ceil(size / 2))])),
      // A customer found by name and number, as at the counter; and a word a sixth of the
      // complaints hold, every one of them ranked.
      searchCustomer: row('plainte search (name, number)', size, plainte(db, searchCustomer(size), { floor: FLOOR })),
      searchCommon: row('plainte search (common word)', size, plainte(db, ['search', 'tondeuses'], { floor: FLOOR })),
      reportWeek: row('plainte report (week)', size, plainte(db, ['report'], { floor: FLOOR })),
    };
    // Each export run in turn with its limit, the sqlite3 shell writing the same rows and
    // columns as CSV (bench/transfer-sql.js): the ratio is that of each pair.
    const limit = await exportScript();
    for (const [key, what, args] of EXPORTS) {
      const pair = limit.failed
        ? limit
        : available(SHELL)
          ? measurePair([SHELL, [db], baseEnv, { input: limit.sql }], [node, [bin, ...args], envFor(db)], slow)
          : { failed: `${SHELL} not installed` };
      if (key === 'exportCsv' && !pair.failed)
        row(
          'sqlite3 shell, export SQL as CSV (limit)',
          size,
          { wall: pair.first, rss: pair.firstRss },
          'beside the CSV export',
        );
      results[key] = row(
        what,
        size,
        pair.failed ? pair : { wall: pair.second, rss: pair.secondRss, ratio: pair.ratio },
        pair.failed ? '' : `sqlite3 shell beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)}`,
      );
    }
    // report --all run in turn with its limit, the sqlite3 shell running the report's SQL
    // on the same period (bench/report-sql.js).
    const script = await reportScript(db, now);
    const reportPair = script.failed
      ? script
      : available(SHELL)
        ? measurePair([SHELL, [db], baseEnv, { input: script.sql }], [node, [bin, 'report', '--all'], envFor(db)], slow)
        : { failed: `${SHELL} not installed` };
    results.sqlite = row(
      'sqlite3 shell, report SQL (limit)',
      size,
      reportPair.failed ? reportPair : { wall: reportPair.first, rss: reportPair.firstRss },
      reportPair.failed ? '' : 'beside report --all',
    );
    results.reportAll = row(
      'plainte report --all',
      size,
      reportPair.failed ? reportPair : { wall: reportPair.second, rss: reportPair.secondRss },
      reportPair.failed
        ? ''
        : `sqlite3 shell beside it ${ms(reportPair.first)}; median ratio ${times(reportPair.ratio)}`,
    );
    const peer = measurePeer(size, runs);
    if (peer) results.peer = row('task overdue (taskwarrior, peer)', size, peer);
    bySize.set(size, results);
  }
  return bySize;
}
