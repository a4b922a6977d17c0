import { describe, expect, it } from 'vitest';
import { askFacts } from '../../src/prompts/facts.js';
import { scriptedAsk } from '../helpers/ask.js';
import { customerMatch, testSetting } from '../helpers/setting.js';

describe('phase 2, facts', () => {
  it('creates a new customer from the name typed in the search, checks phone and e-mail, and shows the legal warranty', async () => {
    const ask = scriptedAsk([
      'Marie Dupont', // search: nobody on file
      undefined, // name: the search text
      undefined, // business? no
      '12', // phone refused
      '06 12 34 56 78',
      'marie@', // e-mail refused
      'marie@example.fr',
      'F-118',
      '31/02/2026', // refused
      '10/11/2026',
      'Lave-linge',
      'defective',
      'repair',
      undefined, // second-hand? no
      true, // written? yes
      undefined, // written on: today
      '', // facts
    ]);
    const answers = await askFacts(ask, {}, testSetting());
    expect(answers).toEqual({
      customer: { name: 'Marie Dupont', phone: '06 12 34 56 78', email: 'marie@example.fr', company: null },
      orderRef: 'F-118',
      purchaseDate: '2026-11-10',
      product: 'Lave-linge',
      category: 'defective',
      request: 'repair',
      business: false,
      secondHand: false,
      writtenAt: '2026-11-23',
      facts: null,
    });
    const refused = ask.asked.filter((q) => q.refused).map((q) => q.refused);
    expect(refused).toEqual([
      expect.stringContaining('Numéro non reconnu'),
      expect.stringContaining('Adresse non reconnue'),
      expect.stringContaining('Date non reconnue. Exemples : 25/11/2026'),
    ]);
    const said = ask.said.join('\n');
    expect(said).toContain('le médiateur de la consommation peut refuser un dossier');
    expect(said).toContain('couvert jusqu’au 10 nov. 2028');
  });

  it('lists the customers found with their history, links the one picked and updates a changed phone', async () => {
    const found = [
      customerMatch(
        4,
        'Marie Dupont',
        { complaints: 2, lastReceivedAt: '2026-10-12T09:00:00.000Z', pending: 1 },
        '0611111111',
      ),
      customerMatch(9, 'Marie Dupond'),
    ];
    const ask = scriptedAsk([
      'dupon',
      '4',
      undefined,
      '06 22 22 22 22',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const answers = await askFacts(ask, {}, testSetting({}, found));
    const pick = ask.asked.find((q) => q.message === 'Lequel ?')!;
    expect(pick.choices).toEqual(['4', '9', 'new']);
    expect(ask.said).toContain('2 clients correspondent :');
    expect(answers.customer).toEqual({ id: 4 });
    expect(answers.customerPatch).toEqual({ phone: '06 22 22 22 22' });
  });

  it('describes a customer already on file: how many complaints, the last one, whether one is pending', async () => {
    const found = [
      customerMatch(4, 'Marie Dupont', { complaints: 2, lastReceivedAt: '2026-10-12T09:00:00.000Z', pending: 1 }),
    ];
    const ask = scriptedAsk(['Dupont', 'new', 'Marie Dupont', ...Array(11).fill(undefined)]);
    await askFacts(ask, {}, testSetting({}, found));
    const { names } = ask.asked.find((q) => q.message === 'Lequel ?')!;
    expect(names).toEqual([
      'Marie Dupont · 2 réclamations · dernière le 12 oct. 2026 · une est encore en cours',
      'un autre client (nouveau)',
    ]);
  });

  it('asks for the company of a business customer and shows no consumer warranty', async () => {
    const ask = scriptedAsk([
      'Garage Martin',
      undefined,
      true,
      undefined,
      undefined,
      'Garage Martin SARL',
      undefined,
      '01/10/2026',
      ...Array(6).fill(undefined),
    ]);
    const answers = await askFacts(ask, {}, testSetting());
    expect(answers.business).toBe(true);
    expect(answers.customer).toMatchObject({ company: 'Garage Martin SARL' });
    expect(ask.said.join('\n')).not.toContain('Garantie légale');
  });

  it('offers the categories added by the shop after the built-in ones', async () => {
    const ask = scriptedAsk(['Paul', ...Array(13).fill(undefined)]);
    await askFacts(ask, {}, testSetting({ categories: ['retour_colis'] }));
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
});
