// Runs each bundle of dist/bundle/ once, in its own process, and keeps the code V8 compiled
// for it in `<bundle>.cache` (see src/launch.ts). Each run is a typical use of its command
// on a scratch logbook holding one complaint with a callback due, so that the code saved is
// the code that command's runs need: the query and the rendering, not only the help.
// A bundle whose run fails keeps no cache and starts as if there were none. The stores'
// files (sqlite.cjs, pg.cjs) keep the code of the first run that loads them, made first:
// the SQLite store's is that of `due`, which cron runs; the PostgreSQL store's that of a
// `list` on a server that is not there (a build has none to reach), which loads the client
// and tries to connect; the letters' libraries' (pdfkit.cjs, mail-composer.cjs) that of a
// letter. Those runs' own caches are replaced by the ones of their turn.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bundle = new URL('../dist/bundle/', import.meta.url).pathname;
const bin = new URL('../bin/plainte.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'plainte-code-cache-'));
const env = {
  PATH: process.env.PATH,
  HOME: scratch,
  PLAINTE_DB: join(scratch, 'plainte.db'),
  PLAINTE_NOW: '2026-01-15T10:00:00Z',
  NO_COLOR: '1',
  TZ: 'Europe/Paris',
};

// What each bundle runs; a command not listed shows its help.
const RUNS = {
  'cli.cjs': ['--help'],
  'due.cjs': ['due'],
  'list.cjs': ['list'],
  'search.cjs': ['search', 'grille-pain'],
  'show.cjs': ['show', '1'],
  'attach.cjs': ['attach', '1'],
  'report.cjs': ['report'],
  'customer.cjs': ['customer', 'Martin'],
  'doctor.cjs': ['doctor'],
  // An export changes V8's flags as it starts (src/commands/export.ts), and V8 refuses code
  // saved under other flags: its help is what is kept, an export's start being no matter.
  'export.cjs': ['export', '--help'],
  'config.cjs': ['config', 'list'],
  'guide.cjs': ['guide'],
};

/** Node code that runs `args` with `file` and saves its cache; `terminal` makes stdin and
 * stdout pass for a terminal, so that the wizard asks its questions. */
function trainer(file, args, terminal = false) {
  const pretend = terminal
    ? "for (const s of [process.stdin, process.stdout]) Object.defineProperty(s, 'isTTY', { value: true }); " +
      'process.stdout.columns = 80; process.stdout.rows = 24;'
    : '';
  const launch = JSON.stringify(join(bundle, 'launch.cjs'));
  const argv = `['node', 'plainte', ...${JSON.stringify(args)}]`;
  return `${pretend} require(${launch}).saveCodeCache(${JSON.stringify(file)}, ${argv})`;
}

function train(file, args) {
  const run = spawnSync(process.execPath, ['-e', trainer(file, args)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (run.error || run.signal) console.warn(`code cache of ${file}: not made (${run.error?.message ?? run.signal})`);
}

/** `plainte new` at a terminal, up to its first question, then Ctrl-C: the code that draws
 * the first question is what the operator waits for. */
function trainWizard(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', trainer(file, ['new'], true)], {
      env,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let shown = '';
    child.stdout.on('data', (chunk) => {
      shown += chunk;
      if (shown.includes('?') && !child.stdin.writableEnded) child.stdin.end('\u0003');
    });
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const files = [
  join(bundle, 'cli.cjs'),
  ...readdirSync(join(bundle, 'commands'))
    .filter((name) => name.endsWith('.cjs'))
    .map((name) => join(bundle, 'commands', name)),
];
try {
  // One complaint, its callback due later today, for the reading commands to show (a
  // callback already past is refused: the logbook would stay empty).
  const seed = [
    'new',
    '--no-input',
    '--channel',
    'counter',
    '--description',
    'Le grille-pain ne chauffe plus',
    '--customer',
    'Martin',
  ];
  spawnSync(
    process.execPath,
    [bin, ...seed, '--phone', '0612345678', '--email', 'martin@example.org', '--callback', '2026-01-15T17:00'],
    { env, stdio: 'ignore' },
  );
  // The shop's address, which a letter by e-mail needs.
  spawnSync(process.execPath, [bin, 'config', 'set', 'shop.email', 'boutique@example.org'], { env, stdio: 'ignore' });
  train(join(bundle, 'commands', 'list.cjs'), ['list', '--db', 'postgresql:///plainte?host=/nonexistent']);
  train(join(bundle, 'commands', 'due.cjs'), RUNS['due.cjs']);
  // The letters' libraries keep the code of a letter written as a PDF, then as an e-mail.
  for (const format of ['pdf', 'eml'])
    train(join(bundle, 'commands', 'letter.cjs'), [
      'letter',
      '1',
      '--type',
      'accuse',
      '--format',
      format,
      '-o',
      join(scratch, `letter.${format}`),
    ]);
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name === 'new.cjs') await trainWizard(file);
    else train(file, RUNS[name] ?? [name.replace(/\.cjs$/, ''), '--help']);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
