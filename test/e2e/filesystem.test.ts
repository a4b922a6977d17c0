import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, sha256, tempDir } from '../helpers/cli.js';
import { notRegularFiles } from '../helpers/special-files.js';

// As root, file modes do not stop a process: the read-only cases then run the command as
// "nobody" (uid 65534), which the permissions do stop.
const asRoot = process.getuid?.() === 0;
const reader = asRoot ? { uid: 65534 } : {};

/** A logbook with one setting, in a folder anyone may enter. */
function logbookIn(folder: string): string {
  mkdirSync(folder, { recursive: true });
  chmodSync(folder, 0o777);
  const db = join(folder, 'plainte.db');
  expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db }).status).toBe(0);
  return db;
}

describe('a logbook on a read-only file or folder', () => {
  it('still answers read commands when the file is read-only, and explains that writes cannot happen', () => {
    const db = logbookIn(join(tempDir(), 'shop'));
    chmodSync(join(db, '..', '..'), 0o755);
    chmodSync(db, 0o444);
    const before = sha256(db);
    const list = plainte(['list', '--json'], { db, ...reader });
    expect(list).toMatchObject({ status: 0, stdout: '[]\n' });
    expect(plainte(['config', 'get', 'shop.name'], { db, ...reader }).stdout).toBe('Quincaillerie Martin\n');
    const write = plainte(['config', 'set', 'shop.name', 'Autre'], { db, ...reader });
    expect(write.status).toBe(1);
    expect(write.stderr).toContain('est en lecture seule : rien n’a été enregistré');
    expect(sha256(db)).toBe(before);
  });

  it('still answers read commands when the folder is read-only', () => {
    const folder = join(tempDir(), 'shop');
    const db = logbookIn(folder);
    chmodSync(join(folder, '..'), 0o755);
    chmodSync(db, 0o644);
    chmodSync(folder, 0o555);
    try {
      const before = sha256(db);
      expect(plainte(['list', '--json'], { db, ...reader })).toMatchObject({ status: 0, stdout: '[]\n' });
      const doctor = plainte(['doctor'], { db, ...reader });
      expect(doctor.stdout).toContain('lecture seule');
      const write = plainte(['config', 'set', 'shop.name', 'Autre'], { db, ...reader });
      expect(write.status).toBe(1);
      expect(write.stderr).toContain('lecture seule');
      expect(sha256(db)).toBe(before);
      expect(existsSync(`${db}-wal`)).toBe(false);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});

describe('odd paths', () => {
  it('explains that a folder is not a logbook', () => {
    const run = plainte(['list'], { db: tempDir() });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/est un dossier, pas un fichier/);
  });

  it('creates missing parent folders for a new logbook, private to its owner', () => {
    const db = join(tempDir(), 'a', 'b', 'plainte.db');
    expect(plainte(['config', 'set', 'operator', 'Anne'], { db }).status).toBe(0);
    expect(existsSync(db)).toBe(true);
    expect(statSync(join(db, '..')).mode & 0o777).toBe(0o700);
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });

  it('explains when the parent of the logbook is a file', () => {
    const file = join(tempDir(), 'notes.txt');
    writeFileSync(file, 'pas un dossier');
    const run = plainte(['list'], { db: join(file, 'plainte.db') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^plainte : impossible d’ouvrir le cahier .*notes\.txt\/plainte\.db/);
  });

  it('refuses an empty --db or PLAINTE_DB instead of taking the usual logbook', () => {
    const home = tempDir();
    const usual = join(home, '.local', 'share', 'plainte', 'plainte.db');
    const empty = plainte(['config', 'set', 'shop.name', 'Autre', '--db', ''], { env: { HOME: home } });
    expect(empty).toMatchObject({
      status: 1,
      stderr:
        'plainte : --db est vide : donnez le chemin du cahier, ou retirez --db pour prendre le cahier habituel.\n',
    });
    const unset = plainte(['list'], { env: { HOME: home, PLAINTE_DB: '' } });
    expect(unset).toMatchObject({ status: 1, stderr: expect.stringContaining('PLAINTE_DB est vide') });
    expect(existsSync(usual)).toBe(false);
  });

  it('refuses a device or a FIFO as the logbook before SQLite creates a journal beside it', () => {
    const folder = tempDir();
    for (const db of notRegularFiles(folder)) {
      const run = plainte(['list'], { db, timeoutMs: 20_000 });
      expect(run.stderr, db).toContain(`${db} n’est pas un fichier ordinaire`);
      expect(run.status, db).toBe(1);
      expect(readdirSync(folder).filter((name) => name.endsWith('-journal') || name.endsWith('-wal'))).toEqual([]);
    }
  });
});
