import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jpegBytes } from '../helpers/attachments.js';
import { tempDir } from '../helpers/cli.js';
import { askDetails } from '../../src/prompts/details.js';
import type { Complaint } from '../../src/domain/types.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testDraft } from '../helpers/draft.js';
import { customerMatch, testSetting } from '../helpers/setting.js';

const onFile: Partial<Complaint> = {
  customerId: 4,
  customer: customerMatch(4, 'Marie Dupont', {}, '06 12 34 56 78').customer,
  category: 'billing',
  request: 'refund',
  solution: 'Nous remboursons la facture en double',
  solutionType: 'refund',
};

describe('the details, one choice away', () => {
  it('asks every optional answer in the order of the phases, and keeps each as it is given', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'photo du défaut.jpg'), jpegBytes('Photo'));
    const ask = scriptedAsk([
      true, // business
      'Dupont SARL',
      undefined, // phone: the one on file
      'marie@', // refused
      'marie@example.fr',
      'F-118',
      'Facture',
      '10/11/2026', // purchase date: not asked in phase 2 for a bill
      undefined, // second-hand: no
      'Deux prélèvements le 3 novembre',
      join(dir, 'absente.jpg'), // refused: no file there
      `'${join(dir, 'photo du défaut.jpg')}'`, // dropped on the terminal: between quotes
      undefined, // no other file
      'regrets pour le double prélèvement',
      undefined, // kind of solution: refund, from the request
      'colleague',
      'Bruno',
      '12,50',
    ]);
    const draft = testDraft(onFile);
    await askDetails(ask, {}, testSetting(), draft);
    expect(ask.asked.filter((q) => !q.refused).map((q) => q.message)).toEqual([
      'Est-ce un client professionnel ?',
      'Entreprise :',
      'Téléphone (facultatif) :',
      'E-mail (facultatif) :',
      'N° de commande ou de facture (facultatif) :',
      'Produit ou service concerné (facultatif) :',
      'Date d’achat ou de livraison (facultatif) :',
      'Le bien était-il d’occasion ?',
      'Faits constatés (facultatif) :',
      'Joindre une photo ou un ticket ? (chemin, Entrée pour passer)',
      'Joindre une photo ou un ticket ? (chemin, Entrée pour passer)',
      'Note sur les excuses (facultatif) :',
      'Type de solution :',
      'Qui s’en charge ?',
      'Nom du collègue :',
      'Coût pour le magasin en euros (facultatif) :',
    ]);
    expect(ask.asked[2]).toMatchObject({ default: '06 12 34 56 78' });
    expect(ask.asked.find((q) => q.message === 'Type de solution :')).toMatchObject({ default: 'refund' });
    expect(draft.kept).toEqual({
      patch: {
        business: true,
        orderRef: 'F-118',
        product: 'Facture',
        purchaseDate: '2026-11-10',
        secondHand: false,
        facts: 'Deux prélèvements le 3 novembre',
        apologyNote: 'regrets pour le double prélèvement',
        solutionType: 'refund',
        assignee: 'Bruno',
        costCents: 1250,
      },
      customerPatch: { company: 'Dupont SARL', email: 'marie@example.fr' },
    });
    expect(draft.saves).toBe(12);
    expect(ask.asked.filter((q) => q.refused).at(-1)?.refused).toContain('absente.jpg » : aucun fichier à cet endroit');
    expect(
      draft.attached.map((file) => [file.name, file.type, Buffer.from(file.bytes).equals(jpegBytes('Photo'))]),
    ).toEqual([['photo du défaut.jpg', 'image/jpeg', true]]);
  });

  it('offers what is on file as the answer Enter keeps, and changes nothing then', async () => {
    const draft = testDraft({
      ...onFile,
      orderRef: 'F-118',
      purchaseDate: '2026-11-10',
      facts: 'Ligne 1\nligne 2',
      costCents: 1250,
    });
    const ask = scriptedAsk(Array(12).fill(undefined));
    await askDetails(ask, {}, testSetting(), draft);
    expect(ask.asked.find((q) => q.message.startsWith('N° de commande'))).toMatchObject({ default: 'F-118' });
    expect(ask.asked.find((q) => q.message.startsWith('Coût'))).toMatchObject({ default: '12,50\u00a0€' });
    // A text of several lines is not offered (it would come back as one), and Enter keeps it.
    expect(ask.asked.find((q) => q.message.startsWith('Faits'))!.default).toBeUndefined();
    expect(ask.asked.map((q) => q.message)).not.toContain('Date d’achat ou de livraison (facultatif) :');
    expect(draft.kept).toEqual({ patch: { business: false, solutionType: 'refund', assignee: null } });
  });

  it('does not ask what was given as options', async () => {
    const ask = scriptedAsk([undefined, undefined, undefined]);
    await askDetails(
      ask,
      {
        business: false,
        phone: '0611111111',
        email: 'a@b.fr',
        orderRef: 'X',
        product: 'Y',
        apologyNote: 'Z',
        solutionType: 'refund',
        assignee: 'Bruno',
        costCents: 0,
      },
      testSetting(),
      testDraft({ ...onFile, purchaseDate: '2026-11-10' }),
    );
    expect(ask.asked.map((q) => q.message)).toEqual([
      'Faits constatés (facultatif) :',
      'Joindre une photo ou un ticket ? (chemin, Entrée pour passer)',
    ]);
  });
});
