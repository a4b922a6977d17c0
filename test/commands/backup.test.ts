import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../src/store/sqlite/migrations.js';
import { sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';

const STORE_MODULE = fileURLToPath(new URL('../../dist/store/sqlite/index.js', import.meta.url));

/** integrity_check, application_id and a setting of a logbook file, read without writing. */
function inspect(path: string, setting = 'shop.name') {
  const db = new Database(path, { readonly: true });
  const result = {
    integrity: db.pragma('integrity_check', { simple: true }),
    applicationId: db.pragma('application_id', { simple: true }),
    value: (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(setting) as string | undefined) ?? null,
    complaints: db.prepare('SELECT count(*) FROM complaints').pluck().get() as number,
  };
  db.close();
  return result;
}

/** A disk fault: a page of a table full of rows, overwritten. */
function damage(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.exec(
    `CREATE TABLE filler (x);
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
     INSERT INTO filler SELECT randomblob(3000) FROM n`,
  );
  const lastPage = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  bytes.fill(0x41, (lastPage - 3) * pageSize, (lastPage - 2) * pageSize);
  writeFileSync(path, bytes);
}

async function logbookNamed(shop: string): Promise<string> {
  const path = tempLogbook();
  const { store } = await testStore(path);
  await store.setSetting('shop.name', shop);
  await store.close();
  return path;
}

describe('plainte backup', () => {
  it('copies the logbook beside it under a dated name, private, checked, and prints its path', async () => {
    const path = await logbookNamed('Quincaillerie Martin');
    const run = await runIn(['backup'], { db: path });
    expect(run.status).toBe(0);
    // 10:00 UTC is 11:00 in Paris, the local time of the spawned command.
    const backup = join(path, '..', 'plainte-20261123-110000.db');
    expect(run.stdout).toBe(`${backup}\n`);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(inspect(backup)).toMatchObject({
      integrity: 'ok',
      applicationId: APPLICATION_ID,
      value: 'Quincaillerie Martin',
    });
    // One self-contained file: no -wal or -shm beside it, and no temporary file left.
    expect(readdirSync(join(path, '..')).sort()).toEqual(['plainte-20261123-110000.db', 'plainte.db']);
  });

  it('refuses to overwrite an existing file unless --force is given', async () => {
    const path = await logbookNamed('Boulangerie Petit');
    const target = join(tempDir(), 'copie.db');
    writeFileSync(target, 'notes importantes');
    const before = sha256(target);
    const refused = await runIn(['backup', target], { db: path });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('existe déjà');
    expect(refused.stderr).toContain('--force');
    expect(sha256(target)).toBe(before);
    const forced = await runIn(['backup', target, '--force'], { db: path });
    expect(forced.status).toBe(0);
    expect(inspect(target)).toMatchObject({ integrity: 'ok', value: 'Boulangerie Petit' });
  });

  it('takes a sound backup while another process keeps writing', async () => {
    const path = await logbookNamed('Atelier Vélo');
    const script = join(tempDir(), 'writer.mjs');
    writeFileSync(
      script,
      `import { openSqliteStore } from ${JSON.stringify(STORE_MODULE)};
       const store = openSqliteStore(process.argv[2], () => new Date());
       for (let i = 0; ; i++) {
         const account = 'écrit pendant la sauvegarde '.repeat(20);
         const event = { kind: 'created', operator: 'w' };
         await store.createComplaint({ account, phaseReached: 1 }, event, { name: 'Client ' + i });
         if (i === 50) process.stdout.write('ready\\n');
         await new Promise((resolve) => setImmediate(resolve));
       }`,
    );
    const writer = spawn(process.execPath, [script, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    await new Promise((resolve) => writer.stdout.once('data', resolve));
    try {
      const target = join(tempDir(), 'pendant.db');
      const run = await runIn(['backup', target], { db: path });
      expect(run.stderr).toContain('vérifiée');
      expect(run.status).toBe(0);
      const backup = inspect(target);
      expect(backup).toMatchObject({ integrity: 'ok', applicationId: APPLICATION_ID, value: 'Atelier Vélo' });
      expect(backup.complaints).toBeGreaterThan(50);
    } finally {
      writer.kill();
      await exited;
    }
    expect(inspect(path).complaints).toBeGreaterThan(50);
  });
});

describe('plainte restore', () => {
  it('puts a backup back, keeps the previous logbook beside it, and leaves no stale WAL', async () => {
    const path = await logbookNamed('Avant');
    const backup = join(tempDir(), 'sauvegarde.db');
    expect((await runIn(['backup', backup], { db: path })).status).toBe(0);

    // A later write still in the WAL, as after a crash: the main file alone does not hold it.
    const live = new Database(path);
    live.pragma('wal_autocheckpoint = 0');
    live.prepare("UPDATE settings SET value = 'Après' WHERE key = 'shop.name'").run();
    const saved = join(tempDir(), 'snapshot');
    copyFileSync(path, `${saved}.db`);
    copyFileSync(`${path}-wal`, `${saved}.wal`);
    live.close();
    copyFileSync(`${saved}.db`, path);
    copyFileSync(`${saved}.wal`, `${path}-wal`);

    const run = await runIn(['restore', backup, '--yes'], { db: path });
    expect(run.status).toBe(0);
    const kept = `${path}.before-restore-20261123-110000`;
    expect(run.stderr).toContain(kept);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(inspect(path)).toMatchObject({ integrity: 'ok', value: 'Avant' });
    // The previous logbook is whole, with what its WAL held, and private.
    expect(inspect(kept)).toMatchObject({ integrity: 'ok', value: 'Après' });
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect((await runIn(['config', 'get', 'shop.name'], { db: path })).stdout).toBe('Avant\n');
  });

  it('restores over a damaged logbook, keeping the damaged file aside', async () => {
    const path = await logbookNamed('Avant la panne');
    const backup = join(tempDir(), 'sauvegarde.db');
    expect((await runIn(['backup', backup], { db: path })).status).toBe(0);
    damage(path);
    const damaged = sha256(path);
    const run = await runIn(['restore', backup, '--yes'], { db: path });
    expect(run.status).toBe(0);
    expect(sha256(`${path}.before-restore-20261123-110000`)).toBe(damaged);
    expect(inspect(path)).toMatchObject({ integrity: 'ok', value: 'Avant la panne' });
  });

  it('refuses a file that is not a sound plainte logbook, and leaves the current one untouched', async () => {
    const path = await logbookNamed('Intact');
    const before = sha256(path);
    const dir = tempDir();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'nom;téléphone\n'.repeat(20));
    const foreign = join(dir, 'recettes.db');
    new Database(foreign).exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('tarte')");
    const newer = join(dir, 'futur.db');
    copyFileSync(path, newer);
    const future = new Database(newer);
    future.pragma('user_version = 99');
    future.close();
    const cases: [string, string][] = [
      [text, 'ce n’est pas un fichier SQLite'],
      [foreign, 'autre programme'],
      [newer, 'version plus récente de plainte (schéma 99)'],
      [join(dir, 'absente.db'), 'n’existe pas'],
      [dir, `${dir} n’est pas une sauvegarde : c’est un dossier, un périphérique ou un tube.`],
      ['/dev/null', 'n’est pas une sauvegarde'],
    ];
    for (const [file, message] of cases) {
      const run = await runIn(['restore', file, '--yes'], { db: path });
      expect(run.status, file).toBe(1);
      expect(run.stderr, file).toContain(message);
      expect(sha256(path), file).toBe(before);
      expect(readdirSync(join(path, '..')), file).toEqual(['plainte.db']);
    }
  });

  it('refuses a damaged backup', async () => {
    const path = await logbookNamed('Intact');
    const backup = join(tempDir(), 'abimee.db');
    expect((await runIn(['backup', backup], { db: path })).status).toBe(0);
    damage(backup);
    const before = sha256(path);
    const run = await runIn(['restore', backup, '--yes'], { db: path });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('endommagé');
    expect(sha256(path)).toBe(before);
  });

  it('asks for --yes without a terminal, and refuses while another program has the logbook open', async () => {
    const path = await logbookNamed('Avant');
    const backup = join(tempDir(), 'sauvegarde.db');
    expect((await runIn(['backup', backup], { db: path })).status).toBe(0);
    const before = sha256(path);
    const unconfirmed = await runIn(['restore', backup], { db: path });
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.stderr).toContain('ajoutez --yes');
    expect(sha256(path)).toBe(before);

    const { store } = await testStore(path);
    const busy = await runIn(['restore', backup, '--yes'], { db: path });
    await store.close();
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain('ouvert par un autre programme');
    expect(existsSync(`${path}.before-restore-20261123-110000`)).toBe(false);
  });
});
