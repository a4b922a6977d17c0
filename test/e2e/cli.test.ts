import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/index.js';
import { helpFile } from '../../src/launch.js';
import { BIN, emptyLogbook, plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';

/** Where the build puts the bundled program. */
const BUNDLE = join(BIN, '..', '..', 'dist', 'bundle');

describe('the plainte command line', () => {
  it('lists an empty array for an empty logbook', () => {
    const db = emptyLogbook();
    const run = plainte(['list', '--json'], { db });
    expect(run).toMatchObject({ status: 0, stdout: '[]\n', stderr: '' });
    expect(plainte(['doctor', '--json'], { db }).status).toBe(0);
  });

  it('uses the XDG data folder when neither --db nor PLAINTE_DB is given', () => {
    const home = tempDir();
    expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { env: { HOME: home } }).status).toBe(0);
    const run = plainte(['doctor', '--json'], { env: { HOME: home } });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).path).toBe(`${home}/.local/share/plainte/plainte.db`);
  });

  it('exits 2 with a French message on an unknown option or command', () => {
    const option = plainte(['list', '--colour'], { db: tempLogbook() });
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('plainte : option inconnue « --colour ». Voir « plainte --help ».\n');
    const command = plainte(['lsit'], { db: tempLogbook() });
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('commande inconnue « lsit »');
  });

  it('refuses an option given twice (exit 2) or given empty (exit 1), without touching the logbook', () => {
    const db = tempLogbook();
    plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db });
    const before = sha256(db);
    const twice = plainte(['list', '--limit', '3', '--limit=4'], { db });
    expect(twice).toMatchObject({ status: 2, stdout: '' });
    expect(twice.stderr).toBe('plainte : l’option « --limit » est donnée deux fois. Voir « plainte --help ».\n');
    const empty = plainte(['list', '--customer', '  '], { db });
    expect(empty).toMatchObject({ status: 1, stdout: '' });
    expect(empty.stderr).toContain('--customer est vide');
    expect(sha256(db)).toBe(before);
  });

  it('speaks English with --lang en or PLAINTE_LANG=en, and refuses other languages', () => {
    expect(plainte(['show', '7', '--lang', 'en'], { db: emptyLogbook() }).stderr).toBe(
      'plainte: no complaint #7. “plainte list” shows the complaints on file.\n',
    );
    expect(plainte(['show', '7'], { db: emptyLogbook(), env: { PLAINTE_LANG: 'en' } }).stderr).toContain(
      'no complaint #7',
    );
    const german = plainte(['--lang', 'de', 'list'], { db: tempLogbook() });
    expect(german.status).toBe(2);
    expect(german.stderr).toContain('langue inconnue « de »');
  });

  it('exits 1 with one readable line when the complaint does not exist or the number is not one', () => {
    const missing = plainte(['show', '42'], { db: emptyLogbook() });
    expect(missing).toMatchObject({ status: 1, stdout: '' });
    expect(missing.stderr).toBe(
      'plainte : aucune réclamation n° 42. « plainte list » montre les réclamations enregistrées.\n',
    );
    const invalid = plainte(['voir', 'abc'], { db: tempLogbook() });
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('numéro de réclamation invalide « abc »');
  });

  it('lists every command of the product with its French alias in --help', () => {
    const help = plainte(['--help']);
    expect(help.status).toBe(0);
    const commands = [
      'new|nouvelle',
      'resume|reprendre',
      'list|liste',
      'show|voir',
      'follow-up|suivi',
      'transfer|transferer',
      'close|classer',
      'reopen|rouvrir',
      'due|rappels',
      'report|rapport',
      'customer|client',
      'export',
      'import',
      'backup',
      'restore',
      'doctor',
      'forget|oublier',
      'purge',
      'config',
      'guide',
    ];
    for (const command of commands) expect(help.stdout).toMatch(new RegExp(`^  ${command.replace('|', '\\|')} `, 'm'));
    expect(help.stdout).toContain('Commandes :');
  });

  it('writes --help from the text kept at build time, the same as the program writes it, in each language', () => {
    for (const language of LANGS) {
      const env = { PLAINTE_LANG: language };
      const program = plainte(['--lang', language, '--help'], { env });
      expect(program).toMatchObject({ status: 0, stderr: '' });
      expect(readFileSync(helpFile(BUNDLE, language), 'utf8')).toBe(program.stdout);
      for (const ask of ['--help', '-h', 'help'])
        expect(plainte([ask], { env }), `${language} ${ask}`).toEqual(program);
    }
    // A language without kept text is the program's to refuse.
    const unknown = plainte(['--help'], { env: { PLAINTE_LANG: 'de' } });
    expect(unknown).toMatchObject({ status: 2, stdout: '' });
    expect(unknown.stderr).toContain('de');
  });

  it('takes the kept help without loading the program, and only for --help alone', () => {
    // A directory holding a kept help and no program: only the kept text can answer.
    const directory = tempDir();
    writeFileSync(helpFile(directory, 'fr'), 'aide gardée\n');
    const launcher = JSON.stringify(join(BUNDLE, 'launch.cjs'));
    const launch = (args: string[]) =>
      spawnSync(
        process.execPath,
        [
          '-e',
          `require(${launcher}).launch(['node', 'plainte', ...${JSON.stringify(args)}], ${JSON.stringify(directory)})`,
        ],
        {
          env: { PATH: process.env.PATH },
          encoding: 'utf8',
        },
      );
    expect(launch(['--help'])).toMatchObject({ status: 0, stdout: 'aide gardée\n', stderr: '' });
    for (const args of [
      ['--help', 'due'],
      ['due', '--help'],
      ['--no-color', '--help'],
    ]) {
      expect(launch(args).stderr, args.join(' ')).toContain('cjs');
    }
  });

  it('prints the version', () => {
    const run = plainte(['--version']);
    expect(run).toMatchObject({ status: 0, stdout: '0.1.0\n' });
  });
});
