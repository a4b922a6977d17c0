// What every part of the bench shares: where plainte and the logbooks are, the sizes, runs
// and parts asked for (BENCH_SIZES, BENCH_RUNS, BENCH_ONLY: bench/run.js), the floor (bare
// `node -e 0`), and plainte timed as a whole process on a logbook.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { label } from './figures.js';
import { measure } from './measure.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = join(root, 'bin', 'plainte.js');
export const dataDir = join(root, 'bench', 'data');
export const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
export const runs = Number(process.env.BENCH_RUNS ?? 7);
export const now = new Date();
mkdirSync(dataDir, { recursive: true });

export const node = process.execPath;
export const FLOOR = [node, ['-e', '0']];
export const baseEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  TZ: process.env.TZ ?? 'Europe/Paris',
  NO_COLOR: '1',
};
export const envFor = (db) => ({ ...baseEnv, PLAINTE_DB: db });
export const plainte = (db, args, options = {}) => measure(node, [bin, ...args], { env: envFor(db), runs, ...options });
// Start-up figures are short and the noisiest: twice the runs.
export const startupRuns = 2 * runs;

export const sqliteToo = process.env.BENCH_ONLY !== 'postgresql';
export const postgresqlToo = process.env.BENCH_ONLY !== 'sqlite';
export const first = sizes[0];
export const largest = sizes.at(-1);
/** The size imported and copied: 100k, or the largest size below it. */
export const importSize = sizes.includes(100_000) ? 100_000 : (sizes.filter((n) => n < 100_000).at(-1) ?? first);
/** The seeded logbook of `size`. */
export const logbookOf = (size) => join(dataDir, `logbook-${label(size)}.db`);
