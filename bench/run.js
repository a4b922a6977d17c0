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
//
// The parts, in the order they run: bench/setup.js (what they share), bench/figures.js (the
// rows, targets and their tables), bench/run-sqlite.js (each logbook timed), bench/recent.js
// (the largest logbook's last days), bench/run-targets.js (the targets across sizes),
// bench/run-import.js (import, photos), bench/run-pg.js (the server), bench/write-md.js.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.js';
import { startServer } from './pg.js';
import { firstPrompt } from './prompt.js';
import { check, inSection, label, overFloor, row, times } from './figures.js';
import { seedRecent } from './recent.js';
import { measureDueWithPhotos, measureImport } from './run-import.js';
import { measurePostgresql } from './run-pg.js';
import { measureSizes } from './run-sqlite.js';
import { checkSizes } from './run-targets.js';
import {
  FLOOR,
  baseEnv,
  bin,
  dataDir,
  importSize,
  node,
  plainte,
  postgresqlToo,
  runs,
  sizes,
  sqliteToo,
  startupRuns,
} from './setup.js';
import { writeBenchmarks } from './write-md.js';

console.error(
  `plainte benchmark: sizes ${sizes.map(label).join(', ')}, ${runs} runs each (median), load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
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

const bySize = await measureSizes();
const recent = await seedRecent(bySize);
if (sqliteToo) checkSizes(bySize, recent);
if (sqliteToo) await measureImport(bySize);
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
inSection('postgresql');
const server = postgresqlToo ? startServer(dataDir) : { failed: 'not measured (BENCH_ONLY=sqlite)' };
if (server.failed) {
  if (postgresqlToo) row('PostgreSQL server', 0, { failed: server.failed });
} else {
  await measurePostgresql(server, bySize, recent);
}

writeBenchmarks([floor, version, help], bySize, server);
