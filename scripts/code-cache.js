// Runs each bundle of dist/bundle/ once, in its own process, and keeps the code V8 compiled
// for it in `<bundle>.cache` (see src/launch.ts). Each run is a typical use of the command
// against a scratch logbook, so the code saved is the code that command's runs need first.
// A bundle whose run fails keeps no cache: it then starts as if there were none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bundle = new URL('../dist/bundle/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'plainte-code-cache-'));
const db = join(scratch, 'plainte.db');

// What each bundle runs; a command not listed shows its help.
const RUNS = {
  'cli.cjs': ['--help'],
  'due.cjs': ['due'],
  'list.cjs': ['list'],
  'show.cjs': ['show', '1'],
  'report.cjs': ['report'],
  'customer.cjs': ['customer', 'Dupont'],
  'doctor.cjs': ['doctor'],
  'export.cjs': ['export', '--format', 'csv', '--output', join(scratch, 'export.csv')],
  'config.cjs': ['config', 'list'],
  'guide.cjs': ['guide'],
};

const files = [join(bundle, 'cli.cjs'), ...readdirSync(join(bundle, 'commands')).filter((name) => name.endsWith('.cjs')).map((name) => join(bundle, 'commands', name))];
try {
  // The scratch logbook exists before the runs, so that reading commands do not each create it.
  spawnSync(process.execPath, [new URL('../bin/plainte.js', import.meta.url).pathname, 'doctor'], { env: { ...process.env, PLAINTE_DB: db }, stdio: 'ignore' });
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const args = RUNS[name] ?? [name.replace(/\.cjs$/, ''), '--help'];
    const code = `require(${JSON.stringify(join(bundle, 'launch.cjs'))}).saveCodeCache(${JSON.stringify(file)}, ['node', 'plainte', ...${JSON.stringify(args)}])`;
    const env = { PATH: process.env.PATH, HOME: scratch, PLAINTE_DB: db, PLAINTE_NOW: '2026-01-15T10:00:00Z', NO_COLOR: '1', TZ: 'Europe/Paris' };
    const run = spawnSync(process.execPath, ['-e', code], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.error || run.signal) console.warn(`code cache of ${name}: not made (${run.error?.message ?? run.signal})`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
