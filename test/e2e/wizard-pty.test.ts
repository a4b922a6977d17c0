import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { inTerminal, KEY, type Step } from '../helpers/pty.js';

// The wizard as a shopkeeper uses it: the built binary in a real pseudo-terminal.

const { enter, down, ctrlC } = KEY;
const erase = '\x7f'.repeat(12);

/** Phases 1 to 3 of a leaking washing machine, with a few mistakes corrected on the way. */
const FIRST_PHASES: Step[] = [
  { expect: 'Comment la réclamation arrive-t-elle', send: enter },
  { expect: 'Qui l’enregistre', send: `Alice${enter}` },
  { expect: 'avec ses mots', send: enter },
  { expect: 'Cette réponse est nécessaire', send: `Le lave-linge fuit depuis la livraison${enter}` },
  { expect: 'Comment est le client', send: `${down}${enter}` },
  { expect: '2. Prise en charge' },
  { expect: 'nom, téléphone ou n° de commande', send: `Marie Dupont${enter}` },
  { expect: 'Nom du client', send: enter },
  { expect: 'client professionnel', send: enter },
  { expect: 'Téléphone', send: `06 12${enter}` },
  { expect: 'Numéro non reconnu', send: `34 56 78${enter}` },
  { expect: 'E-mail', send: enter },
  { expect: 'N° de commande', send: `F-2026-118${enter}` },
  { expect: 'achat ou de livraison', send: `31/02/2026${enter}` },
  { expect: 'Date non reconnue', send: `${erase}10/11/2026${enter}` },
  { expect: 'Produit ou service', send: `Lave-linge X200${enter}` },
  { expect: 'Catégorie', send: enter },
  { expect: 'Que demande le client', send: `${down}${down}${enter}` },
  { expect: 'd’occasion', send: enter },
  { expect: 'réclamé par écrit', send: enter },
  { expect: 'Garantie légale de conformité' },
  { expect: 'Faits constatés', send: enter },
  { expect: '3. Excuses' },
  { expect: 'présenté des excuses', send: enter },
  { expect: 'Note (facultatif)', send: enter },
  { expect: '4. Solution' },
];

describe('plainte new in a terminal', () => {
  it('takes a whole complaint typed at the keyboard and reads the agreed measures back', () => {
    const db = tempLogbook();
    plainte(['config', 'set', 'mediator.name', 'Médiateur du commerce'], { db });
    plainte(['config', 'set', 'mediator.url', 'https://mediateur.example'], { db });
    const run = inTerminal(
      ['new'],
      [
        ...FIRST_PHASES,
        { expect: 'Ce qui sera fait', send: `Malheureusement ce n'est pas possible${enter}` },
        { expect: 'Conseil', send: enter },
        { expect: 'Ce qui sera fait', send: `Nous réparons le lave-linge jeudi${enter}` },
        { expect: 'Type de solution', send: enter },
        { expect: 'Qui s’en charge', send: enter },
        { expect: 'Coût', send: `12,50${enter}` },
        { expect: '5. Clôture et suivi' },
        { expect: 'réglée maintenant', send: enter },
        { expect: 'Rappeler le client le', send: `${erase}26/11/2026 14:30${enter}` },
        { expect: 'Au numéro', send: enter },
        { expect: 'Note pour le rappel', send: enter },
        { expect: 'À relire au client' },
        { expect: 'Médiateur du commerce (https://mediateur.example)' },
      ],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    expect(run.output).toContain('au 06 1234 56 78');

    const shown = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout);
    expect(shown).toMatchObject({
      status: 'awaiting_callback',
      phaseReached: 5,
      channel: 'counter',
      operator: 'Alice',
      mood: 'upset',
      account: 'Le lave-linge fuit depuis la livraison',
      orderRef: 'F-2026-118',
      purchaseDate: '2026-11-10',
      product: 'Lave-linge X200',
      category: 'defective',
      request: 'repair',
      apologised: true,
      solution: 'Nous réparons le lave-linge jeudi',
      solutionType: 'repair',
      costCents: 1250,
      nextContactAt: '2026-11-26T13:30:00.000Z',
      callbackPhone: '06 1234 56 78',
      customer: { name: 'Marie Dupont', phone: '06 1234 56 78' },
    });
    expect(shown.events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'phase',
      'phase',
      'phase',
      'completed',
    ]);
  });

  it('keeps phases 1 to 3 when Ctrl-C is pressed in phase 4, and resume finishes the complaint', () => {
    const db = tempLogbook();
    const run = inTerminal(
      ['new'],
      [...FIRST_PHASES, { expect: 'Ce qui sera fait', send: ctrlC }, { expect: 'plainte resume 1' }],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(130);

    const draft = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout);
    expect(draft).toMatchObject({
      status: 'draft',
      phaseReached: 3,
      apologised: true,
      customer: { name: 'Marie Dupont' },
    });
    // Answered at the counter: the first response was given during the conversation.
    expect(draft.firstResponseAt).toBe('2026-11-23T10:00:00.000Z');

    const resumed = inTerminal(
      ['resume', '1'],
      [
        { expect: '4. Solution' },
        { expect: 'Ce qui sera fait', send: `Nous remplaçons le joint aujourd'hui${enter}` },
        { expect: 'Type de solution', send: enter },
        { expect: 'Qui s’en charge', send: enter },
        { expect: 'Coût', send: enter },
        { expect: 'réglée maintenant', send: `${KEY.up}${enter}` },
        { expect: 'Résultat', send: enter },
        { expect: 'Satisfaction du client', send: enter },
        { expect: 'La réclamation est réglée' },
      ],
      { db },
    );
    expect(resumed.failed, resumed.output).toBeNull();
    expect(resumed.status).toBe(0);
    const done = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout);
    expect(done).toMatchObject({
      status: 'closed',
      phaseReached: 5,
      outcome: 'resolved',
      satisfaction: 4,
      resolvedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('keeps what was typed when the terminal is closed in the middle of a question', () => {
    const db = tempLogbook();
    const run = inTerminal(
      ['new'],
      [...FIRST_PHASES, { expect: 'Ce qui sera fait', send: 'Nous rempl', signal: 1 }, { expect: 'plainte resume 1' }],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(130);
    expect(JSON.parse(plainte(['show', '1', '--json'], { db }).stdout)).toMatchObject({
      status: 'draft',
      phaseReached: 3,
    });
  });

  it('walks an abusive customer through the protocol, records each step and keeps the complaint', () => {
    const db = tempLogbook();
    const run = inTerminal(
      ['new', '--operator', 'Alice'],
      [
        { expect: 'Comment la réclamation arrive-t-elle', send: `${down}${enter}` },
        { expect: 'avec ses mots', send: `Il exige un remboursement immédiat et crie${enter}` },
        { expect: 'Comment est le client', send: `${down}${down}${down}${enter}` },
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
    const kept = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout);
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

  it('asks its first question while the logbook opens, and ends with the error when it cannot be opened', () => {
    const dir = tempDir();
    const foreign = join(dir, 'notes.db');
    writeFileSync(foreign, 'Notes du magasin, pas un cahier plainte. '.repeat(10));
    const before = sha256(foreign);
    const run = inTerminal(
      ['new'],
      [{ expect: 'Comment la réclamation arrive-t-elle' }, { expect: 'n’est pas un cahier plainte' }],
      { db: foreign },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(1);
    expect(sha256(foreign)).toBe(before);
  });
});
