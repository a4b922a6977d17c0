import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/index.js';
import { helpFile } from '../../src/launch.js';
import { BIN, emptyLogbook, plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.js';

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
    const launch = (args: string[]) =>
      spawnSync(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(join(BUNDLE, 'launch.cjs'))}).launch(['node', 'plainte', ...${JSON.stringify(args)}], ${JSON.stringify(directory)})`,
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

  it('never lets escape sequences stored in the logbook reach the terminal raw', async () => {
    const db = tempLogbook();
    const { store } = await testStore(db);
    const hostile = 'Dupont\u001b]0;owned\u0007\u001b[2J';
    const { id } = await store.createComplaint(
      { account: `crie\u001b[31m fort`, product: 'écran\u009b2J', phaseReached: 2 },
      { kind: 'created', operator: 'Anne\u001b[8m' },
      { name: hostile },
    );
    await store.close();
    for (const args of [['show', String(id)], ['list'], ['list', '--customer', 'dupont']]) {
      const run = plainte(args, { db });
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).not.toMatch(/[\u001b\u009b\u0007]/);
      expect(run.stdout, args.join(' ')).toContain('Dupont␛]0;owned␇␛[2J');
    }
    // JSON keeps the text exactly (escaped by JSON itself), for machines.
    const json = JSON.parse(plainte(['show', String(id), '--json'], { db }).stdout);
    expect(json.customer.name).toBe(hostile);
  });

  it('shows a complaint with its answers and its timeline, and as JSON with its events', async () => {
    const db = tempLogbook();
    const { store } = await testStore(db);
    const { id } = await store.createComplaint(
      {
        channel: 'counter',
        operator: 'Anne',
        mood: 'upset',
        account: 'Le store posé hier ne descend plus',
        phaseReached: 1,
      },
      { kind: 'created', operator: 'Anne' },
      { name: 'Hélène Lefèvre', phone: '06 12 34 56 78' },
    );
    await store.close();
    const text = plainte(['show', String(id)], { db });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Réclamation n° 1 — brouillon');
    expect(text.stdout).toContain('Le store posé hier ne descend plus');
    expect(text.stdout).toContain('comptoir');
    expect(text.stdout).toContain('réclamation ouverte');
    expect(text.stdout).toContain('plainte resume 1');
    const json = JSON.parse(plainte(['show', String(id), '--json'], { db }).stdout);
    expect(json).toMatchObject({ id, status: 'draft', channel: 'counter', customer: { name: 'Hélène Lefèvre' } });
    expect(json.events).toEqual([
      expect.objectContaining({ kind: 'created', operator: 'Anne', at: '2026-11-23T10:00:00.000Z' }),
    ]);
  });

  it('filters the list from the command line and explains a bad filter', async () => {
    const db = tempLogbook();
    const { store, clock } = await testStore(db);
    clock.now = new Date('2026-11-02T10:00:00Z');
    await store.createComplaint({ category: 'billing' }, { kind: 'created', operator: null }, { name: 'Lefèvre' });
    clock.now = new Date('2026-11-20T10:00:00Z');
    await store.createComplaint({ category: 'defective' }, { kind: 'created', operator: null }, { name: 'Dubois' });
    await store.close();
    const ids = (args: string[]) =>
      (JSON.parse(plainte(['list', '--json', ...args], { db }).stdout) as { id: number }[]).map((c) => c.id);
    expect(ids([])).toEqual([2, 1]);
    expect(ids(['--customer', 'lefevre'])).toEqual([1]);
    expect(ids(['--since', '15/11/2026'])).toEqual([2]);
    expect(ids(['--until', '02/11/2026'])).toEqual([1]);
    expect(ids(['--status', 'brouillon'])).toEqual([2, 1]);
    expect(ids(['--category', 'billing'])).toEqual([1]);
    const bad = plainte(['list', '--since', '31/02/2026'], { db });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--since : date non reconnue « 31/02/2026 »');
    expect(plainte(['list', '--status', 'perdu'], { db }).stderr).toContain('Possibles : draft, open');
    expect(plainte(['list', '--limit', '0'], { db }).status).toBe(1);
  });

  it('refuses a foreign file from the command line and leaves it untouched', () => {
    const db = tempLogbook();
    writeFileSync(db, 'not a database, just notes\n'.repeat(10));
    const before = sha256(db);
    const run = plainte(['list'], { db });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^plainte : .* n’est pas un cahier plainte/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(sha256(db)).toBe(before);
  });
});

describe('settings', () => {
  it('sets, reads and lists the shop settings, refusing unknown keys and bad values', () => {
    const db = tempLogbook();
    expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db }).status).toBe(0);
    expect(plainte(['config', 'get', 'shop.name'], { db }).stdout).toBe('Quincaillerie Martin\n');
    expect(plainte(['config', 'get', 'retention'], { db }).stdout).toBe('3y\n');
    const unknown = plainte(['config', 'set', 'colour', 'red'], { db });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('réglage inconnu « colour »');
    const bad = plainte(['config', 'set', 'retention', 'forever'], { db });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('3y (ans)');
    const list = JSON.parse(plainte(['config', 'list', '--json'], { db }).stdout);
    expect(list).toMatchObject({
      'shop.name': 'Quincaillerie Martin',
      retention: '3y',
      'callback.delay': '2',
      operator: null,
    });
    expect(plainte(['config', 'set', 'shop.name', '-'], { db }).status).toBe(0);
    expect(plainte(['config', 'get', 'shop.name'], { db }).stdout).toBe('');
  });
});

describe('doctor', () => {
  it('reports the file, its schema, its integrity and its contents', () => {
    const db = emptyLogbook();
    const run = plainte(['doctor'], { db });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Intégrité');
    expect(run.stdout).toContain('Tout va bien.');
    const json = JSON.parse(plainte(['doctor', '--json'], { db }).stdout);
    expect(json).toMatchObject({
      path: db,
      mode: '0600',
      schemaVersion: SCHEMA_VERSION,
      journalMode: 'wal',
      integrity: ['ok'],
      foreignKeyProblems: 0,
      problems: 0,
    });
  });
});
