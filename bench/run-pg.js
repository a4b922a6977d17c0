// PostgreSQL: the same logbooks on a local server (Unix socket, bench/pg.js), copied there from
// the SQLite files with `plainte copy`, kept between runs; plainte's commands timed on them
// beside the floor and psql (C, no JavaScript), and `plainte copy` beside psql's \copy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, measurePair } from './measure.js';
import { copyScript, dueScript } from './pg.js';
import { SEED_VERSION } from './seed.js';
import { check, figure, label, ms, overFloor, row, times } from './figures.js';
import { recentFile, weekOverHistory } from './recent.js';
import { dueFlat } from './run-targets.js';
import {
  FLOOR,
  baseEnv,
  bin,
  dataDir,
  envFor,
  first,
  importSize,
  largest,
  logbookOf,
  node,
  now,
  plainte,
  runs,
  sizes,
  startupRuns,
} from './setup.js';

/** Times plainte on the bench's started `server` (bench/pg.js), with the logbooks seeded
 * (`bySize`) and, when `recent`, the largest one's last days; then stops the server. */
export async function measurePostgresql(server, bySize, recent) {
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
      const url = serverLogbook(name, logbookOf(size), size);
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
        ? measurePair([node, [bin, 'due'], envFor(logbookOf(size))], [node, [bin, 'due'], envFor(r.url)], {
            runs: startupRuns,
          })
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
      // What due adds on the server to its time on the file is held to 1.5 × psql's figure: a
      // client in JavaScript also loads pg and reads the protocol in JavaScript (about 10 ms
      // where psql's figure is about 30), and four runs put what it adds at 0.8 to 1.35 × psql's.
      check(`PostgreSQL: due on ${label(size)} ≤ due on the file + 1.5 × psql running due's statements`, () => {
        if (pair.failed) throw new Error(pair.failed);
        const psql = figure(statements, "psql running due's statements").wall;
        const limit = pair.first + 1.5 * psql;
        const added = `${times((pair.second - pair.first) / psql)} psql's`;
        return [`${ms(pair.second)} (adds ${added})`, ms(limit), pair.second <= limit];
      });
    }
    const [low, high] = [onServer.get(first), onServer.get(largest)];
    if (largest !== first) {
      if (low && high) dueFlat('PostgreSQL: ', low.url, high.url);
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
        env: envFor(logbookOf(copySize)),
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
