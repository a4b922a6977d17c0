import { describe, expect, it } from 'vitest';
import { askFacts } from '../../src/prompts/facts.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testDraft } from '../helpers/draft.js';
import { customerMatch, testSetting } from '../helpers/setting.js';

describe('phase 2, who and what', () => {
  it('takes a new customer’s name and phone from one line, then the category and the request', async () => {
    const ask = scriptedAsk(['Marie Dupont 06 12', 'Marie Dupont 06 12 34 56 78', 'late_delivery', 'refund']);
    const draft = testDraft();
    await askFacts(ask, {}, testSetting(), draft);
    expect(ask.asked.map((q) => q.message)).toEqual([
      'Client : nom, téléphone ou n° de commande',
      'Client : nom, téléphone ou n° de commande',
      'Catégorie :',
      'Que demande le client ?',
    ]);
    expect(ask.asked[0].refused).toContain('Numéro non reconnu : 10 chiffres');
    expect(draft.kept.customer).toEqual({ name: 'Marie Dupont', phone: '06 12 34 56 78', email: null, company: null });
    // A late delivery is not goods: no purchase date, no second-hand question.
    expect(draft.kept.patch).toEqual({ category: 'late_delivery', request: 'refund' });
    // Each answer kept as it is given: the customer, the category, the request.
    expect(draft.saves).toBe(3);
  });

  it('asks goods their purchase date, second-hand once a date is given, and shows the legal warranty', async () => {
    const ask = scriptedAsk(['Paul Martin', 'defective', 'repair', '31/02/2026', '10/11/2026', undefined]);
    const draft = testDraft();
    await askFacts(ask, {}, testSetting(), draft);
    expect(draft.kept.patch).toMatchObject({ category: 'defective', purchaseDate: '2026-11-10', secondHand: false });
    expect(ask.asked.find((q) => q.refused)!.refused).toContain('Date non reconnue. Exemples : 25/11/2026');
    const said = ask.said.join('\n');
    expect(said).toContain('→ mardi 10 novembre 2026');
    expect(said).toContain('couvert jusqu’au 10 nov. 2028');

    const future = scriptedAsk(['Paul Martin', 'defective', 'repair', 'demain', '']);
    await askFacts(future, {}, testSetting(), testDraft());
    expect(future.asked.find((q) => q.refused)!.refused).toBe(
      'Cette date n’est pas encore arrivée (mardi 24 novembre 2026). ' +
        'Donnez une date passée, par exemple hier ou 12/11.',
    );

    const skipped = scriptedAsk(['Paul Martin', 'installation', 'repair', undefined]);
    await askFacts(skipped, {}, testSetting(), testDraft());
    expect(skipped.asked.map((q) => q.message).at(-1)).toBe('Date d’achat ou de livraison (facultatif) :');
  });

  it('offers the customers found, Enter taking the one with the phone typed; updates none that match', async () => {
    const found = [
      customerMatch(9, 'Marie Dupond'),
      customerMatch(
        4,
        'Marie Dupont',
        { complaints: 2, lastReceivedAt: '2026-10-12T09:00:00.000Z', pending: 1 },
        '06 11 11 11 11',
      ),
    ];
    const ask = scriptedAsk(['dupont 0611111111', undefined, 'billing', 'refund']);
    const draft = testDraft();
    await askFacts(ask, {}, testSetting({}, found), draft);
    const pick = ask.asked.find((q) => q.message === 'Lequel ?')!;
    expect(pick).toMatchObject({ choices: ['9', '4', 'new'], default: '4' });
    expect(pick.names).toEqual([
      'Marie Dupond',
      'Marie Dupont · 06 11 11 11 11 · 2 réclamations · dernière le 12 oct. 2026 · une est encore en cours',
      'nouveau client : dupont',
    ]);
    expect(ask.said).toContain('2 clients correspondent :');
    expect(draft.kept.customer).toEqual({ id: 4 });
    expect(draft.kept.customerPatch).toBeUndefined();
  });

  it('updates the phone of the customer picked when another one is typed', async () => {
    const found = [customerMatch(4, 'Marie Dupont', {}, '0611111111')];
    const draft = testDraft();
    await askFacts(
      scriptedAsk(['Marie Dupont 06 22 22 22 22', '4', 'other', 'other']),
      {},
      testSetting({}, found),
      draft,
    );
    expect(draft.kept).toMatchObject({ customer: { id: 4 }, customerPatch: { phone: '06 22 22 22 22' } });
  });

  it('takes an order number found nowhere as the order, and then asks the name', async () => {
    const ask = scriptedAsk(['F-2026-118', 'Jeanne Roux', 'other', 'other']);
    const draft = testDraft();
    await askFacts(ask, {}, testSetting(), draft);
    expect(ask.asked[1].message).toBe('Nom du client :');
    expect(draft.kept).toMatchObject({ customer: { name: 'Jeanne Roux' }, patch: { orderRef: 'F-2026-118' } });
  });

  it('asks a draft cut short in phase 2 only what it does not have', async () => {
    const ask = scriptedAsk(['exchange']);
    const draft = testDraft({ customerId: 4, category: 'billing' });
    await askFacts(ask, {}, testSetting(), draft);
    expect(ask.asked.map((q) => q.message)).toEqual(['Que demande le client ?']);
  });

  it('offers the categories added by the shop after the built-in ones', async () => {
    const ask = scriptedAsk(['Paul', 'retour_colis', 'other']);
    await askFacts(ask, {}, testSetting({ categories: ['retour_colis'] }), testDraft());
    expect(ask.asked.find((q) => q.message === 'Catégorie :')!.choices).toEqual([
      'defective',
      'late_delivery',
      'installation',
      'billing',
      'service',
      'other',
      'retour_colis',
    ]);
  });

  it('shows no consumer warranty to a business customer', async () => {
    const ask = scriptedAsk(['Garage Martin', 'defective', 'repair', '01/10/2026', undefined]);
    await askFacts(ask, { business: true }, testSetting(), testDraft());
    expect(ask.said.join('\n')).not.toContain('Garantie légale');
  });
});
