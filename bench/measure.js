// Times whole processes: wall time measured here around the child, peak memory (max RSS)
// reported by GNU time. The median of several runs is kept, after one warm-up run.
//
// A machine shared with other work slows every process by a varying amount, so a figure
// that is compared with Node's own start (`node -e 0`) is measured with its floor
// interleaved: one run of the command, one run of the floor, and so on. Both then see the
// same load, and the ratio stays meaningful when the absolute times drift.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const withTime = existsSync(GNU_TIME);
const scratch = mkdtempSync(join(tmpdir(), 'plainte-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Whether `command` can be run at all (on the PATH, or a path that exists). */
export function available(command) {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** One run: wall ms and peak RSS MiB, or `failed` saying why. Exit 3 is `due --exit-code`'s
 * "something is due", and taskwarrior exits 1 when no task matches: neither is a failure. */
function once(command, args, { env, input, okStatuses }) {
  const rssFile = join(scratch, 'rss');
  rmSync(rssFile, { force: true });
  const stdio = [input ? 'pipe' : 'ignore', 'ignore', 'pipe'];
  const started = process.hrtime.bigint();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args], { env, input, stdio, maxBuffer: 64 * 2 ** 20 })
    : spawnSync(command, args, { env, input, stdio, maxBuffer: 64 * 2 ** 20 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) return { failed: `${command}: ${result.error.code ?? result.error.message}` };
  // GNU time exits 127 when it cannot find the command.
  if (withTime && result.status === 127) return { failed: `${command}: not found` };
  if (!okStatuses.includes(result.status)) {
    const said = String(result.stderr)
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('Command exited'))
      .slice(0, 3)
      .join(' ');
    return { failed: `exit ${result.status ?? result.signal}: ${said.slice(0, 160)}` };
  }
  const rss =
    withTime && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : null;
  return { wall, rss };
}

/**
 * Runs `command args` `runs` times after `warmups` warm-up runs; returns the median wall ms
 * and the largest peak RSS in MiB, or `{ failed }` at the first failing run. With `floor`
 * (a [command, args] pair), the floor is run after each run and its median returned too.
 * `fresh()` is called before every run (e.g. to give an import an empty logbook each time).
 */
export function measure(
  command,
  args,
  { env = process.env, runs = 7, warmups = 1, input, floor, fresh, okStatuses = [0, 3] } = {},
) {
  const walls = [];
  const floors = [];
  const rss = [];
  for (let i = 0; i < warmups + runs; i++) {
    fresh?.();
    const run = once(command, args, { env, input, okStatuses });
    if (run.failed) return { failed: run.failed };
    let base;
    if (floor) {
      base = once(floor[0], floor[1], { env, okStatuses: [0] });
      if (base.failed) return { failed: `floor ${base.failed}` };
    }
    if (i < warmups) continue;
    walls.push(run.wall);
    if (run.rss !== null) rss.push(run.rss);
    if (base) floors.push(base.wall);
  }
  return {
    wall: median(walls),
    rss: rss.length ? Math.max(...rss) : null,
    ...(floor ? { floor: median(floors) } : {}),
  };
}

/**
 * Runs two commands one after the other, `runs` times after `warmups` warm-up pairs, for a
 * ratio of the second to the first measured under the same load: each pair's ratio of wall
 * times, and their median. Measured in separate phases of a run, such a ratio takes any
 * change of the machine's speed between the phases for a difference of the commands.
 */
export function measurePair(first, second, { env = process.env, runs = 7, warmups = 1 } = {}) {
  const ratios = [];
  const walls = [[], []];
  const rss = [[], []];
  // Each command: [command, args, env?, { input, fresh }?]; fresh() is called before each of its runs.
  const run = ([command, args, ownEnv, { input, fresh } = {}]) => {
    fresh?.();
    return once(command, args, { env: ownEnv ?? env, input, okStatuses: [0] });
  };
  for (let i = 0; i < warmups + runs; i++) {
    const a = run(first);
    if (a.failed) return { failed: a.failed };
    const b = run(second);
    if (b.failed) return { failed: b.failed };
    if (i < warmups) continue;
    walls[0].push(a.wall);
    walls[1].push(b.wall);
    if (a.rss !== null) rss[0].push(a.rss);
    if (b.rss !== null) rss[1].push(b.rss);
    ratios.push(b.wall / a.wall);
  }
  const peak = (values) => (values.length ? Math.max(...values) : null);
  return {
    ratio: median(ratios),
    first: median(walls[0]),
    second: median(walls[1]),
    firstRss: peak(rss[0]),
    secondRss: peak(rss[1]),
  };
}
