import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/sqlite/migrations.js';
import { logbookPath } from '../../src/store/open.js';
import { sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';

describe('opening the logbook', () => {
  it('creates the file on first use, private to its owner, marked as plainte and migrated', async () => {
    const path = join(tempDir(), 'nested', 'shop', 'plainte.db');
    const { store } = await testStore(path);
    await store.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      ...['attachment_bytes', 'attachments'],
      ...['complaint_words', 'complaint_words_config', 'complaint_words_content', 'complaint_words_data'],
      ...['complaint_words_docsize', 'complaint_words_idx', 'complaints', 'customers', 'erasures_to_finish'],
      ...['events', 'settings'],
    ]);
    db.close();
  });

  it('opens an existing logbook again and keeps what it holds', async () => {
    const path = tempLogbook();
    const first = await testStore(path);
    await first.store.setSetting('shop.name', 'Quincaillerie Martin');
    await first.store.close();
    const second = await testStore(path);
    expect(await second.store.getSetting('shop.name')).toBe('Quincaillerie Martin');
    expect((await second.store.health()).schemaVersion).toBe(SCHEMA_VERSION);
    await second.store.close();
  });

  it('refuses an SQLite database of another program and leaves it byte for byte untouched', async () => {
    const path = tempLogbook();
    const foreign = new Database(path);
    foreign.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('tarte')");
    foreign.close();
    const before = sha256(path);
    await expect(testStore(path)).rejects.toThrow(/autre programme/);
    expect(sha256(path)).toBe(before);
  });

  it('refuses a file that is not SQLite at all and leaves it untouched', async () => {
    const path = tempLogbook();
    writeFileSync(path, 'nom;téléphone\nDupont;0612345678\n'.repeat(20));
    const before = sha256(path);
    await expect(testStore(path)).rejects.toThrow(/pas un fichier SQLite/);
    expect(sha256(path)).toBe(before);
  });

  it('refuses a logbook written by a newer plainte and leaves it untouched', async () => {
    const path = tempLogbook();
    const { store } = await testStore(path);
    await store.close();
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256(path);
    await expect(testStore(path)).rejects.toThrow(/version plus récente/);
    expect(sha256(path)).toBe(before);
  });

  it('refuses a folder given as the logbook', async () => {
    const path = join(tempDir(), 'folder.db');
    mkdirSync(path);
    await expect(testStore(path)).rejects.toThrow(/est un dossier/);
  });

  it('tightens a created file to 0600 even under a permissive umask', async () => {
    const old = process.umask(0);
    try {
      const path = tempLogbook();
      const { store } = await testStore(path);
      await store.close();
      expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });

  it('reads a logbook whose file mode was loosened (doctor reports it)', async () => {
    const path = tempLogbook();
    await (await testStore(path)).store.close();
    chmodSync(path, 0o644);
    const { store } = await testStore(path);
    expect((await store.health()).integrity).toEqual(['ok']);
    await store.close();
  });
});

describe('where the logbook lives', () => {
  it('prefers --db, then PLAINTE_DB, then XDG_DATA_HOME, then ~/.local/share', () => {
    const env = { HOME: '/home/anne', XDG_DATA_HOME: '/data', PLAINTE_DB: '/srv/shop.db' };
    expect(logbookPath('/tmp/x.db', env)).toBe('/tmp/x.db');
    expect(logbookPath(undefined, env)).toBe('/srv/shop.db');
    expect(logbookPath(undefined, { HOME: '/home/anne', XDG_DATA_HOME: '/data' })).toBe('/data/plainte/plainte.db');
    expect(logbookPath(undefined, { HOME: '/home/anne' })).toBe('/home/anne/.local/share/plainte/plainte.db');
    // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
    expect(logbookPath(undefined, { HOME: '/home/anne', XDG_DATA_HOME: 'rel' })).toBe(
      '/home/anne/.local/share/plainte/plainte.db',
    );
  });

  it('refuses an empty --db or PLAINTE_DB rather than falling back to the default', () => {
    expect(() => logbookPath('', { HOME: '/home/anne' })).toThrow('--db est vide');
    expect(() => logbookPath('  ', { HOME: '/home/anne' })).toThrow('--db est vide');
    expect(() => logbookPath(undefined, { HOME: '/home/anne', PLAINTE_DB: '' })).toThrow('PLAINTE_DB est vide');
    expect(logbookPath('/tmp/x.db', { HOME: '/home/anne', PLAINTE_DB: '' })).toBe('/tmp/x.db');
  });
});
