import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';

/** A logbook with enough rows to span several pages, fully checkpointed into the main file. */
async function filledLogbook(): Promise<string> {
  const db = tempLogbook();
  const { store } = await testStore(db);
  for (let i = 0; i < 40; i++) {
    await store.createComplaint(
      { account: `Réclamation ${i} `.repeat(30) },
      { kind: 'created', operator: 'Anne' },
      { name: `Client ${i}` },
    );
  }
  await store.close();
  return db;
}

function damage(path: string, page: number, offset = 0): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, (page - 1) * 4096 + offset);
  closeSync(fd);
}

/** The last page holding complaints (the file's last pages may be free ones, which no check reads). */
function lastComplaintsPage(path: string): number {
  const db = new Database(path, { readonly: true });
  const page = db.prepare("SELECT max(pageno) FROM dbstat WHERE name = 'complaints'").pluck().get() as number;
  db.close();
  return page;
}

describe('doctor on a damaged logbook', () => {
  it('lists what integrity_check found and points to restore when a data page is broken', async () => {
    const db = await filledLogbook();
    damage(db, lastComplaintsPage(db));
    const run = await runIn(['doctor'], { db });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ Intégrité');
    expect(run.stdout).toContain('Le fichier est endommagé');
    expect(run.stdout).toContain('plainte restore <fichier>');
  });

  it('says the same in one line when SQLite cannot even read the schema', async () => {
    const db = await filledLogbook();
    // The schema (sqlite_master) is stored at the end of the first page.
    damage(db, 1, 4096 - 512);
    const doctor = await runIn(['doctor'], { db });
    expect(doctor.status).toBe(1);
    expect(doctor.stderr).toMatch(/^plainte : Le fichier est endommagé : .*plainte restore <fichier>/);
    const list = await runIn(['list'], { db });
    expect(list.status).toBe(1);
    expect(list.stderr).toContain('Lancez « plainte doctor »');
  });
});
