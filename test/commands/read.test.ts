import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyLogbook, sha256, tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.js';

// Reading the logbook from the command line: show, list, the settings, doctor.

describe('show and list', () => {
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
      const run = await runIn(args, { db });
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).not.toMatch(/[\u001b\u009b\u0007]/);
      expect(run.stdout, args.join(' ')).toContain('Dupont␛]0;owned␇␛[2J');
    }
    // JSON keeps the text exactly (escaped by JSON itself), for machines.
    const json = JSON.parse((await runIn(['show', String(id), '--json'], { db })).stdout);
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
    const text = await runIn(['show', String(id)], { db });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Réclamation n° 1 — brouillon');
    expect(text.stdout).toContain('Le store posé hier ne descend plus');
    expect(text.stdout).toContain('comptoir');
    expect(text.stdout).toContain('réclamation ouverte');
    expect(text.stdout).toContain('plainte resume 1');
    const json = JSON.parse((await runIn(['show', String(id), '--json'], { db })).stdout);
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
    const ids = async (args: string[]) =>
      (JSON.parse((await runIn(['list', '--json', ...args], { db })).stdout) as { id: number }[]).map((c) => c.id);
    expect(await ids([])).toEqual([2, 1]);
    expect(await ids(['--customer', 'lefevre'])).toEqual([1]);
    expect(await ids(['--since', '15/11/2026'])).toEqual([2]);
    expect(await ids(['--until', '02/11/2026'])).toEqual([1]);
    expect(await ids(['--status', 'brouillon'])).toEqual([2, 1]);
    expect(await ids(['--category', 'billing'])).toEqual([1]);
    const bad = await runIn(['list', '--since', '31/02/2026'], { db });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--since : date non reconnue « 31/02/2026 »');
    expect((await runIn(['list', '--status', 'perdu'], { db })).stderr).toContain(
      'Possibles : brouillon, ouverte, rappel prévu',
    );
    expect((await runIn(['list', '--limit', '0'], { db })).status).toBe(2);
  });

  it('refuses a foreign file from the command line and leaves it untouched', async () => {
    const db = tempLogbook();
    writeFileSync(db, 'not a database, just notes\n'.repeat(10));
    const before = sha256(db);
    const run = await runIn(['list'], { db });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^plainte : .* n’est pas un cahier plainte/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(sha256(db)).toBe(before);
  });
});

describe('settings', () => {
  it('sets, reads and lists the shop settings, refusing unknown keys and bad values', async () => {
    const db = tempLogbook();
    expect((await runIn(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db })).status).toBe(0);
    expect((await runIn(['config', 'get', 'shop.name'], { db })).stdout).toBe('Quincaillerie Martin\n');
    expect((await runIn(['config', 'get', 'retention'], { db })).stdout).toBe('3y\n');
    const unknown = await runIn(['config', 'set', 'colour', 'red'], { db });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('réglage inconnu « colour »');
    const bad = await runIn(['config', 'set', 'retention', 'forever'], { db });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('3y (ans)');
    const list = JSON.parse((await runIn(['config', 'list', '--json'], { db })).stdout);
    expect(list).toMatchObject({
      'shop.name': 'Quincaillerie Martin',
      retention: '3y',
      'callback.delay': '2',
      operator: null,
    });
    expect((await runIn(['config', 'set', 'shop.name', '-'], { db })).status).toBe(0);
    expect((await runIn(['config', 'get', 'shop.name'], { db })).stdout).toBe('');
  });
});

describe('doctor', () => {
  it('reports the file, its schema, its integrity and its contents', async () => {
    const db = emptyLogbook();
    const run = await runIn(['doctor'], { db });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Intégrité');
    expect(run.stdout).toContain('Tout va bien.');
    const json = JSON.parse((await runIn(['doctor', '--json'], { db })).stdout);
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
