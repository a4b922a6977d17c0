// npm run bench: builds logbooks of 10k, 100k and 1M complaints, times plainte's commands
// as whole processes beside their floor (bare `node -e 0`), the limit (the sqlite3 shell
// running the report's SQL) and the peer (taskwarrior's `task overdue`), checks the
// targets of the performance issue, prints the table and writes BENCHMARKS.md.
// BENCH_SIZES=10000,100000 limits the sizes; BENCH_RUNS sets the runs per figure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.js';
import { seedLogbook } from './seed.js';
import { measurePeer } from './peer.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'plainte.js');
const dataDir = join(root, 'bench', 'data');
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const now = new Date();
mkdirSync(dataDir, { recursive: true });

const node = process.execPath;
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: process.env.TZ ?? 'Europe/Paris', NO_COLOR: '1' };
const plainte = (db, args, extra = {}) => measure(node, [bin, ...args], { env: { ...baseEnv, PLAINTE_DB: db }, runs, ...extra });
const kib = (mib) => (mib === null ? '—' : `${mib.toFixed(0)} MiB`);
const ms = (value) => `${value.toFixed(1)} ms`;
const label = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

const rows = [];
const checks = [];
function row(what, size, result, note = '') {
  rows.push({ what, size: size ? label(size) : '', wall: result.wall, rss: result.rss, note });
  console.error(`${what.padEnd(34)} ${(size ? label(size) : '').padEnd(5)} ${ms(result.wall).padStart(10)} ${kib(result.rss).padStart(8)} ${note}`);
  return result;
}
function check(target, measured, limit, ok) {
  checks.push({ target, measured, limit, ok });
}

console.error(`plainte benchmark: sizes ${sizes.map(label).join(', ')}, ${runs} runs each (median)`);
const floor = row('node -e 0 (floor)', 0, measure(node, ['-e', '0'], { env: baseEnv, runs }));
const anyDb = join(dataDir, 'empty.db');
const version = row('plainte --version', 0, plainte(anyDb, ['--version']));
const help = row('plainte --help', 0, plainte(anyDb, ['--help']));
check('--version ≤ 1.3 × node -e 0', `${(version.wall / floor.wall).toFixed(2)} ×`, '1.30 ×', version.wall <= 1.3 * floor.wall);
check('--help ≤ 1.3 × node -e 0', `${(help.wall / floor.wall).toFixed(2)} ×`, '1.30 ×', help.wall <= 1.3 * floor.wall);

const bySize = new Map();
for (const size of sizes) {
  const db = join(dataDir, `logbook-${label(size)}.db`);
  const seeded = Date.now();
  await seedLogbook(db, size, now.getTime());
  console.error(`(logbook of ${label(size)} ready in ${((Date.now() - seeded) / 1000).toFixed(1)} s)`);
  const results = {
    due: row('plainte due', size, plainte(db, ['due'])),
    list: row('plainte list --limit 20', size, plainte(db, ['list', '--limit', '20'])),
    show: row('plainte show', size, plainte(db, ['show', String(Math.ceil(size / 2))])),
    reportWeek: row('plainte report (week)', size, plainte(db, ['report'])),
    reportAll: row('plainte report --all', size, plainte(db, ['report', '--all'], { runs: Math.min(runs, 3) })),
    exportCsv: row('plainte export --format csv', size, plainte(db, ['export', '--format', 'csv'], { runs: Math.min(runs, 3) })),
  };
  const sql = spawnSync(node, [join(root, 'bench', 'report-sql.js')], { encoding: 'utf8' }).stdout;
  if (sql) results.sqlite = row('sqlite3 shell, report SQL (limit)', size, measure('sqlite3', [db], { input: sql, runs: Math.min(runs, 3) }));
  const peer = measurePeer(size, runs);
  if (peer) results.peer = row('task overdue (taskwarrior, peer)', size, peer);
  bySize.set(size, results);
}

const small = bySize.get(sizes[0]);
for (const size of sizes.filter((n) => n >= 100_000)) {
  const r = bySize.get(size);
  check(`due on ${label(size)}: wall ≤ 1.6 × node -e 0`, `${(r.due.wall / floor.wall).toFixed(2)} ×`, '1.60 ×', r.due.wall <= 1.6 * floor.wall);
  check(`due on ${label(size)}: peak memory ≤ 70 MiB`, kib(r.due.rss), '70 MiB', r.due.rss !== null && r.due.rss <= 70);
}
const largest = sizes.at(-1);
if (largest !== sizes[0]) {
  const big = bySize.get(largest);
  check(`due flat from ${label(sizes[0])} to ${label(largest)}`, `${(big.due.wall / small.due.wall).toFixed(2)} ×`, '≈ 1 ×', big.due.wall <= 1.15 * small.due.wall);
  check(`report (week) on ${label(largest)} ≤ 1.5 × on ${label(sizes[0])}`, `${(big.reportWeek.wall / small.reportWeek.wall).toFixed(2)} ×`, '1.50 ×', big.reportWeek.wall <= 1.5 * small.reportWeek.wall);
  if (big.sqlite) {
    const limit = floor.wall + 1.3 * big.sqlite.wall;
    check(`report --all on ${label(largest)} ≤ node + 1.3 × sqlite3`, ms(big.reportAll.wall), ms(limit), big.reportAll.wall <= limit);
  }
  check(`export csv of ${label(largest)}: memory ≤ 1.2 × that of ${label(sizes[0])}`, `${(big.exportCsv.rss / small.exportCsv.rss).toFixed(2)} ×`, '1.20 ×', big.exportCsv.rss <= 1.2 * small.exportCsv.rss);
}

// Import: an export of 100k complaints (or the largest size below it) into an empty logbook.
const importSize = sizes.includes(100_000) ? 100_000 : sizes[0];
const importFile = join(dataDir, `export-${label(importSize)}.json`);
spawnSync(node, [bin, 'export', '--format', 'json', '-o', importFile], { env: { ...baseEnv, PLAINTE_DB: join(dataDir, `logbook-${label(importSize)}.db`) } });
const importRuns = [];
for (let i = 0; i < 3; i++) {
  const target = join(dataDir, `import-${i}.db`);
  spawnSync('rm', ['-f', target, `${target}-wal`, `${target}-shm`]);
  importRuns.push(measure(node, [bin, 'import', importFile], { env: { ...baseEnv, PLAINTE_DB: target }, runs: 1 }).wall);
}
const importWall = importRuns.sort((a, b) => a - b)[1];
const perSecond = Math.round(importSize / (importWall / 1000));
row(`plainte import (${label(importSize)} complaints)`, importSize, { wall: importWall, rss: null }, `${perSecond.toLocaleString('en')} complaints/s`);
check('import ≥ 20,000 complaints per second', `${perSecond.toLocaleString('en')}/s`, '20,000/s', perSecond >= 20_000);

// The wizard's first question, drawn in a pseudo-terminal.
const prompt = spawnSync('python3', [join(root, 'bench', 'first-prompt.py'), process.env.BENCH_PROMPT ?? '\\?', node, bin, 'new', '--db', join(dataDir, 'wizard.db')], { encoding: 'utf8', env: { ...baseEnv, TERM: 'xterm' } });
const promptTimes = [];
for (let i = 0; i < runs && prompt.status === 0; i++) {
  const again = spawnSync('python3', [join(root, 'bench', 'first-prompt.py'), process.env.BENCH_PROMPT ?? '\\?', node, bin, 'new', '--db', join(dataDir, 'wizard.db')], { encoding: 'utf8', env: { ...baseEnv, TERM: 'xterm' } });
  if (again.status === 0) promptTimes.push(Number(again.stdout));
}
if (promptTimes.length) {
  const firstPrompt = promptTimes.sort((a, b) => a - b)[Math.floor(promptTimes.length / 2)];
  row('plainte new: first prompt drawn', 0, { wall: firstPrompt, rss: null });
  check('first prompt of new ≤ 2 × node -e 0', `${(firstPrompt / floor.wall).toFixed(2)} ×`, '2.00 ×', firstPrompt <= 2 * floor.wall);
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = [
  '| what | logbook | wall (median) | peak memory | note |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.size} | ${ms(r.wall)} | ${kib(r.rss)} | ${r.note} |`),
].join('\n');
const targets = [
  '| target | measured | limit | met |',
  '|---|---|---|---|',
  ...checks.map((c) => `| ${c.target} | ${c.measured} | ${c.limit} | ${c.ok ? 'yes' : '**no**'} |`),
].join('\n');
const markdown = `# Benchmarks\n\nMeasured by \`npm run bench\` on ${now.toISOString().slice(0, 10)}: ${machine}.\nEach figure is the median of ${runs} runs after a warm-up (fewer for the slowest), as whole processes; peak memory is the maximum resident set size reported by GNU time.\n\n## Targets\n\n${targets}\n\n## Figures\n\n${table}\n`;
writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
console.log(`\n${targets}\n\n${table}\n`);
console.log(`${checks.filter((c) => c.ok).length} of ${checks.length} targets met; written to BENCHMARKS.md`);
