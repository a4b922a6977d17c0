import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir } from '../helpers/cli.js';
import { PG, PG_MISSING, POSTGRESQL, SQLITE, databaseOf, pgLogbook, psql } from '../helpers/logbooks.js';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { inTerminal } from '../helpers/pty.js';
import { seedLogbook } from '../transfer/seed.js';
import { jpegBytes } from '../helpers/attachments.js';

// Moving a logbook from a file to a server and back: every complaint with its number,
// customer, history and the shop's settings, in one transaction on the target.

/** Everything a user can read of a logbook: the complete export, each complaint with the ids
 * of its history, the settings. */
function contents(db: string): string[] {
  const ids = (JSON.parse(plainte(['list', '--json'], { db }).stdout) as { id: number }[]).map((c) => c.id);
  return [
    plainte(['export', '--format', 'json'], { db }).stdout,
    ...ids.map((id) => plainte(['show', String(id), '--json'], { db }).stdout),
    plainte(['config', 'list', '--json'], { db }).stdout,
    plainte(['report', '--all', '--json'], { db }).stdout,
  ];
}

describe.skipIf(PG === null)(`plainte copy ${PG_MISSING}`, () => {
  it('moves a file to an empty server and back, keeping numbers, customers, history and settings', async () => {
    const file = SQLITE.logbook();
    await seedLogbook(file);
    expect(plainte(['config', 'set', 'mediator.name', 'Médiateur du commerce'], { db: file }).status).toBe(0);
    // A photo and a receipt of every byte value: the export compared below holds them in base64.
    const dir = tempDir();
    writeFileSync(join(dir, 'photo.jpg'), Buffer.concat([jpegBytes('Photocopie'), randomBytes(200_000)]));
    writeFileSync(join(dir, 'ticket.bin'), Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    const attached = plainte(['attach', '1', join(dir, 'photo.jpg'), join(dir, 'ticket.bin')], { db: file });
    expect(attached.status, attached.stderr).toBe(0);
    const expected = contents(file);
    const url = pgLogbook();
    const there = plainte(['copy', '--to', url, '--shop', 'Paris'], { db: file });
    expect(there.stderr).toBe('');
    expect(there.stdout).toMatch(/^3 réclamations, 2 clients, \d+ événements et \d+ réglages? copiés vers postgresql:/);
    expect(contents(url)).toEqual(expected);
    expect(plainte(['doctor'], { db: url }).status).toBe(0);
    // Taken, all of them, in the shop of the machine that moved them.
    expect(psql(databaseOf(url), 'SELECT DISTINCT shop FROM complaints').trim()).toBe('Paris');

    const back = join(tempDir(), 'retour.db');
    expect(plainte(['copy', '--from', url, '--to', back]).status).toBe(0);
    expect(contents(back)).toEqual(expected);
    expect(plainte(['doctor'], { db: back }).status).toBe(0);
    // New complaints on the server are numbered after the copied ones, their history too.
    expect(plainte(['new', '--no-input', '--customer', 'Paul', '--description', 'x'], { db: url }).stdout).toBe('4\n');
    expect(plainte(['attach', '4', join(dir, 'ticket.bin')], { db: url }).status).toBe(0);
  });

  it('brings an older copy of the same logbook up to date, and refuses another logbook, changing nothing', async () => {
    const file = SQLITE.logbook();
    await seedLogbook(file);
    const url = pgLogbook();
    expect(plainte(['copy', '--to', url], { db: file }).status).toBe(0);
    expect(plainte(['new', '--no-input', '--customer', 'Paul', '--description', 'x'], { db: file }).status).toBe(0);
    const again = plainte(['copy', '--to', url], { db: file });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('tenait une copie plus ancienne de ce cahier');
    expect(contents(url)).toEqual(contents(file));

    const other = SQLITE.logbook();
    expect(plainte(['new', '--no-input', '--customer', 'Zoé', '--description', 'autre'], { db: other }).status).toBe(0);
    const before = POSTGRESQL.fingerprint(url);
    const refused = plainte(['copy', '--from', other, '--to', url]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('contient déjà des réclamations qui ne viennent pas de');
    expect(POSTGRESQL.fingerprint(url)).toBe(before);
  });

  it('copies all or nothing: a row the server refuses leaves it empty', async () => {
    const file = SQLITE.logbook();
    await seedLogbook(file);
    // A date SQLite keeps as text but the server cannot read, on the last complaint.
    SQLITE.sql(file, "UPDATE complaints SET closed_at = 'hier' WHERE id = (SELECT max(id) FROM complaints)");
    const url = pgLogbook();
    const run = plainte(['copy', '--to', url], { db: file });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refuse une ligne du cahier');
    expect(run.stderr).toContain('rien n’a été copié');
    expect(
      psql(databaseOf(url), 'SELECT (SELECT count(*) FROM complaints) + (SELECT count(*) FROM customers)').trim(),
    ).toBe('0');
  });

  it('shows its progress on a terminal, and only there', async () => {
    const file = SQLITE.logbook();
    await oldClosedLogbook(file, 2500);
    const url = pgLogbook();
    const shown = inTerminal(['copy', '--to', url], [{ expect: 'copiés vers' }], { db: file });
    expect(shown.status).toBe(0);
    expect(shown.output).toContain('Copie : 2000 / 2500 réclamations');
    const quiet = plainte(['copy', '--to', pgLogbook()], { db: file });
    expect(quiet.stderr).toBe('');
  });

  it('refuses to copy a logbook onto itself', () => {
    const file = SQLITE.logbook();
    const run = plainte(['copy', '--to', file], { db: file });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('le même cahier');
  });
});

describe('plainte copy from a file', () => {
  it('refuses a path with no logbook, creating nothing on either side', () => {
    const dir = tempDir();
    const missing = join(dir, 'absent.db');
    const target = join(dir, 'copie.db');
    const run = plainte(['copy', '--from', missing, '--to', target]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`aucun cahier ici : ${missing}`);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(target)).toBe(false);
  });
});
