import { describe, expect, it } from 'vitest';
import { askClosing } from '../../src/prompts/closing.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testSetting } from '../helpers/setting.js';

describe('phase 5, closing', () => {
  it('suggests a callback after the configured delay, on the customer’s number', async () => {
    const ask = scriptedAsk([undefined, '25/11/2026 14:30', undefined, 'apporter le bon de garantie']);
    const answers = await askClosing(ask, {}, testSetting({ callbackDelayDays: 3 }), '06 12 34 56 78', null);
    expect(ask.asked[1]).toMatchObject({ message: 'Rappeler le client le (date et heure) :', default: '26/11/2026' });
    expect(ask.asked[2]).toMatchObject({ message: 'Au numéro :', default: '06 12 34 56 78' });
    expect(answers).toEqual({
      kind: 'later',
      nextContactAt: new Date(2026, 10, 25, 14, 30).toISOString(),
      callbackPhone: '06 12 34 56 78',
      callbackNote: 'apporter le bon de garantie',
    });
  });

  it('records the outcome and the satisfaction of a complaint solved on the spot', async () => {
    const ask = scriptedAsk(['now', 'partial', '3']);
    expect(await askClosing(ask, {}, testSetting(), null, null)).toEqual({
      kind: 'solved',
      outcome: 'partial',
      satisfaction: 3,
    });
  });

  it('refuses a callback date it cannot read, saying what is expected', async () => {
    const ask = scriptedAsk(['later', 'jeudi prochain', '+3j', undefined, undefined]);
    const answers = await askClosing(ask, {}, testSetting(), '0612345678', null);
    expect(ask.asked.find((q) => q.refused)!.refused).toContain('Exemples : 25/11/2026, 25/11/2026 14:30');
    expect(answers).toMatchObject({ kind: 'later', nextContactAt: new Date(2026, 10, 26).toISOString() });
  });

  it('offers the abusive-customer protocol', async () => {
    expect(await askClosing(scriptedAsk(['abusive']), {}, testSetting(), null, null)).toEqual({ kind: 'abusive' });
  });
});
