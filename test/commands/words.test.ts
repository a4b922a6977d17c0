import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../src/domain/types.js';
import { emptyLogbook, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';

// The shop's words: every option takes the labels the program prints (French, or English with
// --lang en, and the stored values always), accents and case ignored; a refusal lists the words
// one can type; the shop's own categories are written and shown as typed.

const REQUIRED = ['--no-input', '--customer', 'Marie Dupont', '--description', 'Le lave-linge fuit'];

async function ids(db: string, args: string[]): Promise<number[]> {
  const run = await runIn(['list', '--json', ...args], { db });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { id: number }[]).map((c) => c.id);
}

async function shown(db: string, id: number): Promise<Complaint> {
  return JSON.parse((await runIn(['show', String(id), '--json'], { db })).stdout) as Complaint;
}

describe('options take the words the program prints', () => {
  it('reads French labels without accents or capitals, English ones with --lang en, stored values always', async () => {
    const db = tempLogbook();
    const given = ['--channel', 'TELEPHONE', '--mood', 'en colere', '--category', 'Produit Défectueux'];
    expect((await runIn(['new', ...REQUIRED, ...given, '--request', 'Reparation'], { db })).status).toBe(0);
    expect(await shown(db, 1)).toMatchObject({ channel: 'phone', mood: 'angry', category: 'defective' });
    expect(
      (await runIn(['new', ...REQUIRED, '--channel', 'site web', '--category', 'late-delivery'], { db })).status,
    ).toBe(0);
    expect(await shown(db, 2)).toMatchObject({ channel: 'web', category: 'late_delivery' });
    const english = ['--lang', 'en', 'new', ...REQUIRED, '--channel', 'Website', '--category', 'late delivery'];
    expect((await runIn(english, { db })).status).toBe(0);
    expect(await shown(db, 3)).toMatchObject({ channel: 'web', category: 'late_delivery' });

    expect(await ids(db, ['--category', 'produit defectueux'])).toEqual([1]);
    expect(await ids(db, ['--category', 'LIVRAISON EN RETARD'])).toEqual([3, 2]);
    expect(await ids(db, ['--status', 'Ouverte'])).toEqual([3, 2, 1]);
    expect(await ids(db, ['--lang', 'en', '--status', 'open'])).toEqual([3, 2, 1]);

    const closed = await runIn(['close', '1', '--outcome', 'Réglée', '--satisfaction', '4'], { db });
    expect(closed.status).toBe(0);
    expect(await ids(db, ['--status', 'classée'])).toEqual([1]);
    expect(await ids(db, ['--lang', 'en', '--status', 'closed,callback due'])).toEqual([1]);
    const contact = await runIn(['follow-up', '2', '--channel', 'téléphone', '--note', 'Appelée'], { db });
    expect(contact.status).toBe(0);
  });

  it('lists, on a refusal, the French words one can type, and the stored values in English', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    const before = sha256(db);
    const french = await runIn(['follow-up', String(id), '--channel', 'pigeon', '--note', 'x'], { db });
    // A value outside the option's list is a usage error.
    expect(french.status).toBe(2);
    expect(french.stderr).toBe(
      'plainte : --channel : « pigeon » n’est pas une valeur possible. ' +
        'Possibles : comptoir, téléphone, e-mail, site web, courrier.\n',
    );
    const status = await runIn(['list', '--status', 'perdue'], { db });
    expect(status.stderr).toContain('Possibles : brouillon, ouverte, rappel prévu, transférée, réglée, classée.');
    const outcome = await runIn(['close', String(id), '--outcome', 'super', '--satisfaction', '4'], { db });
    expect(outcome.stderr).toContain('Possibles : réglée, en partie, non réglée.');
    const english = await runIn(['--lang', 'en', 'follow-up', String(id), '--channel', 'pigeon', '--note', 'x'], {
      db,
    });
    expect(english.stderr).toContain('Possible: counter, phone, email, web, mail.');
    expect(sha256(db)).toBe(before);
  });
});

describe('the shop’s own categories', () => {
  it('are written as they are to be shown, with spaces and accents, and shown as typed everywhere', async () => {
    const db = tempLogbook();
    const set = await runIn(['config', 'set', 'categories', ' Pièces  détachées ,retour_colis, PIECES DETACHEES'], {
      db,
    });
    expect(set.stderr).toBe('categories = Pièces détachées,retour_colis\n');
    const typed = ['--category', 'pieces detachees'];
    expect((await runIn(['new', ...REQUIRED, ...typed, '--callback', 'demain 10h'], { db })).status).toBe(0);
    expect((await runIn(['new', ...REQUIRED, '--category', 'Retour colis'], { db })).status).toBe(0);
    expect(await shown(db, 1)).toMatchObject({ category: 'Pièces détachées' });
    expect(await shown(db, 2)).toMatchObject({ category: 'retour_colis' });

    expect(await ids(db, ['--category', 'PIÈCES DÉTACHÉES'])).toEqual([1]);
    expect((await runIn(['list'], { db })).stdout).toContain('Pièces détachées');
    expect((await runIn(['show', '1'], { db })).stdout).toMatch(/Catégorie +Pièces détachées/);
    for (const format of ['text', 'md', 'html', 'json'])
      expect((await runIn(['report', '--all', '--format', format], { db })).stdout).toContain('Pièces détachées');
    const excel = await runIn(['export', '--format', 'csv', '--for', 'excel'], { db });
    expect(excel.stdout).toContain(';Pièces détachées;');
    const calendar = (await runIn(['export', '--format', 'ics'], { db })).stdout;
    expect(calendar).toContain('Marie Dupont — Pièces détachées');
  });

  it('refuses a built-in category under another name, a control character or a name too long', async () => {
    const db = tempLogbook();
    await runIn(['config', 'set', 'categories', 'Vélos'], { db });
    const before = sha256(db);
    for (const [value, reason] of [
      ['Vélos,Facturation', '« Facturation » est déjà une catégorie du programme'],
      ['Vélos,late delivery', '« late delivery » est déjà une catégorie du programme'],
      ['Vélos,Bad\u0007Bell', 'ne convient pas : une catégorie s’écrit comme elle doit s’afficher'],
      [`Vélos,${'x'.repeat(41)}`, 'en 40 caractères au plus'],
      ['Vélos, ?!', 'ne convient pas'],
    ]) {
      const run = await runIn(['config', 'set', 'categories', value], { db });
      expect(run.status, value).toBe(1);
      expect(run.stderr, value).toContain(reason);
    }
    expect(sha256(db)).toBe(before);
  });
});

describe.each(BACKENDS)('the shop’s categories on $name', (backend) => {
  it('are found by `list --category` on the complaints, though the settings no longer name them', async () => {
    const db = backend.logbook();
    await runIn(['config', 'set', 'categories', 'Vélos électriques'], { db });
    const created = await runIn(['new', ...REQUIRED, '--category', 'velos electriques'], { db });
    expect(created.status, created.stderr).toBe(0);
    await runIn(['config', 'set', 'categories', 'Trottinettes'], { db });
    expect(await ids(db, ['--category', 'VÉLOS ÉLECTRIQUES'])).toEqual([1]);
    const unknown = await runIn(['list', '--category', 'rollers'], { db });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Possibles : produit défectueux, livraison en retard');
    expect(unknown.stderr).toContain('autre, Trottinettes, Vélos électriques.');
  });
});

describe('counts', () => {
  it('say one thing in the singular and several in the plural (French counts 0 and 1 as one)', async () => {
    const db = tempLogbook();
    await seedComplaints(db, [{}, { customer: { name: 'Paul Martin', phone: '06 98 76 54 32' } }]);
    expect((await runIn(['list', '--limit', '1'], { db })).stderr).toBe(
      '1 affichée ; --limit pour en voir davantage.\n',
    );
    expect((await runIn(['list', '--limit', '2'], { db })).stderr).toBe(
      '2 affichées ; --limit pour en voir davantage.\n',
    );
    expect((await runIn(['--lang', 'en', 'list', '--limit', '1'], { db })).stderr).toBe(
      '1 shown; use --limit to see more.\n',
    );
    expect((await runIn(['doctor'], { db })).stdout).toMatch(/2 réclamations, 2 clients, \d+ événements/);
    const one = tempLogbook();
    await seedComplaints(one, [{ draft: true }]);
    expect((await runIn(['doctor'], { db: one })).stdout).toContain('1 réclamation, 1 client, 1 événement\n');
    const day = await runIn(['report', '--since', '23/11/2026', '--until', '23/11/2026'], { db });
    expect(day.stdout).toContain('Comparaison avec le jour précédent.');
    const week = await runIn(['report', '--since', '17/11/2026', '--until', '23/11/2026'], { db });
    expect(week.stdout).toContain('Comparaison avec les 7 jours précédents.');
  });
});

describe('what went wrong with a file', () => {
  it('is said in words, never with Node’s or a parser’s own message', async () => {
    const db = emptyLogbook();
    const dir = tempDir();
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'pas un dossier');
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "plainte",');
    writeFileSync(join(dir, 'bad.csv'), 'date;client\n"25/11/2026;Marie\n');
    const said = async (args: string[], options = { db }) => {
      const run = await runIn(args, options);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).not.toMatch(/E[A-Z]{3,}|Unexpected|Expected|Quote|at position/);
      return run.stderr;
    };
    expect(await said(['import', join(dir, 'missing.csv')])).toBe(
      `plainte : impossible de lire ${join(dir, 'missing.csv')} : fichier ou dossier introuvable.\n`,
    );
    expect(await said(['import', join(dir, 'folder')])).toContain('n’est pas un fichier ordinaire');
    expect(await said(['export', '--format', 'json', '-o', join(notes, 'out.json')])).toContain(
      'out.json : une partie du chemin est un fichier, pas un dossier.',
    );
    expect(await said(['export', '--format', 'json', '-o', join(dir, 'nowhere', 'out.json')])).toContain(
      'out.json : son dossier n’existe pas.',
    );
    expect(await said(['backup', join(notes, 'copy.db')])).toContain(
      'copy.db : une partie du chemin est un fichier, pas un dossier.',
    );
    expect(await said(['list'], { db: join(notes, 'plainte.db') })).toBe(
      `plainte : impossible d’ouvrir le cahier ${join(notes, 'plainte.db')} : ` +
        'une partie du chemin est un fichier, pas un dossier.\n',
    );
    expect(
      await said(['new', '--no-input', '--customer', 'A', '--description', 'B'], { db: join(notes, 'x.db') }),
    ).toContain('notes.txt est un fichier, pas un dossier');
    expect(await said(['import', join(dir, 'bad.json')])).toContain('JSON illisible : vers le caractère 22');
    expect(await said(['import', join(dir, 'bad.csv')])).toContain(
      'ligne 2 : CSV illisible : un guillemet (") ouvert n’est jamais refermé',
    );
  });
});
