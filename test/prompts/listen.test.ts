import { describe, expect, it } from 'vitest';
import { askListen } from '../../src/prompts/listen.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testSetting } from '../helpers/setting.js';

describe('phase 1, listen', () => {
  it('starts with its title and the method’s hint, and offers the counter and the configured operator by default', async () => {
    const ask = scriptedAsk([undefined, undefined, 'Le colis est arrivé ouvert', undefined]);
    const answers = await askListen(ask, {}, testSetting());
    expect(ask.said.join('\n')).toContain('1. Écoute');
    expect(ask.said.join('\n')).toContain('Laissez le client tout dire');
    expect(answers).toEqual({
      channel: 'counter',
      operator: 'Alice',
      account: 'Le colis est arrivé ouvert',
      mood: 'calm',
    });
    expect(ask.asked[1]).toMatchObject({ message: 'Qui l’enregistre ?', default: 'Alice' });
  });

  it('requires the customer’s account', async () => {
    const ask = scriptedAsk(['phone', 'Bruno', '', 'Facture fausse', 'angry']);
    const answers = await askListen(ask, {}, testSetting());
    expect(ask.asked.find((q) => q.refused)).toMatchObject({ refused: 'Cette réponse est nécessaire.' });
    expect(answers).toMatchObject({ channel: 'phone', operator: 'Bruno', account: 'Facture fausse', mood: 'angry' });
  });

  it('does not ask what was given as an option', async () => {
    const ask = scriptedAsk([]);
    const answers = await askListen(
      ask,
      { channel: 'web', operator: 'Chloé', account: 'Commande perdue', mood: 'upset' },
      testSetting(),
    );
    expect(ask.asked).toEqual([]);
    expect(answers.channel).toBe('web');
  });

  it('warns when the account uses words about the customer rather than facts, and lets the operator rewrite it', async () => {
    const ask = scriptedAsk([
      undefined,
      undefined,
      'Client hystérique, il hurle',
      'rewrite',
      'Le client parle fort et demande un remboursement',
      undefined,
    ]);
    const answers = await askListen(ask, {}, testSetting());
    expect(ask.said.join('\n')).toContain('le client peut lire ce qui est écrit sur lui');
    expect(answers.account).toBe('Le client parle fort et demande un remboursement');
  });
});
