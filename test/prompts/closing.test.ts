import { describe, expect, it } from 'vitest';
import { callbackRules } from '../../src/domain/hours.js';
import { askClosing } from '../../src/prompts/closing.js';
import type { Complaint } from '../../src/domain/types.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testDraft } from '../helpers/draft.js';
import { customerMatch, testSetting } from '../helpers/setting.js';

const FIRST = { first: true, offerDetails: true, detailed: false };
const marie: Partial<Complaint> = { customerId: 4, customer: customerMatch(4, 'Marie', {}, '06 12 34 56 78').customer };

describe('phase 5, closing', () => {
  it('suggests a callback after the configured delay, says it back in full, and calls the number on file', async () => {
    const ask = scriptedAsk(['later', undefined]);
    const callback = callbackRules({ hours: null, time: null, delay: '3' });
    const draft = testDraft({ ...marie, category: 'billing' });
    const answers = await askClosing(ask, {}, testSetting({ callback }), draft, FIRST);
    // Monday 11:00, three open days ahead at callback.time.
    expect(ask.asked[1]).toMatchObject({
      message: 'Rappeler le client le (date et heure) :',
      default: '26/11/2026 10:00',
    });
    expect(ask.said).toContain('→ jeudi 26 novembre 2026 à 10:00');
    expect(ask.asked).toHaveLength(2);
    expect(answers).toEqual({
      kind: 'later',
      nextContactAt: new Date(2026, 10, 26, 10).toISOString(),
      callbackPhone: '06 12 34 56 78',
      callbackNote: null,
    });
    expect(draft.kept.patch).toMatchObject({ nextContactAt: answers.kind === 'later' && answers.nextContactAt });
  });

  it('asks the number only when none is known, and the note once the details were asked', async () => {
    const ask = scriptedAsk(['later', '+3j', '06 1', '06 12 34 56 78', 'apporter le bon de garantie']);
    const answers = await askClosing(ask, {}, testSetting(), testDraft(), { ...FIRST, detailed: true });
    expect(ask.asked.find((q) => q.refused)!.message).toBe('Au numéro (aucun n’est connu ; facultatif) :');
    expect(answers).toMatchObject({ callbackPhone: '06 12 34 56 78', callbackNote: 'apporter le bon de garantie' });
  });

  it('asks for confirmation of a callback when the shop is closed, and asks again when it is not kept', async () => {
    const ask = scriptedAsk(['later', 'dimanche 10h', undefined, 'mardi 10h']);
    const answers = await askClosing(ask, {}, testSetting(), testDraft(marie), FIRST);
    expect(ask.asked[2].message).toBe(
      'Le dimanche 29 novembre 2026 à 10:00, le magasin est fermé (heures d’ouverture : lun-sam 9:00-19:00). ' +
        'Garder ce rappel ?',
    );
    expect(answers).toMatchObject({ nextContactAt: new Date(2026, 10, 24, 10).toISOString() });
  });

  it('records the mark of a complaint settled on the spot, fully or in part', async () => {
    const ask = scriptedAsk(['now', undefined]);
    expect(await askClosing(ask, {}, testSetting(), testDraft(), FIRST)).toEqual({
      kind: 'solved',
      outcome: 'resolved',
      satisfaction: 4,
    });
    expect(ask.said.join('\n')).not.toContain('médiateur');
    expect(await askClosing(scriptedAsk(['partial', '3']), {}, testSetting(), testDraft(), FIRST)).toEqual({
      kind: 'solved',
      outcome: 'partial',
      satisfaction: 3,
    });
  });

  it('tells about writing to the shop when a consumer’s complaint is not settled; asks it of goods', async () => {
    const goods = scriptedAsk(['later', undefined, true, undefined]);
    const draft = testDraft({ ...marie, category: 'defective' });
    await askClosing(goods, {}, testSetting(), draft, FIRST);
    expect(goods.said.join('\n')).toContain('le médiateur de la consommation peut refuser un dossier');
    expect(draft.kept.patch.writtenAt).toBe('2026-11-23');

    const service = scriptedAsk(['later', undefined]);
    await askClosing(service, {}, testSetting(), testDraft({ ...marie, category: 'service' }), FIRST);
    expect(service.said.join('\n')).toContain('le médiateur de la consommation');
    expect(service.asked).toHaveLength(2);

    const business = scriptedAsk(['later', undefined]);
    await askClosing(
      business,
      {},
      testSetting(),
      testDraft({ ...marie, category: 'defective', business: true }),
      FIRST,
    );
    expect(business.said.join('\n')).not.toContain('médiateur');
    expect(business.asked).toHaveLength(2);
  });

  it('refuses a callback date it cannot read or already past; a day without a time gets callback.time', async () => {
    const ask = scriptedAsk(['later', 'jeudi ou vendredi', '9h', '+3j']);
    const answers = await askClosing(ask, {}, testSetting(), testDraft(marie), FIRST);
    const refused = ask.asked.filter((q) => q.refused).map((q) => q.refused);
    expect(refused[0]).toContain('Exemples : 25/11/2026 14:30, 26/11, demain 10h');
    expect(refused[1]).toContain('Cette date est déjà passée (lundi 23 novembre 2026 à 09:00)');
    expect(answers).toMatchObject({ kind: 'later', nextContactAt: new Date(2026, 10, 26, 10).toISOString() });
  });

  it('offers the details first, then the abusive-customer protocol, as choices of the same question', async () => {
    const ask = scriptedAsk(['details']);
    expect(await askClosing(ask, {}, testSetting(), testDraft(), FIRST)).toEqual({ kind: 'details' });
    expect(ask.asked[0].choices).toEqual(['now', 'partial', 'later', 'details', 'abusive']);
    const again = scriptedAsk(['abusive']);
    expect(
      await askClosing(again, {}, testSetting(), testDraft(), { first: false, offerDetails: false, detailed: true }),
    ).toEqual({ kind: 'abusive' });
    expect(again.asked[0].choices).toEqual(['now', 'partial', 'later', 'abusive']);
    expect(again.said).toEqual([]);
  });
});
