import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/sqlite/migrations.js';
import { CURRENT_SCHEMA, schemaOf, type SchemaShape } from '../../src/store/sqlite/schema.js';
import { plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';
import { join } from 'node:path';

const sorted = (shape: SchemaShape) => ({
  tables: Object.fromEntries(
    Object.entries(shape.tables)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([table, columns]) => [table, [...columns].sort()]),
  ),
  others: [...shape.others].sort(),
});

/** A logbook of the current version, changed by hand with `sql` and checkpointed into one file. */
async function alteredLogbook(sql: string): Promise<string> {
  const path = tempLogbook();
  await (await testStore(path)).store.close();
  const db = new Database(path);
  db.exec(sql);
  db.pragma('journal_mode = DELETE');
  db.close();
  return path;
}

describe('the schema a logbook must hold', () => {
  it('is, at the current version, what the migrations make', () => {
    const db = new Database(':memory:');
    for (const migration of MIGRATIONS) migration(db);
    expect(sorted(CURRENT_SCHEMA)).toEqual(sorted(schemaOf(db)));
    db.close();
  });

  for (const [what, sql, missing] of [
    ['a table', 'DROP TABLE erasures_to_finish', 'erasures_to_finish'],
    ['a column', 'ALTER TABLE complaints DROP COLUMN written_answer_at', 'complaints.written_answer_at'],
    ['an index', 'DROP INDEX complaints_due', 'complaints_due'],
    ['a trigger', 'DROP TRIGGER events_append_only', 'events_append_only'],
  ]) {
    it(`refuses a logbook that lacks ${what}, naming it, and leaves the file untouched`, async () => {
      const path = await alteredLogbook(sql);
      const before = sha256(path);
      await expect(testStore(path)).rejects.toThrow(`il manque : ${missing})`);
      const run = plainte(['list'], { db: path });
      expect(run).toMatchObject({ status: 1, stdout: '' });
      expect(run.stderr).toContain(`porte la marque d’un cahier plainte (version ${SCHEMA_VERSION})`);
      expect(sha256(path)).toBe(before);
    });
  }

  it('checks an older logbook against its own version before migrating it', async () => {
    const path = tempLogbook();
    const db = new Database(path);
    db.pragma(`application_id = ${0x504c4e54}`);
    db.pragma('user_version = 3');
    db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
    db.close();
    const before = sha256(path);
    await expect(testStore(path)).rejects.toThrow(/\(version 3\).*il manque : customers, complaints, events/);
    expect(sha256(path)).toBe(before);
  });
});

describe('restore of a file marked as plainte’s', () => {
  it('refuses one without the tables of its version, and leaves the current logbook untouched', () => {
    const db = tempLogbook();
    expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db }).status).toBe(0);
    const before = sha256(db);
    const marked = join(tempDir(), 'sauvegarde.db');
    const file = new Database(marked);
    file.pragma(`application_id = ${0x504c4e54}`);
    file.pragma(`user_version = ${SCHEMA_VERSION}`);
    file.exec('CREATE TABLE notes (text TEXT)');
    file.close();
    const run = plainte(['restore', marked, '--yes'], { db });
    expect(run.stderr).toBe(
      `plainte : ${marked} porte la marque d’une sauvegarde de plainte mais pas tout ce qu’elle contient ` +
        '(il manque : customers, complaints, events, settings, erasures_to_finish) : ' +
        'choisissez une autre sauvegarde. Le cahier actuel n’a pas été touché.\n',
    );
    expect(run.status).toBe(1);
    expect(sha256(db)).toBe(before);
    expect(plainte(['config', 'get', 'shop.name'], { db }).stdout).toBe('Quincaillerie Martin\n');
  });
});
