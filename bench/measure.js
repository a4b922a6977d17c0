// Times whole processes: wall time measured here around the child, peak memory (max RSS)
// reported by GNU time. The median of several runs is kept, after one warm-up run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const scratch = mkdtempSync(join(tmpdir(), 'plainte-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `command args` `runs` times (plus a warm-up); returns median wall ms and max RSS MiB. */
export function measure(command, args, { env = process.env, runs = 7, input } = {}) {
  const walls = [];
  const rss = [];
  const rssFile = join(scratch, 'rss');
  const withTime = existsSync(GNU_TIME);
  for (let i = 0; i <= runs; i++) {
    const started = process.hrtime.bigint();
    const result = withTime
      ? spawnSync(GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args], { env, input, stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] })
      : spawnSync(command, args, { env, input, stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0 && result.status !== 3) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 300)}`);
    }
    if (i === 0) continue;
    walls.push(wall);
    if (withTime) rss.push(Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024);
  }
  return { wall: median(walls), rss: rss.length ? Math.max(...rss) : null };
}
