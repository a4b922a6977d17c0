import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { plainteAsync, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';

// A CSV is read a piece at a time, decoded and parsed as it is read: our own CSV export of
// a logbook of any size comes back through import, in a small heap (the file read whole
// and decoded at once would not fit in it).

const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=64' };
const MIB = 1024 * 1024;

/** Facts of about 2 KB, with what CSV must quote: the separator, quotes, line breaks. */
const FACTS = 'Le client dit « elle chauffe » ; il l’a dit deux fois, "vraiment".\r\nRevenu le lendemain. '.repeat(22);

describe('plainte import of a CSV export larger than 32 MiB', () => {
  it('reads it back whole into an empty logbook, which then exports the same file', async () => {
    const source = tempLogbook();
    await oldClosedLogbook(source, 16_000);
    const db = new Database(source);
    db.prepare("UPDATE complaints SET facts = ? || ' ' || id").run(FACTS);
    db.close();
    const first = join(tempDir(), 'cahier.csv');
    expect((await runIn(['export', '--format', 'csv', '--output', first], { db: source })).status).toBe(0);
    expect(statSync(first).size).toBeGreaterThan(32 * MIB);

    const target = tempLogbook();
    // Run without blocking this worker: on a loaded machine the import takes over a minute, and
    // a spawnSync that long starves vitest's own messages (the run then fails, every test passed).
    const run = await plainteAsync(['import', first, '--lang', 'en'], {
      db: target,
      env: SMALL_HEAP,
      timeoutMs: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('16000 complaints added, 0 already there;');
    expect(run.status).toBe(0);

    const again = join(tempDir(), 'cahier.csv');
    expect((await runIn(['export', '--format', 'csv', '--output', again], { db: target })).status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(first))).toBe(true);
  }, 180_000);
});

/** A CSV kept by hand of a few megabytes (several pieces of reading), its last row's
 * customer written in `last` (bytes), every other byte ASCII but for `second` on row 2. */
function handKept(last: Buffer, second = 'Martin'): string {
  const rows = Array.from({ length: 40_000 }, (_, i) => `25/11/2026;${i === 0 ? second : `Client ${i}`};Perceuse\n`);
  const file = join(tempDir(), 'cahier.csv');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`Date;Client;Produit\n${rows.join('')}25/11/2026;`), last, Buffer.from(';Ponceuse\n')]),
  );
  return file;
}

describe('the encoding of a CSV read a piece at a time', () => {
  it('is found from the whole file: Windows-1252 whose only accent is on the last row', async () => {
    const db = tempLogbook();
    const run = await runIn(['import', handKept(Buffer.from('Zoé Cœur', 'latin1').fill(0x9c, 5, 6))], { db });
    expect(run.stderr).toContain('Fichier lu en windows-1252');
    expect(run.status).toBe(0);
    const last = await runIn(['export', '--format', 'json'], { db });
    const { complaints } = JSON.parse(last.stdout) as { complaints: { customer: { name: string } }[] };
    expect(complaints).toHaveLength(40_001);
    expect(complaints[40_000].customer.name).toBe('Zoé Cœur');
  });

  it('refuses a file of UTF-8 near its start and another encoding at its end, naming that line only', async () => {
    const db = tempLogbook();
    await runIn(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db });
    const before = sha256(db);
    const run = await runIn(['import', handKept(Buffer.from('Zoé', 'latin1'), 'Hélène')], { db });
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'ligne 40002 : texte illisible : enregistrez le fichier en « CSV UTF-8 »',
      '1 problème dans le fichier.',
    ]);
    expect(run.status).toBe(1);
    expect(sha256(db)).toBe(before);
  });
});
