import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainte, sha256, tempLogbook } from '../helpers/cli.js';

// A logbook whose creation was cut short: the process was killed while SQLite wrote the
// schema, leaving pages without plainte's mark and a hot journal saying the file was empty
// before. Found by crash.test.ts once start-up got fast enough for a kill to land there.

/** Leaves `path` as SQLite leaves a file when its writer dies inside a transaction: pages
 * in the file, the rollback journal beside it. With `before` rows, a table of that many
 * rows is committed first; with none, the file was empty when the transaction began. */
function dieInsideTransaction(path: string, before: number): void {
  // Created empty and private first, as plainte creates a logbook before SQLite writes it.
  writeFileSync(path, '', { mode: 0o600 });
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('journal_mode = DELETE');
    db.pragma('cache_size = 1');
    if (Number(process.argv[2]) > 0) {
      db.exec('CREATE TABLE notes (text TEXT)');
      for (let i = 0; i < Number(process.argv[2]); i++) db.prepare('INSERT INTO notes VALUES (?)').run('note ' + i);
      db.exec('BEGIN');
    } else {
      db.exec('BEGIN; CREATE TABLE notes (text TEXT)');
    }
    const insert = db.prepare('INSERT INTO notes VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(500));
    process.kill(process.pid, 'SIGKILL');
  `;
  spawnSync(process.execPath, ['-e', script, path, String(before)], { cwd: process.cwd() });
}

describe('a logbook whose creation was interrupted', () => {
  it('is rolled back to empty and created anew, instead of being refused as foreign', () => {
    const db = tempLogbook();
    dieInsideTransaction(db, 0);
    expect(statSync(db).size).toBeGreaterThan(0);
    expect(existsSync(`${db}-journal`)).toBe(true);
    const doctor = plainte(['doctor'], { db });
    expect(doctor.stderr).toBe('');
    expect(doctor.status).toBe(0);
    expect(plainte(['list'], { db }).status).toBe(0);
  });

  it('still refuses, untouched, a foreign database whose writer died with data already in it', () => {
    const db = tempLogbook();
    dieInsideTransaction(db, 3);
    const before = { file: sha256(db), journal: sha256(`${db}-journal`) };
    const doctor = plainte(['doctor'], { db });
    expect(doctor.status).toBe(1);
    expect(doctor.stderr).toContain('autre programme');
    expect({ file: sha256(db), journal: sha256(`${db}-journal`) }).toEqual(before);
  });
});
