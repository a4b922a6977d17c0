import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { BACKENDS, type Backend } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { HOSTILE, seedLogbook } from '../transfer/seed.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** Exports `db` in `format` to a file and returns its path. */
async function exportTo(db: string, format: 'csv' | 'json'): Promise<string> {
  const file = join(tempDir(), `export.${format}`);
  expect((await runIn(['export', '--format', format, '-o', file], { db })).status).toBe(0);
  return file;
}

function count(backend: Backend, db: string, table: string): number {
  return Number(backend.sql(db, `SELECT count(*) AS n FROM ${table}`)[0]);
}

describe.each(BACKENDS)('plainte import ($name)', (backend) => {
  for (const format of ['json', 'csv'] as const) {
    it(`gives back the same ${format} file after export, import into an empty logbook, export`, async () => {
      const source = backend.logbook();
      await seedLogbook(source);
      const first = await exportTo(source, format);
      const target = backend.logbook();
      const run = await runIn(['import', first], { db: target });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('3 réclamations ajoutées, 0 déjà présente ; 2 clients ajoutés');
      const second = await exportTo(target, format);
      expect(readFileSync(second)).toEqual(readFileSync(first));
      // Neutralised cells come back as they were typed, hostile text included.
      const [complaint] = (
        JSON.parse((await runIn(['export', '--format', 'json'], { db: target })).stdout) as {
          complaints: Record<string, unknown>[];
        }
      ).complaints;
      expect(complaint).toMatchObject({
        account: '=HYPERLINK("http://evil","clic")',
        facts: HOSTILE,
        callbackPhone: '+33 6 12 34 56 78',
      });
    });

    it(`adds nothing when the same ${format} file is imported again`, async () => {
      const source = backend.logbook();
      await seedLogbook(source);
      const file = await exportTo(source, format);
      const target = backend.logbook();
      await runIn(['import', file], { db: target });
      const again = await runIn(['import', file], { db: target });
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('0 réclamation ajoutée, 3 déjà présentes');
      expect([
        count(backend, target, 'complaints'),
        count(backend, target, 'customers'),
        count(backend, target, 'events'),
      ]).toEqual([3, 2, 5]);
      // Into the logbook it came from: the same complaints are recognised by id and creation time.
      expect((await runIn(['import', file], { db: source })).stdout).toContain(
        '0 réclamation ajoutée, 3 déjà présentes',
      );
    });
  }

  it('gives new ids to complaints whose ids are taken, keeping their history and matching their customer', async () => {
    const source = backend.logbook();
    await seedLogbook(source);
    const file = await exportTo(source, 'json');
    const target = backend.logbook();
    await runIn(['import', fixture('cahier.csv')], { db: target });
    const run = await runIn(['import', file], { db: target });
    expect(run.stdout).toContain('3 réclamations ajoutées');
    const rows = backend.sql(
      target,
      `SELECT c.id, count(e.id) AS events FROM complaints c JOIN events e ON e.complaint_id = c.id
       GROUP BY c.id ORDER BY c.id`,
    );
    expect(rows).toEqual(['1|1', '2|1', '3|1', '4|2', '5|2', '6|1']);
  });

  it('reads a hand-kept CSV with French dates, semicolons, euros and labels, and records its source', async () => {
    const db = backend.logbook();
    const run = await runIn(['import', fixture('cahier.csv')], { db });
    expect(run.stderr).toBe('');
    // Mme Dupont's second line finds the customer her first line added.
    expect(run.stdout).toContain('3 réclamations ajoutées, 0 déjà présente ; 2 clients ajoutés, 1 retrouvé');
    const json = JSON.parse((await runIn(['export', '--format', 'json'], { db })).stdout) as {
      complaints: Record<string, unknown>[];
    };
    const [first, second, third] = json.complaints;
    expect(first).toMatchObject({
      status: 'open',
      receivedAt: '2026-11-24T23:00:00.000Z',
      costCents: 4990,
      product: 'Lave-linge',
      nextContactAt: '2026-11-27T09:00:00.000Z',
    });
    expect(first.events).toEqual([
      {
        at: '2026-11-23T10:00:00.000Z',
        operator: null,
        kind: 'imported',
        statusBefore: null,
        statusAfter: 'open',
        details: { source: 'cahier.csv' },
      },
    ]);
    expect(second).toMatchObject({
      status: 'closed',
      receivedAt: '2026-11-26T14:30:00.000Z',
      facts: 'Bruit; vibrations',
      customerId: first.customerId,
    });
    expect(third).toMatchObject({
      facts: '=1+1',
      costCents: 1200,
      customer: expect.objectContaining({ name: 'M. Martin' }),
    });
    expect((await runIn(['import', fixture('cahier.csv')], { db })).stdout).toContain(
      '0 réclamation ajoutée, 3 déjà présentes',
    );
  });

  it('reads English column names, commas and an existing customer found by phone and name', async () => {
    const db = backend.logbook();
    await runIn(['import', fixture('notebook-en.csv')], { db });
    const file = join(tempDir(), 'more.csv');
    writeFileSync(file, 'date,customer,phone,problem\n2026-11-26,ann smith,020 7946 0000,Still broken\n');
    // +44 is not folded like +33: the phone keys differ, so this is another customer.
    expect((await runIn(['import', file], { db })).stdout).toContain('1 client ajouté, 0 retrouvé');
    writeFileSync(file, 'date,customer,phone,problem\n2026-11-27,Ann  SMITH,+44 20 7946 0000,Again\n');
    expect((await runIn(['import', file], { db })).stdout).toContain('0 client ajouté, 1 retrouvé');
  });

  it('checks every row first: one bad row in the middle and nothing at all is written', async () => {
    const db = backend.logbook();
    await seedLogbook(db);
    const before = backend.fingerprint(db);
    const file = join(tempDir(), 'bad.csv');
    writeFileSync(
      file,
      [
        'date;client;coût;statut;canal',
        '25/11/2026;Ok;10;;',
        '31/02/2026;Date impossible;;;',
        '01/01/99999;Année;;;',
        '25/11/2026;Coût;-3;;',
        '25/11/2026;Coût;douze;;',
        '25/11/2026;Statut;;perdue;',
        '25/11/2026;Canal;;;pigeon',
        '25/11/2026;trop;de;colonnes;ici;encore',
        '25/11/2026;Nul \u0000;;;',
        '25/11/2026;Ok aussi;;;',
      ].join('\n'),
    );
    const run = await runIn(['import', file], { db });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'ligne 3 : receivedAt : « 31/02/2026 » n’est pas une date possible (25/11/2026 ou 25/11/2026 14:30)',
      'ligne 4 : receivedAt : « 01/01/99999 » n’est pas une date possible (25/11/2026 ou 25/11/2026 14:30)',
      'ligne 5 : cost : « -3 » n’est pas un montant en euros (12,50)',
      'ligne 6 : cost : « douze » n’est pas un montant en euros (12,50)',
      expect.stringMatching(/^ligne 7 : status : « perdue » inconnu/),
      expect.stringMatching(/^ligne 8 : channel : « pigeon » inconnu/),
      'ligne 9 : 6 colonnes au lieu de 5',
      'ligne 10 : customer : caractère nul interdit',
    ]);
    expect(run.stderr).toContain('Rien n’a été importé');
    expect(backend.fingerprint(db)).toBe(before);
  });

  it('reports wrong types in JSON by the index of the complaint and writes nothing', async () => {
    const source = backend.logbook();
    await seedLogbook(source);
    const document = JSON.parse(readFileSync(await exportTo(source, 'json'), 'utf8')) as {
      complaints: Record<string, unknown>[];
    };
    document.complaints[1].costCents = '12';
    document.complaints[1].receivedAt = '2026-02-31T10:00:00.000Z';
    document.complaints[2].status = 'lost';
    (document.complaints[2].events as Record<string, unknown>[])[0].at = 'hier';
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify(document));
    const db = backend.logbook();
    const run = await runIn(['import', file, '--lang', 'en'], { db });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').slice(0, 4)).toEqual([
      'complaint #1 of the file: receivedAt: "2026-02-31T10:00:00.000Z" ' +
        'is not a possible ISO 8601 date (2026-11-25T14:30:00.000Z)',
      'complaint #1 of the file: costCents: "12" is not a whole number',
      'complaint #2 of the file: status: "lost" unknown; ' +
        'possible: draft, open, awaiting_callback, transferred, resolved, closed',
      'complaint #2 of the file: events[0].at: "hier" is not a possible ISO 8601 date (2026-11-25T14:30:00.000Z)',
    ]);
    expect(count(backend, db, 'complaints')).toBe(0);
  });

  it('reports lines that are not UTF-8 in a file that mixes encodings, and files that are not ours', async () => {
    const db = backend.logbook();
    const file = join(tempDir(), 'mixed.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('date;client\n25/11/2026;Léa\n25/11/2026;H'),
        Buffer.from([0xe9]),
        Buffer.from('l\xe8ne\n', 'latin1'),
      ]),
    );
    const run = await runIn(['import', file], { db });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ligne 3 : texte illisible : enregistrez le fichier en « CSV UTF-8 »');
    // Forced to UTF-8, a file in another encoding is refused line by line too.
    writeFileSync(file, Buffer.from('date;client\n25/11/2026;H\xe9l\xe8ne\n', 'latin1'));
    expect((await runIn(['import', file, '--encoding', 'utf-8'], { db })).stderr).toContain(
      'ligne 2 : texte illisible',
    );
    writeFileSync(file, '{"complaints": []}');
    expect((await runIn(['import', file], { db })).stderr).toContain('ce JSON n’est pas un export de plainte');
    writeFileSync(file, 'when;who\n25/11/2026;x\n');
    expect((await runIn(['import', file], { db })).stderr).toContain('ligne 1 : colonne « when » inconnue');
  });

  it('reports a damaged line of our JSON by its index, and still reads our JSON once reformatted', async () => {
    const source = backend.logbook();
    await seedLogbook(source);
    const exported = readFileSync(await exportTo(source, 'json'), 'utf8');
    const file = join(tempDir(), 'damaged.json');
    const lines = exported.split('\n');
    lines[2] = lines[2].slice(0, 40);
    writeFileSync(file, lines.join('\n'));
    const db = backend.logbook();
    const run = await runIn(['import', file], { db });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^réclamation n° 1 du fichier : JSON illisible/);
    writeFileSync(file, JSON.stringify(JSON.parse(exported), null, 2));
    expect((await runIn(['import', file], { db })).stdout).toContain('3 réclamations ajoutées');
  });

  it('says what a dry run would add and writes nothing', async () => {
    const db = backend.logbook();
    await seedLogbook(db);
    const before = backend.fingerprint(db);
    const run = await runIn(['import', '--dry-run', fixture('cahier.csv')], { db });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Essai à blanc, rien n’est écrit : 3 réclamations seraient ajoutées');
    expect(backend.fingerprint(db)).toBe(before);
    expect(count(backend, db, 'complaints')).toBe(3);
  });
});
