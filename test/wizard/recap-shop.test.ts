import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { scriptedAsk } from '../helpers/ask.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';
import { setLang } from '../../src/i18n/index.js';
import { recapLines } from '../../src/wizard/recap.js';

// `shop.name` is used in what is said to the customer (its setting says so): the recap names
// the shop of the colleague who will call back.

const GIVEN = [
  ...['--customer', 'Marie Dupont', '--phone', '06 12 34 56 78', '--description', 'La perceuse chauffe'],
  ...['--solution', 'Nous la remplaçons', '--operator', 'Bruno', '--callback', '26/11/2026 14:30'],
];

describe('the recap with the shop’s name', () => {
  it('says who calls back for the shop, by its name, when shop.name is set', async () => {
    const db = tempLogbook();
    await runIn(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db });
    const ask = scriptedAsk(Array<undefined>(60).fill(undefined));
    const run = await runIn(['new', ...GIVEN], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.said).toContain(
      '  • Bruno, pour Quincaillerie Martin, vous rappelle le jeudi 26 novembre 2026 à 14:30 au 06 12 34 56 78.',
    );

    const english = scriptedAsk(Array<undefined>(60).fill(undefined));
    await runIn(['--lang', 'en', 'new', ...GIVEN], { db, ask: english });
    expect(english.said.join('\n')).toContain(
      '  • Bruno from Quincaillerie Martin will call you back on Thursday 26 November 2026 at 14:30 at 06 12 34 56 78.',
    );
  });

  it('names the colleague alone without a shop name', async () => {
    const db = tempLogbook();
    const ask = scriptedAsk(Array<undefined>(60).fill(undefined));
    const run = await runIn(['new', ...GIVEN], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.said).toContain('  • Bruno vous rappelle le jeudi 26 novembre 2026 à 14:30 au 06 12 34 56 78.');
  });

  it('says the shop calls back when nobody is named, and “we” without either', async () => {
    setLang('fr');
    const { store } = await testStore(tempLogbook());
    const complaint = await store.createComplaint(
      { nextContactAt: new Date(2026, 10, 26, 14, 30).toISOString(), phaseReached: 5 },
      { kind: 'created', operator: null },
    );
    const pending = { ...complaint, status: 'awaiting_callback' as const, operator: null, assignee: null };
    const mediator = { name: null, url: null };
    expect(recapLines(pending, mediator, 'Quincaillerie Martin')).toContain(
      '  • Quincaillerie Martin vous rappelle le jeudi 26 novembre 2026 à 14:30.',
    );
    expect(recapLines(pending, mediator)).toContain('  • Nous vous rappelons le jeudi 26 novembre 2026 à 14:30.');
    await store.close();
  });
});
