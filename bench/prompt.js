// The wizard's first question, drawn in a pseudo-terminal (bench/first-prompt.py), with a
// run of the floor after each run so that both see the same load.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { available, measure, median } from './measure.js';

const script = fileURLToPath(new URL('./first-prompt.py', import.meta.url));
// The end of the first question of `plainte new` (wizard.q.channel in French).
const MARKER = process.env.BENCH_PROMPT ?? 'arrive-t-elle \\?';

/** Median ms until the first question is on screen, and the median floor beside it. */
export function firstPrompt(node, bin, db, { env, runs, floor }) {
  if (!available('python3')) return { failed: 'python3 not installed' };
  const walls = [];
  const floors = [];
  for (let i = 0; i <= runs; i++) {
    const drawn = spawnSync('python3', [script, MARKER, node, bin, 'new', '--db', db], {
      encoding: 'utf8',
      env: { ...env, TERM: 'xterm' },
    });
    if (drawn.status !== 0) return { failed: String(drawn.stderr).trim().slice(0, 160) || `exit ${drawn.status}` };
    const base = measure(floor[0], floor[1], { env, runs: 1, warmups: 0 });
    if (base.failed) return { failed: `floor ${base.failed}` };
    if (i === 0) continue;
    walls.push(Number(drawn.stdout));
    floors.push(base.wall);
  }
  return { wall: median(walls), rss: null, floor: median(floors) };
}
