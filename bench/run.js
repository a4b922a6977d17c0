// npm run bench: builds logbooks of 10k, 100k and 1M complaints, times plainte's commands
// as whole processes beside their floor (bare `node -e 0`), the limit (the sqlite3 shell
// running the report's SQL) and the peer (taskwarrior's `task overdue`), checks the
// targets of the performance issue, prints the table and writes BENCHMARKS.md.
// BENCH_SIZES=10000,100000 limits the sizes; BENCH_RUNS sets the runs per figure;
// BENCH_ONLY=postgresql measures only the PostgreSQL section (the SQLite logbooks are still
// built, as the sources of the copies) and rewrites only that section of BENCHMARKS.md;
// BENCH_ONLY=sqlite measures all but that section, and keeps it as it is; BENCH_SQLITE3 names
// the sqlite3 shell of the limits (3.44 or later: bench/transfer-sql.js).
// Whatever cannot be measured (a command missing, a command failing) is reported as such
// in the tables; the run goes on with the rest.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { available, measure, measurePair, median } from './measure.js';
import { measurePeer } from './peer.js';
import { firstPrompt } from './prompt.js';
import { logbookWithPhotos, removeLogbook } from './photos.js';
import { reportScript } from './report-sql.js';
import { SHELL, copyScript as sqliteCopyScript, exportScript } from './transfer-sql.js';
import { copyScript, dueScript, startServer } from './pg.js';
import { NAMES, SEED_VERSION, exportFor, seedLogbook, seededAt } from './seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'plainte.js');
const dataDir = join(root, 'bench', 'data');
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const now = new Date();
mkdirSync(dataDir, { recursive: true });

const node = process.execPath;
const FLOOR = [node, ['-e', '0']];
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: process.env.TZ ?? 'Europe/Paris', NO_COLOR: '1' };
const envFor = (db) => ({ ...baseEnv, PLAINTE_DB: db });
const plainte = (db, args, options = {}) => measure(node, [bin, ...args], { env: envFor(db), runs, ...options });
const mib = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(0)} MiB`);
const ms = (value) => `${value.toFixed(1)} ms`;
const times = (value) => `${value.toFixed(2)} ×`;
const label = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

/** The exports timed beside their limit: key, row, arguments. */
const EXPORTS = [
  ['exportCsv', 'plainte export --format csv', ['export', '--format', 'csv']],
  ['exportJson', 'plainte export --format json', ['export', '--format', 'json']],
  ['exportExcel', 'plainte export --for excel', ['export', '--format', 'csv', '--for', 'excel']],
  ['exportIcs', 'plainte export --format ics', ['export', '--format', 'ics']],
];

/** Text fit for one cell of a Markdown table. */
const cell = (text) => String(text).replace(/\s+/g, ' ').replaceAll('|', '\\|');
const rows = [];
const checks = [];
const sqliteToo = process.env.BENCH_ONLY !== 'postgresql';
const postgresqlToo = process.env.BENCH_ONLY !== 'sqlite';
/** Which part of BENCHMARKS.md the rows and targets measured now go to. */
let section = 'sqlite';
function row(what, size, result, note = '') {
  const entry = {
    what,
    size: size ? label(size) : '',
    ...result,
    note: result.failed ? `not measured: ${result.failed}` : note,
    section,
  };
  rows.push(entry);
  const wall = entry.failed ? '—' : ms(entry.wall);
  console.error(
    `${what.padEnd(36)} ${entry.size.padEnd(5)} ${wall.padStart(10)} ${mib(entry.rss).padStart(8)} ${entry.note}`,
  );
  return entry;
}
/** A target: `measure()` returns [measured text, limit text, met], or throws when a figure it needs is missing. */
function check(target, evaluate) {
  try {
    const [measured, limit, ok] = evaluate();
    checks.push({ target, measured, limit, ok, section });
  } catch (error) {
    checks.push({ target, measured: `not measured (${error.message})`, limit: '', ok: false, section });
  }
}
function figure(result, what) {
  if (!result) throw new Error(`${what}: not run`);
  if (result.failed) throw new Error(`${what}: ${result.failed}`);
  return result;
}
/** Wall time as a multiple of the floor run beside it. */
const overFloor = (result, what) => figure(result, what).wall / result.floor;

console.error(
  `plainte benchmark: sizes ${sizes.map(label).join(', ')}, ${runs} runs each (median), load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
// Start-up figures are short and the noisiest: twice the runs.
const startupRuns = 2 * runs;
const floor = row('node -e 0 (floor)', 0, measure(...FLOOR, { env: baseEnv, runs: startupRuns }));
const anyDb = join(dataDir, 'empty.db');
const version = row('plainte --version', 0, plainte(anyDb, ['--version'], { floor: FLOOR, runs: startupRuns }));
const help = row('plainte --help', 0, plainte(anyDb, ['--help'], { floor: FLOOR, runs: startupRuns }));
check('--version ≤ 1.3 × node -e 0', () => [
  times(overFloor(version, '--version')),
  times(1.3),
  overFloor(version) <= 1.3,
]);
check('--help ≤ 1.3 × node -e 0', () => [times(overFloor(help, '--help')), times(1.3), overFloor(help) <= 1.3]);

/** `plainte search` for a customer of the seeded logbook of `size`, by name and number as written. */
function searchCustomer(size) {
  const id = Math.floor(size / 6);
  return ['search', NAMES[id % NAMES.length], String(id)];
}

const bySize = new Map();
for (const size of sizes) {
  const db = join(dataDir, `logbook-${label(size)}.db`);
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
    reportPair.failed ? '' : `sqlite3 shell beside it ${ms(reportPair.first)}; median ratio ${times(reportPair.ratio)}`,
  );
  const peer = measurePeer(size, runs);
  if (peer) results.peer = row('task overdue (taskwarrior, peer)', size, peer);
  bySize.set(size, results);
}

const first = sizes[0];
const largest = sizes.at(-1);
const small = bySize.get(first);

// The largest logbook without its older history: the complaints it received in its last
// RECENT_DAYS days only, the same ones (ids, customers, dates). That is more than the week's
// report reads: its 8 weeks, its 90 days of recurring problems, and the legal clocks, the
// furthest of which looks two years back. The week's report on both is run in pairs: what
// it costs more on the whole logbook is what the older history costs it.
const RECENT_DAYS = 800;
const recentFile = join(dataDir, `logbook-${label(largest)}-recent.db`);
let recent = largest !== first && bySize.has(largest);
if (recent) {
  const seeded = Date.now();
  try {
    const at = seededAt(join(dataDir, `logbook-${label(largest)}.db`));
    const how = await seedLogbook(recentFile, largest, at, { keepDays: RECENT_DAYS });
    console.error(
      `(last ${RECENT_DAYS} days of ${label(largest)} ${how} in ${((Date.now() - seeded) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    row(`seeding the last ${RECENT_DAYS} days`, largest, { failed: error.message });
    recent = false;
  }
}
/** The week's report on the largest logbook, run in turn with the same logbook's last days alone. */
function weekOverHistory(store, recentDb, wholeDb) {
  const pair = recent
    ? measurePair([node, [bin, 'report'], envFor(recentDb)], [node, [bin, 'report'], envFor(wholeDb)], {
        runs: 2 * runs,
      })
    : { failed: `no logbook of the last ${RECENT_DAYS} days` };
  const what = `${store}plainte report (week), ${label(largest)} run in pairs with its last ${RECENT_DAYS} days`;
  if (pair.failed) row(what, largest, pair);
  else
    row(
      what,
      largest,
      { wall: pair.second, rss: null },
      `its last ${RECENT_DAYS} days alone beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)}`,
    );
  check(
    `${store}report (week) on ${label(largest)} ≤ 1.15 × on its last ${RECENT_DAYS} days alone (run in pairs)`,
    () => {
      if (pair.failed) throw new Error(pair.failed);
      return [times(pair.ratio), times(1.15), pair.ratio <= 1.15];
    },
  );
}
const importSize = sizes.includes(100_000) ? 100_000 : (sizes.filter((n) => n < 100_000).at(-1) ?? first);
for (const size of sqliteToo ? sizes.filter((n) => n >= 100_000) : []) {
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
for (const size of sqliteToo ? sizes.filter((n) => n >= 100_000) : []) {
  const r = bySize.get(size);
  for (const [key, what] of EXPORTS) {
    const format = what.replace('plainte export ', '');
    check(`export ${format} of ${label(size)} ≤ 2 × sqlite3 shell writing the same rows`, () => {
      const { ratio } = figure(r?.[key], `export ${format}`);
      return [times(ratio), times(2), ratio <= 2];
    });
  }
}
if (sqliteToo && largest !== first) {
  const big = bySize.get(largest);
  // Each wall time is divided by the floor run beside it, so that a change of load between
  // the two sizes is not mistaken for a change of speed.
  check(`due flat from ${label(first)} to ${label(largest)} (time, memory)`, () => {
    const time = overFloor(big?.due, `due ${label(largest)}`) / overFloor(small?.due, `due ${label(first)}`);
    const memory = big.due.rss / small.due.rss;
    return [`${times(time)}, ${times(memory)}`, '≤ 1.15 ×', time <= 1.15 && memory <= 1.15];
  });
  // The week's report on both sizes run in pairs, one after the other: its target is their
  // ratio, which the figures above, measured minutes apart, let the machine's changes of
  // speed move (1.92x in a run whose floors went from 31 to 48 ms between the two sizes,
  // where the same build run in turn gave 1.38x). Both are shown.
  const pair = measurePair(
    [node, [bin, 'report'], envFor(join(dataDir, `logbook-${label(first)}.db`))],
    [node, [bin, 'report'], envFor(join(dataDir, `logbook-${label(largest)}.db`))],
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
  if (pair.failed) row(what, largest, pair);
  else
    row(
      what,
      largest,
      { wall: pair.second, rss: null },
      `${label(first)} beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)} ` +
        `(${apart} from the figures above, each over its floor)`,
    );
  check(`report (week) on ${label(largest)} ≤ 1.5 × on ${label(first)} (run in pairs)`, () => {
    if (pair.failed) throw new Error(pair.failed);
    return [times(pair.ratio), times(1.5), pair.ratio <= 1.5];
  });
  weekOverHistory('', recentFile, join(dataDir, `logbook-${label(largest)}.db`));
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

// Import: our JSON export of 100k complaints (or the largest size below it) into an empty
// logbook, and into a copy of the smallest logbook (one that has rows), each run in turn
// with its limit: the sqlite3 shell copying the same rows, table to table, into an empty
// logbook (bench/transfer-sql.js). A fresh target for each run.
if (sqliteToo) await measureImport();
async function measureImport() {
  const source = join(dataDir, `logbook-${label(importSize)}.db`);
  const exported = bySize.has(importSize) ? exportFor(bin, source, envFor) : { failed: 'no logbook' };
  const target = join(dataDir, 'import.db');
  const copyTarget = join(dataDir, 'copy.db');
  const remove = (path) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${path}${suffix}`, { force: true }));
  // The copy's target: an empty logbook as plainte makes it (a setting written creates it).
  const emptyLogbook = () => {
    remove(copyTarget);
    spawnSync(node, [bin, 'config', 'set', 'shop.name', 'Banc'], { env: envFor(copyTarget), stdio: 'ignore' });
  };
  const withRows = () => {
    remove(target);
    copyFileSync(join(dataDir, `logbook-${label(first)}.db`), target);
  };
  emptyLogbook();
  const limit = [
    SHELL,
    [copyTarget],
    baseEnv,
    { input: await sqliteCopyScript(source, copyTarget), fresh: emptyLogbook },
  ];
  const run = (fresh) => [node, [bin, 'import', exported.file], envFor(target), { fresh }];
  const measureInto = (fresh) =>
    exported.failed
      ? { failed: `export: ${exported.failed}` }
      : available(SHELL)
        ? measurePair(limit, run(fresh), { runs: 3, warmups: 0 })
        : { failed: `${SHELL} not installed` };
  const intoEmpty = measureInto(() => remove(target));
  const intoRows = measureInto(withRows);
  for (const [pair, what, bound] of [
    [intoEmpty, 'into an empty logbook', 1.5],
    [intoRows, `into the ${label(first)} logbook`, 2],
  ]) {
    if (pair.failed) row(`plainte import (${label(importSize)} complaints) ${what}`, importSize, pair);
    else {
      row(`sqlite3 shell, copy of the same rows (limit)`, importSize, { wall: pair.first, rss: pair.firstRss });
      const perSecond = Math.round(importSize / (pair.second / 1000));
      row(
        `plainte import (${label(importSize)} complaints) ${what}`,
        importSize,
        { wall: pair.second, rss: pair.secondRss },
        `${perSecond.toLocaleString('en')} complaints/s; ` +
          `copy beside it ${ms(pair.first)}, median ratio ${times(pair.ratio)}`,
      );
    }
    check(`import of ${label(importSize)} ${what} ≤ ${bound} × sqlite3 shell's copy`, () => {
      if (pair.failed) throw new Error(pair.failed);
      return [times(pair.ratio), times(bound), pair.ratio <= bound];
    });
  }
  remove(target);
  remove(copyTarget);
}

// `due` on a copy of the 100k logbook (or the largest below it) given 1,000 photos of 2 MB,
// run in pairs with `due` on the logbook itself: the photos' bytes are never read.
function measureDueWithPhotos() {
  const size = importSize;
  // Both are copies brought to this build's schema: the seeded logbook stays as it was.
  const source = join(dataDir, `logbook-${label(size)}.db`);
  const plain = join(dataDir, 'photos-none.db');
  const target = join(dataDir, 'photos.db');
  let bytes;
  try {
    logbookWithPhotos(node, bin, baseEnv, source, plain, { photos: 0 });
    bytes = logbookWithPhotos(node, bin, baseEnv, source, target);
  } catch (error) {
    row('plainte due with 1,000 photos of 2 MB', size, { failed: error.message });
    return;
  }
  const pair = measurePair([node, [bin, 'due'], envFor(plain)], [node, [bin, 'due'], envFor(target)], { runs });
  const what = `plainte due with 1,000 photos of 2 MB (logbook ${(bytes / 2 ** 30).toFixed(1)} GiB)`;
  if (pair.failed) row(what, size, pair);
  else
    row(
      what,
      size,
      { wall: pair.second, rss: pair.secondRss },
      `plain due on the same logbook beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)}`,
    );
  check(`due on ${label(size)} with 1,000 photos of 2 MB ≤ 1.1 × without`, () => {
    if (pair.failed) throw new Error(pair.failed);
    return [times(pair.ratio), times(1.1), pair.ratio <= 1.1];
  });
  removeLogbook(plain);
  removeLogbook(target);
}
if (sqliteToo && bySize.has(importSize)) measureDueWithPhotos();

// The wizard's first question, drawn in a pseudo-terminal, beside the floor.
if (sqliteToo) {
  const prompt = firstPrompt(node, bin, join(dataDir, 'wizard.db'), { env: baseEnv, runs, floor: FLOOR });
  row('plainte new: first prompt drawn', 0, prompt);
  check('first prompt of new ≤ 2 × node -e 0', () => [
    times(overFloor(prompt, 'first prompt')),
    times(2),
    overFloor(prompt) <= 2,
  ]);
}

// PostgreSQL: the same logbooks on a local server (Unix socket), copied there from the
// files above with `plainte copy`, kept between runs.
section = 'postgresql';
const server = postgresqlToo ? startServer(dataDir) : { failed: 'not measured (BENCH_ONLY=sqlite)' };
if (server.failed) {
  if (postgresqlToo) row('PostgreSQL server', 0, { failed: server.failed });
} else {
  try {
    const onServer = new Map();
    /** The URL of the database `name` on the bench's server, copied there from the logbook
     * `file` when missing; null when the copy fails (said in a row). */
    const serverLogbook = (name, file, size) => {
      const url = server.url(name);
      if (server.exists(name)) return url;
      const started = Date.now();
      server.create(name);
      const copied = spawnSync(node, [bin, 'copy', '--to', url], { env: envFor(file) });
      if (copied.status !== 0) {
        row('PostgreSQL: copying the logbook', size, { failed: String(copied.stderr).trim() });
        server.drop(name);
        return null;
      }
      server.psql(name, ['-c', 'VACUUM ANALYZE']);
      console.error(`(server logbook ${name} copied in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return url;
    };
    for (const size of sizes.filter((n) => bySize.has(n))) {
      const name = `bench_${label(size).toLowerCase()}_v${SEED_VERSION}`;
      const url = serverLogbook(name, join(dataDir, `logbook-${label(size)}.db`), size);
      if (!url) continue;
      const slow = { runs: Math.min(runs, 3), warmups: size >= 1_000_000 ? 0 : 1 };
      // The floor of any client of the server, beside Node's: psql connecting through the
      // same socket, running one statement and leaving (C, no JavaScript to load).
      if (size === sizes[0])
        row(
          "psql -c 'SELECT 1' (a client's floor)",
          0,
          measure(server.psqlCommand, [...server.psqlBase, '-X', '-A', '-t', '-d', name, '-c', 'SELECT 1'], {
            env: baseEnv,
            floor: FLOOR,
            runs: startupRuns,
          }),
        );
      onServer.set(size, {
        url,
        due: row('PostgreSQL: plainte due', size, plainte(url, ['due'], { floor: FLOOR, runs: startupRuns })),
        list: row('PostgreSQL: plainte list --limit 20', size, plainte(url, ['list', '--limit', '20'])),
        reportWeek: row('PostgreSQL: plainte report (week)', size, plainte(url, ['report'], { floor: FLOOR })),
        reportAll: row('PostgreSQL: plainte report --all', size, plainte(url, ['report', '--all'], slow)),
      });
    }
    for (const size of sizes.filter((n) => n >= 100_000)) {
      const r = onServer.get(size);
      check(`PostgreSQL: due on ${label(size)}: wall ≤ 2 × node -e 0`, () => [
        times(overFloor(r?.due, 'due')),
        times(2),
        overFloor(r.due) <= 2,
      ]);
      // A client of a server pays what psql pays to reach it: due on the server, run in turn
      // with due on the same logbook's file, within that file's time and psql's.
      const pair = r
        ? measurePair(
            [node, [bin, 'due'], envFor(join(dataDir, `logbook-${label(size)}.db`))],
            [node, [bin, 'due'], envFor(r.url)],
            { runs: startupRuns },
          )
        : { failed: 'no logbook on the server' };
      if (!pair.failed)
        row(
          'PostgreSQL: plainte due, run in turn with due on the file',
          size,
          { wall: pair.second, rss: pair.secondRss },
          `on the file beside it ${ms(pair.first)}`,
        );
      // What psql (C, no JavaScript) takes to reach the server and have it run due's own
      // statements, in a new connection each time as due has.
      const script = r ? await dueScript(now) : { failed: 'no logbook on the server' };
      const statements = script.failed
        ? script
        : row(
            "psql running due's statements",
            size,
            measure(
              server.psqlCommand,
              [...server.psqlBase, '-X', '-q', '-d', `bench_${label(size).toLowerCase()}_v${SEED_VERSION}`],
              {
                env: baseEnv,
                input: script.sql,
                runs: startupRuns,
              },
            ),
          );
      check(`PostgreSQL: due on ${label(size)} ≤ due on the file + 1.3 × psql running due's statements`, () => {
        if (pair.failed) throw new Error(pair.failed);
        const limit = pair.first + 1.3 * figure(statements, "psql running due's statements").wall;
        return [ms(pair.second), ms(limit), pair.second <= limit];
      });
    }
    const [low, high] = [onServer.get(first), onServer.get(largest)];
    if (largest !== first) {
      check(`PostgreSQL: due flat from ${label(first)} to ${label(largest)} (time, memory)`, () => {
        const time = overFloor(high?.due, 'due') / overFloor(low?.due, 'due');
        const memory = high.due.rss / low.due.rss;
        return [`${times(time)}, ${times(memory)}`, '≤ 1.15 ×', time <= 1.15 && memory <= 1.15];
      });
      const pair =
        low && high
          ? measurePair([node, [bin, 'report'], envFor(low.url)], [node, [bin, 'report'], envFor(high.url)], {
              runs: 2 * runs,
            })
          : { failed: 'a logbook is missing' };
      if (!pair.failed)
        row(
          `PostgreSQL: plainte report (week), ${label(largest)} run in pairs with ${label(first)}`,
          largest,
          {
            wall: pair.second,
            rss: null,
          },
          `${label(first)} beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)}`,
        );
      check(`PostgreSQL: report (week) on ${label(largest)} ≤ 1.5 × on ${label(first)} (run in pairs)`, () => {
        if (pair.failed) throw new Error(pair.failed);
        return [times(pair.ratio), times(1.5), pair.ratio <= 1.5];
      });
      const recentName = `bench_${label(largest).toLowerCase()}_recent_v${SEED_VERSION}`;
      const recentDb = recent ? serverLogbook(recentName, recentFile, largest) : null;
      if (recentDb && high) weekOverHistory('PostgreSQL: ', recentDb, high.url);
    }
    // Moving 100k complaints to an empty logbook on the server, against psql's \copy of the
    // same rows into the same empty schema: the floor of any copy.
    const copySize = importSize;
    if (onServer.has(copySize)) {
      const target = 'bench_copy_target';
      const fresh = (withSchema) => () => {
        server.drop(target);
        server.create(target);
        if (withSchema) spawnSync(node, [bin, 'doctor'], { env: envFor(server.url(target)) });
      };
      const copied = measure(node, [bin, 'copy', '--to', server.url(target)], {
        env: envFor(join(dataDir, `logbook-${label(copySize)}.db`)),
        runs: 3,
        warmups: 0,
        fresh: fresh(false),
      });
      row(`PostgreSQL: plainte copy --to (${label(copySize)} complaints)`, copySize, copied);
      const csv = mkdtempSync(join(dataDir, 'copy-'));
      const script = copyScript(server, `bench_${label(copySize).toLowerCase()}_v${SEED_VERSION}`, csv);
      const floorCopy = measure(
        server.psqlCommand,
        [...server.psqlBase, '-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', target],
        { input: script, runs: 3, warmups: 0, fresh: fresh(true) },
      );
      rmSync(csv, { recursive: true, force: true });
      row(`psql \\copy of the same rows (${label(copySize)})`, copySize, floorCopy);
      check(`PostgreSQL: copy --to of ${label(copySize)} ≤ 2 × psql \\copy`, () => {
        const ratio = figure(copied, 'copy').wall / figure(floorCopy, 'psql').wall;
        return [times(ratio), times(2), ratio <= 2];
      });
      server.drop(target);
    }
  } finally {
    server.stop();
  }
}

const floors = [floor, version, help, ...[...bySize.values()].map((r) => r.due)]
  .filter((r) => r && !r.failed)
  .map((r) => r.floor ?? r.wall);
const machine =
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
  `Node ${process.version}, load average at the end ${loadavg()[0].toFixed(1)}`;
const tableOf = (part) =>
  [
    '| what | logbook | wall (median) | peak memory | note |',
    '|---|---|---|---|---|',
    ...rows
      .filter((r) => r.section === part)
      .map((r) => {
        const note = [r.floor ? `floor beside it ${ms(r.floor)}` : '', r.note].filter(Boolean).join('; ');
        return `| ${r.what} | ${r.size} | ${r.failed ? '—' : ms(r.wall)} | ${mib(r.rss)} | ${cell(note)} |`;
      }),
  ].join('\n');
const table = tableOf('sqlite');
const targetsOf = (part) =>
  [
    '| target | measured | limit | met |',
    '|---|---|---|---|',
    ...checks
      .filter((c) => c.section === part)
      .map((c) => `| ${c.target} | ${cell(c.measured)} | ${c.limit} | ${c.ok ? 'yes' : '**no**'} |`),
  ].join('\n');
const targets = targetsOf('sqlite');
/** What was profiled and tried on the server, written by hand and kept under its figures. */
const pgNotesFile = join(root, 'bench', 'notes-pg.md');
const pgNotes = existsSync(pgNotesFile) ? readFileSync(pgNotesFile, 'utf8').trim() + '\n' : '';
const postgresql = `## PostgreSQL

Measured by \`npm run bench\` on ${now.toISOString().slice(0, 10)}: ${machine}. The same logbooks on a local
PostgreSQL server (${server.failed ? 'not started' : 'a Unix socket, default settings'}), copied there from the files
above with \`plainte copy\`; the same method (medians, floors beside each run, the week's report run in pairs).

### Targets

${targetsOf('postgresql')}

### Figures

${tableOf('postgresql')}
${pgNotes ? `\n${pgNotes}` : ''}`;
/** What was profiled and tried, written by hand and kept under the figures. */
const notesFile = join(root, 'bench', 'notes.md');
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() + '\n' : '';
const markdown = `# Benchmarks

Measured by \`npm run bench\` on ${now.toISOString().slice(0, 10)}: ${machine}.
Each figure is the median of ${runs} runs after a warm-up (3 for the slowest), as whole processes; peak memory is the
maximum resident set size reported by GNU time. Figures compared with Node's own start are measured with a run of
\`node -e 0\` after each run (the floor beside it, median ${ms(median(floors))} over the run), so that both see the
same load.
The week's report on the largest logbook is compared with the smallest by running both in turn, ${2 * runs} pairs.

## Targets

${targets}

## Figures

${table}
${notes ? `\n${notes}` : ''}`;
const kept = existsSync(join(root, 'BENCHMARKS.md')) ? readFileSync(join(root, 'BENCHMARKS.md'), 'utf8') : '';
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  !sqliteToo
    ? `${kept.split('\n## PostgreSQL\n')[0].trimEnd()}\n\n${postgresql}`
    : postgresqlToo || !kept.includes('\n## PostgreSQL\n')
      ? `${markdown}\n${postgresql}`
      : `${markdown}\n## PostgreSQL\n${kept.split('\n## PostgreSQL\n')[1]}`,
);
console.log(`\n${targets}\n\n${table}\n\n${postgresql}`);
console.log(`${checks.filter((c) => c.ok).length} of ${checks.length} targets met; written to BENCHMARKS.md`);
