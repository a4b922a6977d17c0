import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BIN, plainte, tempDir, tempLogbook } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';
import { runInTerminal } from '../helpers/pty.js';

// `plainte completion bash|zsh|fish` (README, "Shell completion"): each script sourced in its
// shell, asked what Tab offers. The scripts call `plainte` for the complaint numbers: a
// `plainte` on the PATH runs the built binary, on a logbook of two complaints (one a draft).

let path: string;
let db: string;
let draft: number;

beforeEach(async () => {
  const bin = tempDir();
  writeFileSync(join(bin, 'plainte'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'plainte'), 0o755);
  path = `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  db = tempLogbook();
  [, draft] = await seedComplaints(db, [
    { customer: { name: 'Marie Lefèvre' } },
    { customer: { name: 'Paul Girard' }, draft: true },
  ]);
});

/** What bash's Tab offers for each command line (its last word the one being typed). */
function bashOffers(script: string, lines: string[][], env: Record<string, string> = {}): string[] {
  const file = join(tempDir(), 'plainte.bash');
  writeFileSync(file, script);
  const asks = lines.map(
    (words) =>
      `COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; COMPREPLY=(); ` +
      `_plainte; echo "[\${COMPREPLY[*]}]"`,
  );
  const run = spawnSync('bash', ['--norc', '-c', [`source ${file}`, 'complete -p plainte', ...asks].join('\n')], {
    env: { PATH: path, HOME: tempDir(), PLAINTE_DB: db, ...env },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  const [registered, ...offers] = run.stdout.trimEnd().split('\n');
  expect(registered).toBe('complete -F _plainte plainte');
  return offers.map((offer) => offer.slice(1, -1));
}

describe('bash completion', () => {
  const script = () => plainte(['completion', 'bash']).stdout;

  it('completes commands and their French names, options, and the values of options with a list', () => {
    const offers = bashOffers(script(), [
      ['plainte', 'rap'],
      ['plainte', 'list', '--st'],
      ['plainte', 'list', '--status', ''],
      ['plainte', 'liste', '--status', 'open,cl'],
      ['plainte', 'list', '--status', '=', 'aw'],
      ['plainte', 'report', '--format', ''],
      ['plainte', 'export', '--format', 'i'],
      ['plainte', 'close', '1', '--outcome', ''],
      ['plainte', 'suivi', '1', '--channel', 'ph'],
      ['plainte', 'new', '--category', 'de'],
      ['plainte', '--lang', ''],
      ['plainte', 'config', ''],
      ['plainte', 'config', 'set', 'callback.'],
      ['plainte', 'completion', ''],
      ['plainte', 'help', 'rapp'],
      ['plainte', 'list', '--customer', ''],
    ]);
    expect(offers).toEqual([
      'rappels rapport',
      '--status',
      'draft open awaiting_callback transferred resolved closed',
      'open,closed',
      'awaiting_callback',
      'text json md html',
      'ics',
      'resolved partial unresolved',
      'phone',
      'defective',
      'fr en',
      'get set list',
      'callback.delay callback.time',
      'bash zsh fish',
      'rappels rapport',
      '',
    ]);
  });

  it('completes the complaint numbers a command takes, from the logbook of the line or of PLAINTE_DB', () => {
    const offers = bashOffers(script(), [
      ['plainte', 'show', ''],
      ['plainte', 'reprendre', ''],
      ['plainte', 'close', ''],
      ['plainte', '--db', db, 'voir', ''],
      ['plainte', '--db', join(tempDir(), 'absent.db'), 'show', ''],
    ]);
    expect(offers).toEqual(['2 1', String(draft), '1', '2 1', '']);
  });

  it('completes file names where a file is expected', () => {
    const folder = tempDir();
    mkdirSync(join(folder, 'sauvegardes'));
    writeFileSync(join(folder, 'export.csv'), '');
    const offers = bashOffers(script(), [
      ['plainte', 'import', join(folder, 'ex')],
      ['plainte', 'export', '-o', join(folder, 'sau')],
      ['plainte', '--db', join(folder, 'ex')],
    ]);
    expect(offers).toEqual([join(folder, 'export.csv'), join(folder, 'sauvegardes'), join(folder, 'export.csv')]);
  });
});

describe('the numbers mode of the scripts', () => {
  it('says nothing, whatever goes wrong, and creates nothing', () => {
    const absent = join(tempDir(), 'absent.db');
    expect(plainte(['completion', 'bash', '--numbers', 'show'], { db: absent })).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect(existsSync(absent)).toBe(false);
    expect(plainte(['completion', 'fish', '--numbers', 'show'], { db })).toMatchObject({
      status: 0,
      stdout: `2\tPaul Girard — Lave-linge\n1\tMarie Lefèvre — Lave-linge\n`,
      stderr: '',
    });
    expect(plainte(['completion', 'bash', '--numbers', 'guide'], { db }).stdout).toBe('');
    // The mode is the scripts': the help says how to install them, not how they work.
    const help = plainte(['completion', '--help']).stdout;
    expect(help).not.toContain('--numbers');
    // Each command whole on its line, to be copied (the help is laid out to 80 columns in a pipe).
    expect(help).toContain('\n  plainte completion bash > ~/.local/share/bash-completion/completions/plainte\n');
    expect(plainte(['completion', '--help', '--lang', 'en']).stdout).toContain(
      '\n  plainte completion fish > ~/.config/fish/completions/plainte.fish\n',
    );
  });

  it('refuses a shell it has no script for as a usage error', () => {
    const run = plainte(['completion', 'tcsh']);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain('shell inconnu « tcsh » : choisissez bash, zsh ou fish.');
  });
});

describe('fish completion', () => {
  it('completes commands, option values and numbers with their help', () => {
    const file = join(tempDir(), 'plainte.fish');
    writeFileSync(file, plainte(['completion', 'fish']).stdout);
    const ask = (line: string) => `complete -C '${line}'; echo ---`;
    const run = spawnSync(
      'fish',
      [
        '--no-config',
        '-c',
        [`source ${file}`, ask('plainte rapp'), ask('plainte voir '), ask('plainte list --status cl')].join('; '),
      ],
      { env: { PATH: path, HOME: tempDir(), PLAINTE_DB: db }, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    const [commands, numbers, statuses] = run.stdout.split('---\n');
    expect(commands).toBe(
      'rappels\tles rappels promis aux clients, dus aujourd’hui ou en retard\n' +
        'rapport\tle bilan de la période pour le patron\n',
    );
    expect(numbers).toBe('1\tMarie Lefèvre — Lave-linge\n2\tPaul Girard — Lave-linge\n');
    expect(statuses).toMatch(/^closed\t/);
  });
});

describe('zsh completion', () => {
  it('is a script zsh reads, registered when sourced', () => {
    const file = join(tempDir(), '_plainte');
    writeFileSync(file, plainte(['completion', 'zsh']).stdout);
    expect(spawnSync('zsh', ['-n', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });

  it('completes option values and complaint numbers with their customer at Tab', () => {
    const folder = tempDir();
    writeFileSync(join(folder, '_plainte'), plainte(['completion', 'zsh']).stdout);
    const env = { PATH: path, HOME: tempDir(), PLAINTE_DB: db, TERM: 'xterm' };
    const run = runInTerminal(
      ['zsh', '-f', '-i'],
      [
        { expect: '', send: `fpath=(${folder} $fpath); autoload -U compinit; compinit -u -D; print "$((6 * 7))"\r` },
        { expect: '42', send: 'plainte voir \t' },
        { expect: 'Paul Girard', send: '\x15plainte report --format \t' },
        { expect: 'html', send: '\x15exit\r' },
      ],
      env,
      [24, 100],
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.output).toMatch(/1 +-- Marie Lefèvre — Lave-linge/);
  });
});
