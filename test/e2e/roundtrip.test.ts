import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir, tempLogbook } from '../helpers/cli.js';
import { seedLogbook } from '../transfer/seed.js';

// Data that goes out comes back: a file saved by a spreadsheet, edited or not, imports
// into the logbook it came from without a change going unnoticed, and into an empty one
// as the same complaints.
//
// saved-by-libreoffice.csv is export.csv (`plainte export --format csv` of the seeded
// logbook) opened and saved by LibreOffice Calc 7.4 itself, in English:
//   soffice --headless --infilter="CSV:59,34,76,1,,1033" \
//     --convert-to "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033" --outdir out export.csv
// It has no byte order mark, LF line ends, TRUE/FALSE for the yes/no cells and LF for the
// CRLF inside a cell.

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const LIBREOFFICE = join(FIXTURES, 'libreoffice', 'saved-by-libreoffice.csv');

function exported(db: string): { complaints: Record<string, unknown>[] } {
  return JSON.parse(plainte(['export', '--format', 'json'], { db }).stdout) as {
    complaints: Record<string, unknown>[];
  };
}

/** The complaints without what an import adds or a spreadsheet changes in line ends. */
function comparable(db: string): unknown[] {
  return exported(db).complaints.map((c) => JSON.parse(JSON.stringify(c).replaceAll('\\r\\n', '\\n')) as unknown);
}

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

describe('a CSV saved by LibreOffice', () => {
  it('comes back to the logbook it came from as already there, with no difference', async () => {
    const db = tempLogbook();
    await seedLogbook(db);
    const run = plainte(['import', LIBREOFFICE], { db });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('0 réclamation ajoutée, 3 déjà présentes');
  });

  it('gives an empty logbook the same complaints, customers and history', async () => {
    const source = tempLogbook();
    await seedLogbook(source);
    const db = tempLogbook();
    expect(plainte(['import', LIBREOFFICE], { db }).status).toBe(0);
    expect(comparable(db)).toEqual(comparable(source));
  });

  it('names each edit by line and field, imports nothing without --update, and records each applied', async () => {
    const db = tempLogbook();
    await seedLogbook(db);
    const edited = file(
      'edited.csv',
      readFileSync(LIBREOFFICE, 'utf8')
        .replace(';2500;2026-11-25T08:30:00.000Z;', ';3000;2026-11-26T08:30:00.000Z;')
        .replace('billing;;;TRUE;FALSE;', 'defective;;;TRUE;FALSE;'),
    );
    const before = exported(db);
    const refused = plainte(['import', edited], { db });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'ligne 2 : la réclamation n° 1 du cahier diffère : costCents (2500 → 3000), ' +
        'nextContactAt (2026-11-25T08:30:00.000Z → 2026-11-26T08:30:00.000Z)',
    );
    expect(refused.stderr).toMatch(
      /ligne 5 : la réclamation n° 2 du cahier diffère : category \(billing → defective\)/,
    );
    expect(refused.stderr).toContain('2 réclamations du fichier diffèrent de celles du cahier.');
    expect(refused.stderr).toContain('« plainte import --update » applique ces modifications');
    expect(exported(db)).toEqual(before);

    const applied = plainte(['import', edited, '--update', '--operator', 'Anne'], { db });
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('2 réclamations mises à jour.');
    const after = exported(db).complaints;
    expect(after[0]).toMatchObject({ costCents: 3000, nextContactAt: '2026-11-26T08:30:00.000Z' });
    expect((after[0].events as Record<string, unknown>[]).at(-1)).toMatchObject({
      kind: 'imported_change',
      operator: 'Anne',
      details: {
        source: 'edited.csv',
        changes: {
          costCents: { before: 2500, after: 3000 },
          nextContactAt: { before: '2026-11-25T08:30:00.000Z', after: '2026-11-26T08:30:00.000Z' },
        },
      },
    });
    expect(plainte(['import', edited], { db }).stdout).toContain('3 déjà présentes');
  });
});

describe('a CSV saved by Excel in Windows-1252 (its “CSV (point-virgule)”)', () => {
  const EXCEL = Buffer.from(
    'Date;Client;Produit;Motif;Coût;Statut\r\n' +
      '25/11/2026 14:30;Hélène Lefèvre;Sèche-linge;Tambour bloqué, bruit « énorme »;1 200,00;ouverte\r\n' +
      '26/11/2026;Zoé C\x9cur;Four;Porte cassée;1.200,00 \x80;réglée\r\n' +
      ';;;;;\r\n;;;;;\r\n',
    'latin1',
  );
  // "œ" is 0x9C in Windows-1252 (written here as the latin1 character of that code), where
  // Latin-1 has a control character.

  it('is read as Windows-1252, says so, and skips the blank rows Excel leaves at the end', () => {
    const db = tempLogbook();
    const csv = file('excel.csv', EXCEL);
    const run = plainte(['import', csv], { db });
    expect(run.stderr).toBe(
      'Fichier lu en windows-1252 (le CSV d’Excel) : il n’est pas en UTF-8. ' +
        'Vérifiez les accents ; --encoding utf-8 pour forcer.\n',
    );
    expect(run).toMatchObject({ status: 0 });
    const [first, second] = exported(db).complaints;
    expect(first).toMatchObject({
      product: 'Sèche-linge',
      facts: 'Tambour bloqué, bruit « énorme »',
      costCents: 120000,
    });
    expect(first.customer).toMatchObject({ name: 'Hélène Lefèvre' });
    expect(second.customer).toMatchObject({ name: 'Zoé Cœur' });
    expect(second).toMatchObject({ costCents: 120000, status: 'resolved' });
    const forced = plainte(['import', csv, '--encoding', 'utf-8'], { db: tempLogbook() });
    expect(forced.status).toBe(1);
    expect(forced.stderr).toContain('ligne 2 : texte illisible');
    expect(plainte(['import', csv, '--encoding', 'ebcdic'], { db }).stderr).toContain(
      '--encoding : « ebcdic » inconnu',
    );
  });
});

describe('files as Gnumeric and LibreOffice write them', () => {
  it('reads ISO dates, TRUE/FALSE and amounts with thousands, as in the wizard and its options', () => {
    const db = tempLogbook();
    const csv = file(
      'gnumeric.csv',
      'Date;Client;Coût;Rappel\n2026-09-28;Marie Dupont;"1 200,50";2026-11-25 14:30\n;;;\n',
    );
    expect(plainte(['import', csv], { db }).status).toBe(0);
    expect(exported(db).complaints[0]).toMatchObject({
      receivedAt: '2026-09-27T22:00:00.000Z',
      costCents: 120050,
      nextContactAt: '2026-11-25T13:30:00.000Z',
    });
    const option = plainte(
      ['new', '--no-input', '--customer', 'Jean', '--description', 'Four', '--cost', '1.200,50 €'],
      {
        db,
      },
    );
    expect(option.status).toBe(0);
    expect(exported(db).complaints[1]).toMatchObject({ costCents: 120050 });
  });
});

describe('the spreadsheet export for the owner', () => {
  it('has French columns, local date-times, labels and euros, and comes back through import', () => {
    const db = tempLogbook();
    const add = (args: string[]) => expect(plainte(['new', '--no-input', ...args], { db }).status).toBe(0);
    add([
      '--customer',
      'Marie Dupont',

      '--description',
      'Colis en retard',
      '--category',
      'late_delivery',
      '--cost',
      '45,90',
      '--callback',
      '25/11/2026 14:30',
    ]);
    add([
      '--customer',
      'Jean Martin',
      '--description',
      '=1+1',
      '--phone',
      '+33 6 12 34 56 78',
      '--resolved',
      '--satisfaction',
      '4',
    ]);
    const ticket = file('ticket de caisse.pdf', '%PDF-1.4 ticket');
    const photo = file('=photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    expect(plainte(['attach', '2', photo, ticket], { db }).status).toBe(0);
    const run = plainte(['export', '--format', 'csv', '--for', 'excel'], { db });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFN°;Reçue le;Client;Téléphone;E-mail;Société;Commande;Produit;Catégorie;Canal;Humeur;' +
        'Récit du client;Faits;Demande;Solution;Type de solution;Confiée à;Coût (€);Statut;Prochain contact;' +
        'Note du prochain contact;Issue;' +
        'Satisfaction;Cause;Leçon;Classée le;Reçue par;Pièces jointes',
    );
    expect(lines[1]).toBe(
      '1;23/11/2026 11:00;Marie Dupont;;;;;;livraison en retard;comptoir;calme;Colis en retard;;autre;;;;45,90;' +
        'rappel prévu;25/11/2026 14:30;;;;;;;;',
    );
    // The attachments by name, one a line in their cell, a formula's start neutralised.
    expect(run.stdout).toContain(`;"'=photo.jpg\nticket de caisse.pdf"\r\n`);
    expect(lines[2]).toContain(";'+33 6 12 34 56 78;");
    expect(lines[2]).toContain(";'=1+1;");
    expect(lines[2]).toContain(';classée;;;réglée;4;;;23/11/2026 11:00;');
    expect(run.stdout).not.toContain('events');

    const csv = file('cahier.csv', run.stdout);
    expect(plainte(['import', csv], { db }).stdout).toContain('0 réclamation ajoutée, 2 déjà présentes');
    const empty = tempLogbook();
    expect(plainte(['import', csv], { db: empty }).status).toBe(0);
    const [first, second] = exported(empty).complaints;
    expect(first).toMatchObject({
      id: 1,
      status: 'awaiting_callback',
      category: 'late_delivery',
      costCents: 4590,
      nextContactAt: '2026-11-25T13:30:00.000Z',
    });
    expect(second).toMatchObject({ id: 2, status: 'closed', account: '=1+1', outcome: 'resolved', satisfaction: 4 });
    expect(second.customer).toMatchObject({ phone: '+33 6 12 34 56 78' });

    const edited = file('cahier-modifie.csv', run.stdout.replace(';45,90;rappel prévu;', ';50,00;rappel prévu;'));
    const differs = plainte(['import', edited], { db });
    expect(differs.status).toBe(1);
    expect(differs.stderr).toContain('ligne 2 : la réclamation n° 1 du cahier diffère : costCents (4590 → 5000)');
    expect(plainte(['export', '--format', 'json', '--for', 'excel'], { db }).status).toBe(2);
  });
});
