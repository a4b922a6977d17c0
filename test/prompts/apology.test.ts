import { describe, expect, it } from 'vitest';
import { askApology } from '../../src/prompts/apology.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testDraft } from '../helpers/draft.js';

describe('phase 3, apology', () => {
  it('records the apology, yes by default, in one question', async () => {
    const ask = scriptedAsk([undefined]);
    const draft = testDraft();
    expect(await askApology(ask, {}, draft)).toBe('done');
    expect(draft.kept.patch).toEqual({ apologised: true });
    expect(ask.said.join('\n')).toContain('3. Excuses');
    expect(ask.asked).toHaveLength(1);
  });

  it('is the way into the protocol when the customer turns abusive, and keeps nothing then', async () => {
    const draft = testDraft();
    expect(await askApology(scriptedAsk(['abusive']), {}, draft)).toBe('abusive');
    expect(draft.saves).toBe(0);
  });

  it('asks nothing when --apologised was given, and keeps the note given', async () => {
    const ask = scriptedAsk([]);
    const draft = testDraft();
    await askApology(ask, { apologised: true, apologyNote: 'regrets pour le retard' }, draft);
    expect(draft.kept.patch).toEqual({ apologised: true, apologyNote: 'regrets pour le retard' });
  });
});
