import { describe, expect, it } from 'vitest';
import { askApology } from '../../src/prompts/apology.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testSetting } from '../helpers/setting.js';

describe('phase 3, apology', () => {
  it('records the apology, yes by default, with an optional note', async () => {
    const ask = scriptedAsk([undefined, 'regrets pour le retard de livraison']);
    expect(await askApology(ask, {}, testSetting())).toEqual({
      apologised: true,
      apologyNote: 'regrets pour le retard de livraison',
      turnedAbusive: false,
    });
    expect(ask.said.join('\n')).toContain('3. Excuses');
  });

  it('is the way into the protocol when the customer turns abusive', async () => {
    const ask = scriptedAsk(['abusive']);
    expect(await askApology(ask, {}, testSetting())).toEqual({
      apologised: false,
      apologyNote: null,
      turnedAbusive: true,
    });
  });

  it('asks only the note when --apologised was given', async () => {
    const ask = scriptedAsk([undefined]);
    expect(await askApology(ask, { apologised: true }, testSetting())).toMatchObject({
      apologised: true,
      apologyNote: null,
    });
    expect(ask.asked.map((q) => q.message)).toEqual(['Note (facultatif) :']);
  });
});
