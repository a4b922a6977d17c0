import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { inTerminal, KEY, SETTLED_ON_THE_SPOT, type Step } from '../helpers/pty.js';
import { jpegBytes } from '../helpers/attachments.js';

// Nothing typed at the counter is lost: every answer is in the draft as soon as it is given,
// Ctrl-C or a closed terminal keeps it, and a logbook that cannot keep it is said before the
// first question.

const { enter, down, ctrlC } = KEY;

// As root, file modes do not stop a process: the read-only cases run as "nobody" then.
const asRoot = process.getuid?.() === 0;
const reader = asRoot ? { uid: 65534 } : {};

const show = (db: string, id = 1) => JSON.parse(plainte(['show', String(id), '--json'], { db }).stdout);

/** Up to the details' facts: a new customer with a phone, then the order typed among the details. */
const TO_THE_FACTS: Step[] = [
  { expect: 'Comment la réclamation arrive-t-elle', send: enter },
  { expect: 'avec ses mots', send: `La facture compte deux fois la livraison${enter}` },
  { expect: 'Comment est le client', send: enter },
  { expect: 'nom, téléphone ou n° de commande', send: `Paul Martin 06 11 22 33 44${enter}` },
  { expect: 'Catégorie', send: `4${enter}` },
  { expect: 'Que demande le client', send: `1${enter}` },
  { expect: 'présenté des excuses', send: enter },
  { expect: 'Ce qui sera fait', send: `Nous remboursons la livraison comptée deux fois${enter}` },
  { expect: 'réglée maintenant', send: `4${enter}` },
  { expect: 'client professionnel', send: enter },
  { expect: 'Téléphone', send: enter },
  { expect: 'E-mail', send: `paul@example.fr${enter}` },
  { expect: 'N° de commande', send: `F-2026-204${enter}` },
  { expect: 'Produit ou service', send: enter },
  { expect: 'achat ou de livraison', send: enter },
];

describe('what was typed is kept', () => {
  it('keeps the customer, phone and order typed when Ctrl-C is pressed at the facts, and resume finishes it', () => {
    const db = tempLogbook();
    const run = inTerminal(
      ['new', '--operator', 'Alice'],
      [...TO_THE_FACTS, { expect: 'Faits constatés', send: ctrlC }, { expect: 'plainte resume 1' }],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(130);
    expect(show(db)).toMatchObject({
      status: 'draft',
      phaseReached: 4,
      orderRef: 'F-2026-204',
      category: 'billing',
      request: 'refund',
      customer: { name: 'Paul Martin', phone: '06 11 22 33 44', email: 'paul@example.fr' },
    });

    const resumed = inTerminal(
      ['resume', '1', '--operator', 'Alice'],
      [{ expect: '5. Clôture et suivi' }, ...SETTLED_ON_THE_SPOT],
      { db },
    );
    expect(resumed.failed, resumed.output).toBeNull();
    expect(resumed.status).toBe(0);
    expect(show(db)).toMatchObject({ status: 'closed', orderRef: 'F-2026-204', outcome: 'resolved' });
  });

  it('attaches the photo whose path is typed among the details, after refusing a path with no file', () => {
    const db = tempLogbook();
    const dir = tempDir();
    const photo = join(dir, 'photo défaut.jpg');
    writeFileSync(photo, jpegBytes('Photo du colis'));
    const run = inTerminal(
      ['new', '--operator', 'Alice'],
      [
        ...TO_THE_FACTS,
        { expect: 'Faits constatés', send: enter },
        { expect: 'Joindre une photo ou un ticket', send: `${join(dir, 'absente.jpg')}${enter}` },
        { expect: 'aucun fichier à cet endroit', send: `${'\x7f'.repeat(80)}${photo.replace(/ /g, '\\ ')}${enter}` },
        { expect: 'Pièce jointe : photo défaut.jpg.' },
        { expect: 'Joindre une photo ou un ticket', send: enter },
        { expect: 'Note sur les excuses', send: enter },
        { expect: 'Type de solution', send: enter },
        { expect: 'Qui s’en charge', send: enter },
        { expect: 'Coût pour le magasin', send: enter },
        ...SETTLED_ON_THE_SPOT,
      ],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    expect(show(db).attachments).toMatchObject([{ number: 1, name: 'photo défaut.jpg', type: 'image/jpeg' }]);
    const back = join(dir, 'rendue.jpg');
    expect(plainte(['attach', '1', '--get', '1', '-o', back], { db }).status).toBe(0);
    expect(readFileSync(back).equals(jpegBytes('Photo du colis'))).toBe(true);
  });

  it('keeps the account typed when the terminal is closed at the mood', () => {
    const db = tempLogbook();
    const run = inTerminal(
      ['new', '--operator', 'Alice'],
      [
        { expect: 'Comment la réclamation arrive-t-elle', send: enter },
        { expect: 'avec ses mots', send: `Le colis est arrivé vide${enter}` },
        { expect: 'Comment est le client', signal: 1 },
        { expect: 'plainte resume 1' },
      ],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(130);
    expect(show(db)).toMatchObject({ status: 'draft', phaseReached: 0, account: 'Le colis est arrivé vide' });
  });

  it('walks an abusive customer through the protocol, records each step and keeps the complaint', () => {
    const db = tempLogbook();
    const run = inTerminal(
      ['new', '--operator', 'Alice'],
      [
        { expect: 'Comment la réclamation arrive-t-elle', send: `${down}${enter}` },
        { expect: 'avec ses mots', send: `Il exige un remboursement immédiat et crie${enter}` },
        { expect: 'Comment est le client', send: `4${enter}` },
        { expect: 'Client injurieux : les étapes' },
        { expect: 'Personnaliser l’échange ?', send: enter },
        { expect: 'vos limites ?', send: enter },
        { expect: 'Passer la main', send: `${down}${enter}` },
        { expect: 'Mettre fin à l’échange', send: enter },
        { expect: 'appeler la sécurité', send: `${down}${enter}` },
        { expect: 'plainte resume 1' },
      ],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    const kept = show(db);
    expect(kept).toMatchObject({
      status: 'draft',
      phaseReached: 1,
      mood: 'abusive',
      channel: 'phone',
      operator: 'Alice',
    });
    expect(kept.events.map((e: { kind: string; details: { step?: string } }) => e.details.step ?? e.kind)).toEqual([
      'created',
      'personalise',
      'limits',
      'end_call',
    ]);
  });
});

describe('a logbook that cannot keep the answers', () => {
  it('is said before the first question when the file is read-only, and left as it was', () => {
    const folder = join(tempDir(), 'shop');
    mkdirSync(folder);
    const db = join(folder, 'plainte.db');
    expect(plainte(['config', 'set', 'operator', 'Alice'], { db }).status).toBe(0);
    chmodSync(join(folder, '..'), 0o755);
    chmodSync(folder, 0o755);
    chmodSync(db, 0o444);
    const before = sha256(db);
    // A terminal wide enough for the message and its long path on one line.
    const run = inTerminal(['new'], [{ expect: 'est en lecture seule : rien n’a été enregistré' }], {
      db,
      columns: 200,
      ...reader,
    });
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(1);
    expect(run.output).not.toContain('Comment la réclamation arrive-t-elle');
    expect(sha256(db)).toBe(before);
  });

  it('is said before the first question when its folder cannot be made', () => {
    const locked = join(tempDir(), 'locked');
    mkdirSync(locked);
    chmodSync(join(locked, '..'), 0o755);
    chmodSync(locked, 0o555);
    const db = join(locked, 'boutique', 'plainte.db');
    try {
      const run = inTerminal(['new'], [{ expect: 'impossible de créer le cahier' }], { db, columns: 200, ...reader });
      expect(run.failed, run.output).toBeNull();
      expect(run.status).toBe(1);
      expect(run.output).toContain(`pas le droit d’écrire dans ${locked}`);
      expect(run.output).not.toContain('Comment la réclamation arrive-t-elle');
      expect(existsSync(join(locked, 'boutique'))).toBe(false);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
