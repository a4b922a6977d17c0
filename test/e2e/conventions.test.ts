import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARATIONS, PROGRAM_OPTIONS } from '../../src/declarations.js';
import { fr } from '../../src/i18n/fr.js';
import { helpFile } from '../../src/launch.js';
import type { Declaration } from '../../src/options/declare.js';
import { COMMANDS } from '../../src/route.js';
import { BIN, plainte, tempDir, tempLogbook } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';

// The terminal conventions of README's "Environment": the language from the locale,
// FORCE_COLOR and NO_COLOR, a value outside an option's list as a usage error everywhere,
// and French output without a word of commander's or Node's English.

const BUNDLE = join(BIN, '..', '..', 'dist', 'bundle');
const BOLD = '\x1b[1m';

describe('the language of a run', () => {
  it('follows LC_ALL, else LC_MESSAGES, else LANG when they name French or English, else French', () => {
    const english = 'no complaint #7';
    const french = 'aucune réclamation n° 7';
    const cases: [Record<string, string>, string][] = [
      [{ LANG: 'en_GB.UTF-8' }, english],
      [{ LANG: 'en_US' }, english],
      [{ LANG: 'fr_FR.UTF-8' }, french],
      [{ LANG: 'en_GB.UTF-8', LC_ALL: 'fr_FR.UTF-8' }, french],
      [{ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, english],
      [{ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }, english],
      // Another language, C or POSIX: French, the program's own.
      [{ LANG: 'de_DE.UTF-8' }, french],
      [{ LC_ALL: 'C' }, french],
      [{ LANG: 'POSIX' }, french],
    ];
    const db = tempLogbook();
    plainte(['config', 'set', 'shop.name', 'Quincaillerie'], { db });
    for (const [env, said] of cases) {
      const run = plainte(['show', '7'], { db, env });
      expect(run.stderr, JSON.stringify(env)).toContain(said);
      expect(run.status).toBe(1);
    }
  });

  it('takes --lang before PLAINTE_LANG, and PLAINTE_LANG before the locale; refuses an unknown one (exit 2)', () => {
    const db = tempLogbook();
    plainte(['config', 'set', 'shop.name', 'Quincaillerie'], { db });
    const env = { LANG: 'en_GB.UTF-8', PLAINTE_LANG: 'fr' };
    expect(plainte(['show', '7'], { db, env }).stderr).toContain('aucune réclamation');
    expect(plainte(['show', '7', '--lang', 'en'], { db, env }).stderr).toContain('no complaint');
    const unknown = plainte(['show', '7'], { db, env: { PLAINTE_LANG: 'de', LANG: 'en_GB.UTF-8' } });
    expect(unknown).toMatchObject({ status: 2, stdout: '' });
  });

  it('writes the help kept at build time in the locale’s language', () => {
    const run = plainte(['--help'], { env: { LANG: 'en_GB.UTF-8' } });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(readFileSync(helpFile(BUNDLE, 'en'), 'utf8'));
    expect(plainte(['--help'], { env: { LC_ALL: 'C' } }).stdout).toBe(readFileSync(helpFile(BUNDLE, 'fr'), 'utf8'));
  });
});

describe('colour', () => {
  it('is forced in a pipe by FORCE_COLOR=1, 2 or 3, and kept off by 0, NO_COLOR or --no-color', () => {
    const guide = (env: Record<string, string>, args: string[] = []) =>
      plainte(['guide', '--phase', '1', ...args], { env }).stdout;
    expect(guide({})).not.toContain(BOLD);
    for (const level of ['1', '2', '3', '']) expect(guide({ FORCE_COLOR: level }), level).toContain(BOLD);
    expect(guide({ FORCE_COLOR: '0' })).not.toContain(BOLD);
    expect(guide({ FORCE_COLOR: 'false' })).not.toContain(BOLD);
    // no-color.org: NO_COLOR wins over anything that asks for colour.
    expect(guide({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain(BOLD);
    expect(guide({ FORCE_COLOR: '1' }, ['--no-color'])).not.toContain(BOLD);
  });
});

/** A command line on which `command` reaches the check of its options' values. */
function baseOf(command: string, ids: { open: number; draft: number }, file: string): string[] {
  const bases: Partial<Record<string, string[]>> = {
    new: ['new', '--no-input', '--customer', 'Marie', '--description', 'Le grille-pain'],
    resume: ['resume', String(ids.draft), '--no-input'],
    'follow-up': ['follow-up', String(ids.open), '--no-input'],
    close: ['close', String(ids.open), '--no-input'],
    import: ['import', file],
    export: ['export', '--format', 'csv'],
  };
  return bases[command] ?? [command];
}

function withValues(declarations: [string, Declaration][]): [string, string][] {
  return declarations.flatMap(([command, declaration]) => [
    ...declaration.options
      .filter((option) => option.values && !option.suggested)
      .map((option) => [command, /--[\w-]+/.exec(option.flags)![0]] as [string, string]),
    ...withValues((declaration.subcommands ?? []).map((sub) => [`${command} ${sub.spec.split(' ')[0]}`, sub])),
  ]);
}

describe('a value outside an option’s list', () => {
  it('is a usage error (exit 2) for every option that has one, like an unknown language', async () => {
    const db = tempLogbook();
    const [open, draft] = await seedComplaints(db, [{}, { draft: true }]);
    const file = join(tempDir(), 'vide.csv');
    writeFileSync(file, '');
    const checked = withValues(COMMANDS.map((name) => [name, DECLARATIONS[name]]));
    expect(checked.length).toBeGreaterThan(12);
    for (const [command, flag] of [...checked, ['list', '--lang']]) {
      const base = baseOf(command, { open, draft }, file);
      const given = base.indexOf(flag);
      if (given >= 0) base.splice(given, 2);
      const run = plainte([...base, flag, 'pdf'], { db });
      expect(run.status, `${command} ${flag}`).toBe(2);
      expect(run.stderr, `${command} ${flag}`).toMatch(/« pdf »/);
      expect(run.stdout).toBe('');
    }
    const lang: Declaration['options'][number] | undefined = PROGRAM_OPTIONS.find((option) =>
      option.flags.startsWith('--lang'),
    );
    expect(lang?.values).toEqual(['fr', 'en']);
  });

  it('is a usage error (exit 2) for a count that is not a whole number above 0, the logbook untouched', async () => {
    const db = tempLogbook();
    await seedComplaints(db, [{}]);
    const before = readFileSync(db);
    for (const [command, flag] of [
      ['list', '--limit'],
      ['due', '--within'],
    ])
      for (const value of ['deux', '0', '-3', '1.5']) {
        const run = plainte([command, flag, value], { db });
        expect(run.status, `${command} ${flag} ${value}`).toBe(2);
        expect(run.stderr).toContain(`${flag} attend un nombre entier positif, pas « ${value} »`);
        expect(run.stdout).toBe('');
      }
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

/** The words in brackets of a help (`<chemin>`, `[commande]`). */
const placeholdersIn = (text: string) => [...text.matchAll(/[<[]([\p{L}\d°-]+)[>\]]/gu)].map((match) => match[1]);
const FRENCH_PLACEHOLDERS = new Set(
  Object.entries(fr).flatMap(([key, text]) => (key.startsWith('arg.') ? [text] : [])),
);
const ENGLISH_OF_COMMANDER = ['Usage:', 'Options:', 'Commands:', 'Arguments:', '(default:', 'choices:', 'display help'];

describe('French output', () => {
  it('has no word of commander’s English in any help: titles, defaults, the names in brackets', () => {
    const helps = [
      plainte(['--help']).stdout,
      ...COMMANDS.map((name) => plainte([name, '--help']).stdout),
      ...['get', 'set', 'list'].map((sub) => plainte(['config', sub, '--help']).stdout),
    ];
    for (const help of helps) {
      for (const english of ENGLISH_OF_COMMANDER) expect(help, help.split('\n')[0]).not.toContain(english);
      for (const word of placeholdersIn(help))
        expect(FRENCH_PLACEHOLDERS, `${word} in ${help.split('\n')[0]}`).toContain(word);
    }
    expect(plainte(['report', '--help']).stdout).toContain('--format <format>');
    expect(plainte(['show', '--help']).stdout).toContain('Utilisation : plainte show|voir [options] <n°>');
  });

  it('names a missing argument or value as the help does, in the run’s language', () => {
    const said = (args: string[]) => plainte(args, { db: tempLogbook() });
    expect(said(['show'])).toMatchObject({ status: 2, stderr: expect.stringContaining('l’argument « n° »') });
    expect(said(['config', 'set', 'operator']).stderr).toContain('l’argument « valeur »');
    expect(said(['list', '--db']).stderr).toContain('« --db <chemin> » attend une valeur');
    expect(said(['list', '--lang'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('« --lang <langue> » attend une valeur'),
    });
    expect(said(['show', '--lang', 'en']).stderr).toContain('missing argument “id”');
  });

  it('says what went wrong with a file in French, not in Node’s words', () => {
    const db = tempLogbook();
    plainte(['config', 'set', 'shop.name', 'Quincaillerie'], { db });
    const missing = plainte(['import', join(tempDir(), 'absent.csv')], { db });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^plainte : impossible de lire .* : fichier ou dossier introuvable\.$/m);
    expect(missing.stderr).not.toMatch(/ENOENT|no such file/);
    const cut = join(tempDir(), 'coupe.json');
    writeFileSync(cut, '{"format": "plainte", "complaints": [');
    const json = plainte(['import', cut], { db });
    expect(json.stdout + json.stderr).toContain('JSON illisible : le texte s’arrête avant la fin');
    expect(json.stdout + json.stderr).not.toMatch(/Unexpected|JSON input/);
    const output = plainte(['export', '--format', 'csv', '-o', join(tempDir(), 'absent', 'x.csv')], { db });
    expect(output.stderr).toContain('son dossier n’existe pas');
    expect(output.stderr).not.toMatch(/ENOENT|no such file/);
  });
});
