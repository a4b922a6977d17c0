import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { plainte, tempDir } from '../helpers/cli.js';
import { killDelays, runAndKill, timedRun } from '../helpers/crash.js';
import { foundOnDisk } from '../helpers/personal-data.js';
import { smallDisk } from '../helpers/small-disk.js';

// An erasure is a transaction, then the clean-up of the files (VACUUM, the WAL emptied).
// Whatever cuts the clean-up short (a kill, a full disk), the erased values must be gone
// from the files once the next command has run.

/** What customer n° 7 of oldClosedLogbook left in the files: unique to them. */
const SEVENTH = ['0600000007', 'Client 7 dit', 'Appel de Client 7"'];

function customerName(path: string, id: number): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT name FROM customers WHERE id = ?').pluck().get(id) as string;
  } finally {
    db.close();
  }
}

/** Adds `count` complaints received this month, of a kilobyte each, that no erasure touches:
 * they make the clean-up after the erasing transaction (VACUUM rebuilds every page) long
 * enough for kills to fall into it. */
function recentComplaints(path: string, count: number): void {
  const db = new Database(path);
  db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
    INSERT INTO complaints (status, received_at, created_at, updated_at, account)
    SELECT 'open', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z',
           hex(randomblob(500)) FROM n`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/**
 * Kills `args` at moments spread over the second half of its running time (the commit and
 * the clean-up come last), each time on a fresh copy of a logbook of 300 old customers and
 * 10,000 recent complaints, until `wanted` kills came after the erasure was committed (or 32
 * tries). After each kill the next command (`doctor`) must leave either nothing erased or
 * the erased values gone from the files. Returns how many kills came after the commit.
 */
async function killErasures(args: string[], wanted: number): Promise<number> {
  const folder = tempDir();
  const original = join(folder, 'original.db');
  await oldClosedLogbook(original, 300);
  recentComplaints(original, 10_000);
  const complete = join(folder, 'complete.db');
  copyFileSync(original, complete);
  const { ms, result } = await timedRun(args, complete);
  expect(result.status, result.stderr).toBe(0);
  expect(foundOnDisk(complete, SEVENTH)).toEqual([]);

  let afterCommit = 0;
  for (let round = 0; round < 4 && afterCommit < wanted; round++) {
    for (const [i, delay] of killDelays(ms, 8, 0.5).entries()) {
      const copy = join(folder, `killed-${round}-${i}.db`);
      copyFileSync(original, copy);
      const run = await runAndKill(args, copy, delay);
      const doctor = plainte(['doctor'], { db: copy });
      expect(doctor.status, `killed after ${delay} ms: ${doctor.stdout}${doctor.stderr}`).toBe(0);
      if (customerName(copy, 7) === '(effacé)') {
        expect(foundOnDisk(copy, SEVENTH), `killed after ${delay} ms`).toEqual([]);
        if (run.killed) afterCommit++;
      } else {
        expect(run.killed).toBe(true);
        expect(foundOnDisk(copy, SEVENTH), `killed after ${delay} ms`).toEqual(SEVENTH);
      }
    }
  }
  return afterCommit;
}

/** Up to 32 kills, each followed by `doctor`: a few seconds each on a busy machine. */
const KILLS_TIMEOUT = 180_000;

describe('an erasure cut short', () => {
  it(
    'is finished by the next command when forget is killed after its commit',
    async () => {
      expect(await killErasures(['forget', '0600000007', '--yes'], 2)).toBeGreaterThanOrEqual(2);
    },
    KILLS_TIMEOUT,
  );

  it(
    'is finished by the next command when purge is killed after its commit',
    async () => {
      expect(await killErasures(['purge', '--yes'], 2)).toBeGreaterThanOrEqual(2);
    },
    KILLS_TIMEOUT,
  );

  it('on a full disk: forget exits 1 saying so, doctor reports it, a later command finishes it', async (context) => {
    const disk = smallDisk(context);
    const db = join(disk.dir, 'plainte.db');
    await oldClosedLogbook(db, 600);
    // Room for the erasing transaction, not for the rebuilt file.
    disk.fill(160 * 1024);

    const forget = plainte(['forget', '0600000007', '--yes'], { db });
    expect(forget.stderr).toContain('Données personnelles du client n° 7 effacées');
    expect(forget.stderr).toContain('le disque est plein : les valeurs effacées restent lisibles dans le fichier');
    expect(forget.stderr).not.toMatch(/^\s+at /m);
    expect(forget.status).toBe(1);
    const doctor = plainte(['doctor'], { db });
    expect(doctor.stdout).toMatch(/✗ Effacements +inachevé : disque plein/);
    expect(doctor.status).toBe(1);

    disk.free();
    expect(plainte(['list', '--limit', '1'], { db }).status).toBe(0);
    expect(foundOnDisk(db, SEVENTH)).toEqual([]);
    expect(plainte(['doctor'], { db })).toMatchObject({ status: 0, stdout: expect.stringMatching(/Effacements +ok/) });
  });

  it('with a reader holding an old snapshot: forget says so, the next command after it finishes it', async () => {
    const db = join(tempDir(), 'plainte.db');
    await oldClosedLogbook(db, 50);
    // Another program in the middle of reading: the WAL cannot be emptied under it.
    const reader = new Database(db, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM complaints').get();
    const forget = plainte(['forget', '0600000007', '--yes'], { db });
    expect(forget.stderr).toContain('Un autre programme lit le cahier en ce moment');
    expect(forget.status).toBe(0);
    reader.exec('COMMIT');
    reader.close();

    expect(plainte(['list', '--limit', '1'], { db }).status).toBe(0);
    expect(foundOnDisk(db, SEVENTH)).toEqual([]);
  });

  it('forget of a customer already erased cleans the files again, as an older plainte may have left them', async () => {
    const db = join(tempDir(), 'plainte.db');
    await oldClosedLogbook(db, 50);
    // An erasure without the clean-up: the old values stay in the freed space of the pages.
    const sqlite = new Database(db);
    sqlite
      .prepare(
        `UPDATE customers SET name = '(effacé)', name_key = '(efface)', phone = NULL, phone_key = NULL,
         forgotten_at = '2026-01-01T00:00:00.000Z' WHERE id = 7`,
      )
      .run();
    sqlite.prepare('UPDATE complaints SET account = NULL, facts = NULL, solution = NULL WHERE id = 7').run();
    sqlite.prepare(`UPDATE events SET details = '{}' WHERE complaint_id = 7`).run();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    expect(foundOnDisk(db, SEVENTH).length).toBeGreaterThan(0);

    const again = plainte(['forget', '7', '--yes'], { db });
    expect(again.stderr).toContain('ont déjà été effacées');
    expect(again.status).toBe(0);
    expect(foundOnDisk(db, SEVENTH)).toEqual([]);
  });
});
