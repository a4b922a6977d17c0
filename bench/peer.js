// The peer: taskwarrior's `task overdue` on as many pending tasks, when Debian's
// taskwarrior is installed (apt-get install taskwarrior). Skipped above 100k tasks,
// where building its data alone takes too long. Its data is kept in bench/data.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { available, measure } from './measure.js';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

/** The figure, `{ failed }` when taskwarrior is missing, or null above 100k tasks. */
export function measurePeer(size, runs) {
  if (size > 100_000) return null;
  if (!available('task')) return { failed: 'taskwarrior not installed' };
  const home = join(dataDir, `task-${size}`);
  const env = { PATH: process.env.PATH, HOME: home, TASKRC: join(home, '.taskrc'), TASKDATA: join(home, '.task') };
  if (!existsSync(join(home, 'ready'))) {
    mkdirSync(join(home, '.task'), { recursive: true });
    writeFileSync(
      join(home, '.taskrc'),
      `data.location=${join(home, '.task')}\nconfirmation=off\nverbose=nothing\ngc=off\n`,
    );
    const day = 86_400_000;
    const stamp = (ms) =>
      new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const tasks = [];
    for (let i = 0; i < size; i++) {
      const due = Date.now() + Math.floor(((i % 30) - 18) * day);
      tasks.push(
        JSON.stringify({
          description: `Rappeler le client ${i}`,
          status: 'pending',
          entry: stamp(Date.now() - 40 * day),
          due: stamp(due),
          uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        }),
      );
    }
    writeFileSync(join(home, 'tasks.json'), `[${tasks.join(',\n')}]`);
    const imported = spawnSync('task', ['import', join(home, 'tasks.json')], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (imported.status !== 0) return { failed: `task import: ${String(imported.stderr).trim().slice(0, 200)}` };
    writeFileSync(join(home, 'ready'), '');
  }
  // `task` exits 1 when no task matches: not a failure.
  return measure('task', ['overdue'], { env, runs: Math.min(runs, 5), okStatuses: [0, 1] });
}
