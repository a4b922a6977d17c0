import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, refusedAsIs, tempDir, tempLogbook } from '../helpers/cli.js';
import { inTerminal, KEY, SETTLED_ON_THE_SPOT, type Step } from '../helpers/pty.js';

// The acknowledgement offered at the end of phase 5 (README, "Écrire au client"): at a
// terminal once the complaint is saved and not settled, or with --letter accuse without one.
// It is a PDF to print, accuse-<number>.pdf in the folder the command runs in.

const { enter } = KEY;

function logbook(): string {
  const db = tempLogbook();
  for (const [key, value] of [
    ['operator', 'Alice'],
    ['shop.name', 'Électro Martin'],
    ['shop.address', '12 rue des Lilas; 69003 Lyon'],
  ])
    expect(plainte(['config', 'set', key, value], { db }).status).toBe(0);
  return db;
}

const show = (db: string) => JSON.parse(plainte(['show', '1', '--json'], { db }).stdout);

/** A calm counter complaint up to the question that ends phase 5. */
const PHASES: Step[] = [
  { expect: 'Comment la réclamation arrive-t-elle', send: enter },
  { expect: 'avec ses mots', send: `La livraison a une semaine de retard${enter}` },
  { expect: 'Comment est le client', send: enter },
  { expect: 'nom, téléphone ou n° de commande', send: `Marie Dupont 06 12 34 56 78${enter}` },
  { expect: 'Catégorie', send: `2${enter}` },
  { expect: 'Que demande le client', send: `2${enter}` },
  { expect: 'présenté des excuses', send: enter },
  { expect: 'Ce qui sera fait', send: `Nous relançons le transporteur${enter}` },
];

describe('the acknowledgement offered by the wizard', () => {
  it('is printed to a PDF when the customer leaves without a solution, the address asked and kept', () => {
    const db = logbook();
    const folder = tempDir();
    const run = inTerminal(
      ['new'],
      [
        ...PHASES,
        { expect: 'réglée maintenant', send: enter },
        { expect: 'Rappeler le client le', send: enter },
        { expect: 'vous rappelle le' },
        { expect: 'Imprimer un accusé de réception', send: `oui${enter}` },
        { expect: 'Adresse postale du client', send: `3 place Bellecour; 69002 Lyon${enter}` },
        { expect: 'accuse-1.pdf' },
      ],
      { db, cwd: folder },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    const pdf = join(folder, 'accuse-1.pdf');
    expect(statSync(pdf).mode & 0o777).toBe(0o600);
    const complaint = show(db);
    expect(complaint.customer.address).toBe('3 place Bellecour; 69002 Lyon');
    expect(complaint.answerDueAt).toBe('2026-12-04');
    expect(complaint.events.at(-1)).toMatchObject({
      kind: 'letter',
      operator: 'Alice',
      details: { type: 'accuse', format: 'pdf', sent: false },
    });
  });

  it('is declined by Ctrl-C, the complaint saved whole and not called a draft', () => {
    const db = logbook();
    const folder = tempDir();
    const run = inTerminal(
      ['new'],
      [
        ...PHASES,
        { expect: 'réglée maintenant', send: enter },
        { expect: 'Rappeler le client le', send: enter },
        { expect: 'Imprimer un accusé de réception', send: KEY.ctrlC },
      ],
      { db, cwd: folder },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    expect(run.output).not.toContain('brouillon');
    expect(show(db).status).toBe('awaiting_callback');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is not offered for a complaint settled on the spot', () => {
    const db = logbook();
    const folder = tempDir();
    const run = inTerminal(['new'], [...PHASES, ...SETTLED_ON_THE_SPOT], { db, cwd: folder });
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    expect(run.output).not.toContain('accusé de réception');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is made without a terminal with --letter accuse, and --address is refused without it', () => {
    const db = logbook();
    const folder = tempDir();
    const given = ['--customer', 'Marie Dupont', '--description', 'La livraison a une semaine de retard'];
    const run = plainte(['new', ...given, '--letter', 'accuse', '--address', '3 place Bellecour; 69002 Lyon'], {
      db,
      cwd: folder,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('1\n');
    expect(run.stderr).toContain('Lettre écrite dans accuse-1.pdf (réclamation n° 1).');
    expect(existsSync(join(folder, 'accuse-1.pdf'))).toBe(true);
    expect(show(db).customer.address).toBe('3 place Bellecour; 69002 Lyon');
    expect(refusedAsIs(db, ['new', ...given, '--address', '1 rue X'], 2).stderr).toContain('--letter accuse');
    // A value outside the option's list is a usage error.
    expect(refusedAsIs(db, ['new', ...given, '--letter', 'reponse'], 2).stderr).toContain('--letter');
    // A letter that cannot be made leaves the complaint saved, and says why.
    const flagged = plainte(['new', ...given, '--product', 'Four du client radin', '--letter', 'accuse'], {
      db,
      cwd: folder,
    });
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toBe('2\n');
    expect(flagged.stderr).toContain('« radin » (le produit)');
    expect(JSON.parse(plainte(['show', '2', '--json'], { db }).stdout)).toMatchObject({ status: 'open' });
    expect(existsSync(join(folder, 'accuse-2.pdf'))).toBe(false);
  });
});
