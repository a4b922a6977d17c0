import { describe, expect, it } from 'vitest';
import { callbackRules } from '../../src/domain/hours.js';
import { askClosing } from '../../src/prompts/closing.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testSetting } from '../helpers/setting.js';

describe('phase 5, closing', () => {
  it('suggests a callback after the configured delay, on the customer’s number', async () => {
    const ask = scriptedAsk([undefined, '25/11/2026 14:30', undefined, 'apporter le bon de garantie']);
    const callback = callbackRules({ hours: null, time: null, delay: '3' });
    const answers = await askClosing(ask, {}, testSetting({ callback }), '06 12 34 56 78', null);
    // Monday 11:00, three open days ahead at callback.time.
    expect(ask.asked[1]).toMatchObject({
      message: 'Rappeler le client le (date et heure) :',
      default: '26/11/2026 10:00',
    });
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
    const ask = scriptedAsk(['later', 'jeudi ou vendredi', '+3j', undefined, undefined]);
    const answers = await askClosing(ask, {}, testSetting(), '0612345678', null);
    expect(ask.asked.find((q) => q.refused)!.refused).toContain('Exemples : 25/11/2026 14:30, 26/11, demain 10h');
    // A day without a time gets callback.time (10:00).
    expect(answers).toMatchObject({ kind: 'later', nextContactAt: new Date(2026, 10, 26, 10).toISOString() });
  });

  it('refuses a callback already past, and reads the day as people say it', async () => {
    const ask = scriptedAsk(['later', '9h', 'demain matin', undefined, undefined]);
    const answers = await askClosing(ask, {}, testSetting(), '0612345678', null);
    expect(ask.asked.find((q) => q.refused)!.refused).toContain(
      'Cette date est déjà passée (lundi 23 novembre 2026 à 09:00)',
    );
    expect(answers).toMatchObject({ kind: 'later', nextContactAt: new Date(2026, 10, 24, 10).toISOString() });
  });

  it('offers the abusive-customer protocol', async () => {
    expect(await askClosing(scriptedAsk(['abusive']), {}, testSetting(), null, null)).toEqual({ kind: 'abusive' });
  });
});
