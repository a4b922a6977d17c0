import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { inTerminal, KEY, promptsAnswered, SETTLED_ON_THE_SPOT, type Step } from '../helpers/pty.js';

// The wizard as a shopkeeper uses it: the built binary in a real pseudo-terminal. The short
// paths are counted in questions answered on screen (Enter included): at most 10 for a calm
// counter complaint, settled on the spot or called back (README, "The short path").

const { enter, ctrlC } = KEY;
const erase = '\x7f'.repeat(16);

function logbookWithOperator(): string {
  const db = tempLogbook();
  expect(plainte(['config', 'set', 'operator', 'Alice'], { db }).status).toBe(0);
  return db;
}

const show = (db: string, id = 1) => JSON.parse(plainte(['show', String(id), '--json'], { db }).stdout);

/** Phases 1 to 4 of a calm counter complaint, the suggested answers taken: 8 questions. */
function shortPhases(category: string, solution: string): Step[] {
  return [
    { expect: 'Comment la réclamation arrive-t-elle', send: enter },
    { expect: 'avec ses mots', send: `Le grille-pain ne chauffe plus${enter}` },
    { expect: 'Comment est le client', send: enter },
    { expect: 'nom, téléphone ou n° de commande', send: `Marie Dupont 06 12 34 56 78${enter}` },
    { expect: 'Catégorie', send: `${category}${enter}` },
    { expect: 'Que demande le client', send: `2${enter}` },
    ...(category === '1' ? [{ expect: 'achat ou de livraison', send: enter }] : []),
    { expect: 'présenté des excuses', send: enter },
    { expect: 'Ce qui sera fait', send: `${solution}${enter}` },
  ];
}

describe('the short path at the counter', () => {
  it('records a complaint settled on the spot in 10 questions', () => {
    const db = logbookWithOperator();
    const run = inTerminal(
      ['new'],
      [...shortPhases('5', 'Nous échangeons le grille-pain maintenant'), ...SETTLED_ON_THE_SPOT],
      { db, columns: 80 },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    expect(promptsAnswered(run.output)).toBe(10);
    expect(run.output).not.toContain('médiateur');
    // The phases' hints wrap at the terminal's width; the bare number is for scripts only.
    // (The prompts' own lines are redrawn at each key: the stream holds every version of them.)
    const said = run.output.split('\n').filter((line) => !/[?✔]/.test(line));
    for (const line of said) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(run.output).toContain('Laissez le client tout dire sans l’interrompre : sa colère vise la situation,\npas');
    expect(run.output).toContain('Réclamation n° 1 enregistrée');
    expect(run.output).not.toMatch(/^\d+$/m);
    expect(show(db)).toMatchObject({
      status: 'closed',
      operator: 'Alice',
      channel: 'counter',
      mood: 'calm',
      category: 'service',
      request: 'exchange',
      solutionType: 'exchange',
      apologised: true,
      outcome: 'resolved',
      satisfaction: 4,
      customer: { name: 'Marie Dupont', phone: '06 12 34 56 78' },
    });
  });

  it('records a complaint called back in 10 questions, saying the callback in full and who makes it', () => {
    const db = logbookWithOperator();
    const run = inTerminal(
      ['new'],
      [
        ...shortPhases('2', 'Nous relançons le transporteur aujourd’hui'),
        { expect: 'réglée maintenant', send: enter },
        { expect: 'Rappeler le client le', send: enter },
        { expect: '→ mercredi 25 novembre 2026 à 10:00' },
        { expect: 'Alice vous rappelle le mercredi 25 novembre 2026 à 10:00 au 06 12 34 56 78.' },
        // Saved; the customer leaves without a solution: a printed acknowledgement is offered.
        { expect: 'Imprimer un accusé de réception', send: enter },
      ],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    // 10 questions record it; the offer of the acknowledgement follows.
    expect(promptsAnswered(run.output)).toBe(11);
    // A late delivery is not goods: no purchase date, no second-hand, no written-complaint question.
    expect(run.output).not.toMatch(/achat ou de livraison|d’occasion|par écrit \?/);
    expect(show(db)).toMatchObject({
      status: 'awaiting_callback',
      category: 'late_delivery',
      nextContactAt: '2026-11-25T09:00:00.000Z',
      callbackPhone: '06 12 34 56 78',
    });
  });

  it('asks goods their purchase date: 11 questions settled on the spot, 12 called back (then the offer)', () => {
    const db = logbookWithOperator();
    const solved = inTerminal(
      ['new'],
      [...shortPhases('1', 'Nous échangeons le grille-pain maintenant'), ...SETTLED_ON_THE_SPOT],
      { db },
    );
    expect(solved.failed, solved.output).toBeNull();
    expect(promptsAnswered(solved.output)).toBe(11);
    expect(solved.output).not.toContain('réclamé par écrit');

    // Another logbook: Marie Dupont on file would add the choice of the customer found.
    const other = logbookWithOperator();
    const later = inTerminal(
      ['new'],
      [
        ...shortPhases('1', 'Nous réparons le grille-pain sous huit jours'),
        { expect: 'réglée maintenant', send: enter },
        { expect: 'Rappeler le client le', send: enter },
        { expect: 'le médiateur de la consommation peut refuser un dossier' },
        { expect: 'réclamé par écrit', send: enter },
        { expect: 'Alice vous rappelle le' },
        { expect: 'Imprimer un accusé de réception', send: enter },
      ],
      { db: other },
    );
    expect(later.failed, later.output).toBeNull();
    expect(promptsAnswered(later.output)).toBe(13);
    expect(show(other)).toMatchObject({ status: 'awaiting_callback', category: 'defective', writtenAt: null });
  });
});

describe('the whole method, one keystroke away', () => {
  it('takes every detail, corrects mistakes on the way, and reads the agreed measures back', () => {
    const db = tempLogbook();
    plainte(['config', 'set', 'mediator.name', 'Médiateur du commerce'], { db });
    plainte(['config', 'set', 'mediator.url', 'https://mediateur.example'], { db });
    const run = inTerminal(
      ['new'],
      [
        { expect: 'Comment la réclamation arrive-t-elle', send: enter },
        { expect: 'Qui l’enregistre', send: `Alice${enter}` },
        { expect: 'avec ses mots', send: enter },
        { expect: 'Cette réponse est nécessaire', send: `Le lave-linge fuit depuis la livraison${enter}` },
        { expect: 'Comment est le client', send: `2${enter}` },
        { expect: '2. Prise en charge' },
        { expect: 'nom, téléphone ou n° de commande', send: `Marie Dupont 06 12${enter}` },
        { expect: 'Numéro non reconnu', send: ` 34 56 78${enter}` },
        { expect: 'Catégorie', send: enter },
        { expect: 'Que demande le client', send: `3${enter}` },
        { expect: 'achat ou de livraison', send: `31/02/2026${enter}` },
        { expect: 'Date non reconnue', send: `${erase}10/11/2026${enter}` },
        { expect: '→ mardi 10 novembre 2026' },
        { expect: 'd’occasion', send: enter },
        { expect: 'Garantie légale de conformité' },
        { expect: '3. Excuses' },
        { expect: 'présenté des excuses', send: enter },
        { expect: '4. Solution' },
        { expect: 'Ce qui sera fait', send: `Malheureusement ce n'est pas possible${enter}` },
        { expect: 'Conseil', send: enter },
        { expect: 'Ce qui sera fait', send: `${erase}${erase}${erase}Nous réparons le lave-linge jeudi${enter}` },
        { expect: '5. Clôture et suivi' },
        { expect: 'réglée maintenant', send: `4${enter}` },
        { expect: 'Détails' },
        { expect: 'client professionnel', send: enter },
        { expect: 'Téléphone', send: enter },
        { expect: 'E-mail', send: enter },
        { expect: 'N° de commande', send: `F-2026-118${enter}` },
        { expect: 'Produit ou service', send: `Lave-linge X200${enter}` },
        { expect: 'Faits constatés', send: enter },
        { expect: 'Joindre une photo ou un ticket', send: enter },
        { expect: 'Note sur les excuses', send: enter },
        { expect: 'Type de solution', send: enter },
        { expect: 'Qui s’en charge', send: enter },
        { expect: 'Coût', send: `12,50${enter}` },
        { expect: 'réglée maintenant', send: `3${enter}` },
        { expect: 'Rappeler le client le', send: `${erase}26/11/2026 14:30${enter}` },
        { expect: '→ jeudi 26 novembre 2026 à 14:30' },
        { expect: 'réclamé par écrit', send: enter },
        { expect: 'Note pour le rappel', send: enter },
        { expect: 'À relire au client' },
        { expect: 'Médiateur du commerce (https://mediateur.example)' },
        { expect: 'Imprimer un accusé de réception', send: enter },
      ],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(0);
    expect(run.output).toContain('Alice vous rappelle le jeudi 26 novembre 2026 à 14:30 au 06 12 34 56 78.');

    const shown = show(db);
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
      callbackPhone: '06 12 34 56 78',
      customer: { name: 'Marie Dupont', phone: '06 12 34 56 78' },
    });
    expect(shown.events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'phase',
      'phase',
      'phase',
      'completed',
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

  it('ends at once with Ctrl-C at the first question, having written nothing', () => {
    const db = logbookWithOperator();
    const run = inTerminal(
      ['new'],
      [{ expect: 'Comment la réclamation arrive-t-elle', send: ctrlC }, { expect: 'rien n’a été enregistré' }],
      { db },
    );
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(130);
    expect(plainte(['list', '--json'], { db }).stdout).toBe('[]\n');
  });
});
