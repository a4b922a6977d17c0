import { describe, expect, it } from 'vitest';
import { scriptedAsk } from '../helpers/ask.js';
import { emptyLogbook } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';

// The customer's own rating, given at a follow-up, beside the shop's estimate at the close.

async function ok(db: string, args: string[]) {
  const run = await runIn(args, { db });
  expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run;
}

describe.each(BACKENDS)("the customer's own rating ($name)", (backend) => {
  it('is kept on the follow-up, apart from the shop’s, and the report shows both side by side', async () => {
    const db = backend.logbook();
    for (const name of ['Hélène Lefèvre', 'Marc Durand', 'Zoé Martin'])
      await ok(db, ['new', '--no-input', '--customer', name, '--description', 'Fuit']);
    await ok(db, ['follow-up', '1', '--channel', 'phone', '--rating', '2']);
    // Asked again later: the last answer counts.
    await ok(db, ['follow-up', '1', '--channel', 'phone', '--rating', '4', '--resolved']);
    await ok(db, ['follow-up', '2', '--channel', 'email', '--rating', ' 5 ']);
    await ok(db, ['follow-up', '3', '--channel', 'phone', '--note', 'Pas joignable']);
    for (const id of ['1', '2']) await ok(db, ['close', id, '--outcome', 'resolved', '--satisfaction', '3']);

    const events = JSON.parse((await ok(db, ['show', '1', '--json'])).stdout).events;
    expect(
      events.filter((e: { kind: string }) => e.kind === 'follow_up').map((e: { details: object }) => e.details),
    ).toMatchObject([{ rating: 2 }, { rating: 4 }]);
    expect(JSON.parse((await ok(db, ['show', '1', '--json'])).stdout).satisfaction).toBe(3);
    expect((await ok(db, ['show', '1'])).stdout).toContain('    Note du client : 4/5');

    const report = JSON.parse((await ok(db, ['report', '--week', '0', '--json'])).stdout);
    expect(report.ratings).toEqual({ byCustomer: { rated: 2, mean: 4.5 }, byShop: { rated: 2, mean: 3 } });
    const text = (await ok(db, ['report', '--week', '0'])).stdout;
    expect(text).toContain('Satisfaction : selon le client, selon le magasin');
    expect(text).toMatch(/Réclamations notées\s+│?\s*2\s+│?\s*2/);
    expect(text).toMatch(/Note moyenne\s+│?\s*4,5\s+│?\s*3/);
  });

  it('is refused outside 1 to 5, and nothing is written', async () => {
    const db = backend.logbook();
    await ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Fuit']);
    const before = backend.fingerprint(db);
    for (const value of ['0', '6', 'bien', '4.5']) {
      const run = await runIn(['follow-up', '1', '--channel', 'phone', '--rating', value], { db });
      expect(run.status, value).toBe(1);
      expect(run.stderr).toContain(`la note du client va de 1 à 5, pas « ${value} »`);
    }
    expect(backend.fingerprint(db)).toBe(before);
  });
});

describe("the customer's own rating at a terminal", () => {
  it('is asked at a follow-up as a numbered menu of the marks, and kept when forgetting the customer', async () => {
    const db = emptyLogbook();
    await ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Fuit']);
    const ask = scriptedAsk(['phone', 'Rappelé', undefined, '4', 'nothing']);
    const run = await runIn(['follow-up', '1'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    // The digit typed is the mark; not asked is the default.
    expect(ask.asked[3]).toMatchObject({ choices: ['1', '2', '3', '4', '5', 'none'], default: 'none' });
    expect(ask.asked[3].names?.at(-1)).toBe('pas demandé');
    await ok(db, ['forget', 'Durand', '--yes']);
    const events = JSON.parse((await ok(db, ['show', '1', '--json'])).stdout).events;
    expect(events.find((e: { kind: string }) => e.kind === 'follow_up').details).toEqual({
      channel: 'phone',
      rating: 4,
    });
  });
});
