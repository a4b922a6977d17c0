import { describe, expect, it } from 'vitest';
import { askListen } from '../../src/prompts/listen.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testDraft } from '../helpers/draft.js';
import { testSetting } from '../helpers/setting.js';

describe('phase 1, listen', () => {
  it('starts with its title and the method’s hint, takes the counter and the configured operator unasked', async () => {
    const ask = scriptedAsk([undefined, 'Le colis est arrivé ouvert', undefined]);
    const draft = testDraft(null);
    await askListen(ask, {}, testSetting(), draft);
    expect(ask.said.join('\n')).toContain('1. Écoute');
    expect(ask.said.join('\n')).toContain('Laissez le client tout dire');
    expect(draft.kept.patch).toEqual({
      channel: 'counter',
      operator: 'Alice',
      account: 'Le colis est arrivé ouvert',
      mood: 'calm',
    });
    expect(ask.asked.map((q) => q.message)).toEqual([
      'Comment la réclamation arrive-t-elle ?',
      'Ce que dit le client, avec ses mots :',
      'Comment est le client ?',
    ]);
    // The account is kept as soon as it is typed, before the mood is asked.
    expect(draft.saves).toBe(2);
  });

  it('asks who records when nobody is configured, suggesting who recorded last', async () => {
    const ask = scriptedAsk(['phone', undefined, '', 'Facture fausse', 'angry']);
    const draft = testDraft(null);
    await askListen(
      ask,
      {},
      testSetting({ operatorConfigured: false, operator: 'boutique', lastOperator: 'Bruno' }),
      draft,
    );
    expect(ask.asked[1]).toMatchObject({ message: 'Qui l’enregistre ?', default: 'Bruno' });
    expect(ask.asked.find((q) => q.refused)).toMatchObject({ refused: 'Cette réponse est nécessaire.' });
    expect(draft.kept.patch).toMatchObject({
      channel: 'phone',
      operator: 'Bruno',
      account: 'Facture fausse',
      mood: 'angry',
    });
  });

  it('offers the team as one choice, the last who recorded first, and lets another name be typed', async () => {
    const team = ['Alice', 'Bruno', 'Chloé'];
    const ask = scriptedAsk([undefined, undefined, 'Colis abîmé', undefined]);
    const draft = testDraft(null);
    await askListen(ask, {}, testSetting({ team, lastOperator: 'chloe' }), draft);
    expect(ask.asked[1]).toMatchObject({ message: 'Qui l’enregistre ?', default: 'Chloé', choices: [...team, ''] });
    expect(draft.kept.patch.operator).toBe('Chloé');

    const other = scriptedAsk([undefined, '', 'Denis', 'Colis abîmé', undefined]);
    const second = testDraft(null);
    await askListen(other, {}, testSetting({ team }), second);
    expect(other.asked[1].names!.at(-1)).toBe('quelqu’un d’autre');
    expect(second.kept.patch.operator).toBe('Denis');
  });

  it('does not ask what was given as an option', async () => {
    const ask = scriptedAsk([]);
    const draft = testDraft(null);
    await askListen(
      ask,
      { channel: 'web', operator: 'Chloé', account: 'Commande perdue', mood: 'upset' },
      testSetting({ team: ['Alice', 'Bruno'] }),
      draft,
    );
    expect(ask.asked).toEqual([]);
    expect(draft.kept.patch).toMatchObject({ channel: 'web', operator: 'Chloé' });
  });

  it('asks a draft cut short in phase 1 its mood only', async () => {
    const ask = scriptedAsk(['upset']);
    const draft = testDraft({ mood: null });
    await askListen(ask, {}, testSetting(), draft);
    expect(ask.asked.map((q) => q.message)).toEqual(['Comment est le client ?']);
    expect(draft.kept.patch).toEqual({ mood: 'upset' });
  });

  it('warns when the account judges the customer rather than stating facts, and lets it be rewritten', async () => {
    const ask = scriptedAsk([
      undefined,
      'Client hystérique, il hurle',
      'rewrite',
      'Le client parle fort et demande un remboursement',
      undefined,
    ]);
    const draft = testDraft(null);
    await askListen(ask, {}, testSetting(), draft);
    expect(ask.said.join('\n')).toContain('le client peut lire ce qui est écrit sur lui');
    expect(draft.kept.patch.account).toBe('Le client parle fort et demande un remboursement');
  });
});
