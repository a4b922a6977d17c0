import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { scriptedAsk } from '../helpers/ask.js';
import { runIn } from '../helpers/run.js';

// `shop.name` is used in what is said to the customer (its setting says so): the recap names
// the shop that will call back.

describe('the recap with the shop’s name', () => {
  it('says that the shop calls back, by its name, when shop.name is set', async () => {
    const db = tempLogbook();
    await runIn(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db });
    const ask = scriptedAsk(Array<undefined>(60).fill(undefined));
    const given = [
      ...['--customer', 'Marie Dupont', '--phone', '06 12 34 56 78', '--description', 'La perceuse chauffe'],
      ...['--solution', 'Nous la remplaçons'],
    ];
    const run = await runIn(['new', ...given, '--callback', '26/11/2026 14:30'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.said).toContain('  • Quincaillerie Martin vous rappelle le 26 nov. 2026, 14:30 au 06 12 34 56 78.');

    const english = scriptedAsk(Array<undefined>(60).fill(undefined));
    await runIn(['--lang', 'en', 'new', ...given, '--callback', '26/11/2026 14:30'], { db, ask: english });
    expect(english.said).toContain(
      '  • Quincaillerie Martin will call you back on 26 Nov 2026, 14:30 at 06 12 34 56 78.',
    );
  });

  it('says “we” without a shop name', async () => {
    const db = tempLogbook();
    const ask = scriptedAsk(Array<undefined>(60).fill(undefined));
    const given = [
      '--customer',
      'Marie Dupont',
      '--description',
      'La perceuse chauffe',
      '--solution',
      'Nous la remplaçons',
    ];
    const run = await runIn(['new', ...given, '--callback', '26/11/2026 14:30'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.said).toContain('  • Nous vous rappelons le 26 nov. 2026, 14:30.');
  });
});
