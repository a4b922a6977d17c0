import { describe, expect, it } from 'vitest';
import { runEscalation } from '../../src/prompts/abusive.js';
import { scriptedAsk } from '../helpers/ask.js';

function recorder() {
  const steps: { step: string; to?: string }[] = [];
  return { steps, record: async (step: string, to?: string) => void steps.push(to ? { step, to } : { step }) };
}

describe('the abusive-customer protocol', () => {
  it('offers the steps in the method’s order and records each one taken, with the colleague’s name', async () => {
    const { steps, record } = recorder();
    const ask = scriptedAsk(['done', 'done', 'done', 'Bruno', 'next', 'next']);
    expect(await runEscalation(ask, record)).toEqual({ ended: false });
    expect(steps).toEqual([{ step: 'personalise' }, { step: 'limits' }, { step: 'transfer', to: 'Bruno' }]);
    expect(ask.asked.filter((q) => q.choices).map((q) => q.message)).toEqual([
      'Personnaliser l’échange ?',
      'Dire ce que vous voulez faire, et vos limites ?',
      'Passer la main à un collègue ou au responsable ?',
      'Mettre fin à l’échange, en invitant le client à revenir plus tard ?',
      'Menaces : appeler la sécurité ou la police ?',
    ]);
    expect(ask.said.join('\n')).toContain('Personnaliser l’échange — appelez-le par son nom');
  });

  it('stops as soon as the customer calms down', async () => {
    const { steps, record } = recorder();
    expect(await runEscalation(scriptedAsk(['done', 'calm']), record)).toEqual({ ended: false });
    expect(steps).toEqual([{ step: 'personalise' }]);
  });

  it('ends the exchange, and still offers security afterwards', async () => {
    const { steps, record } = recorder();
    const ask = scriptedAsk(['next', 'next', 'next', 'done', 'done']);
    expect(await runEscalation(ask, record)).toEqual({ ended: true });
    expect(steps).toEqual([{ step: 'end_call' }, { step: 'security' }]);
    expect(ask.asked.at(-1)!.choices).toEqual(['done', 'next']);
  });
});
