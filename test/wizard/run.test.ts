import { describe, expect, it } from 'vitest';
import { runWizard } from '../../src/wizard/run.js';
import { recapLines } from '../../src/wizard/recap.js';
import type { Setting } from '../../src/prompts/answers.js';
import { tempLogbook } from '../helpers/cli.js';
import { CTRL_C, scriptedAsk } from '../helpers/ask.js';
import { testSetting } from '../helpers/setting.js';
import { testStore } from '../helpers/store.js';

async function wizardOn(script: Parameters<typeof scriptedAsk>[0], setting: Partial<Setting> = {}) {
  const { store, clock } = await testStore(tempLogbook());
  const ask = scriptedAsk(script);
  const progress = { id: null as number | null };
  const wizardSetting = testSetting({ findCustomers: (query) => store.findCustomers(query), ...setting });
  return {
    store,
    ask,
    progress,
    run: (draft = null as Parameters<typeof runWizard>[1]) =>
      runWizard({ store, clock: () => clock.now, ask, given: {}, setting: wizardSetting }, draft, progress),
  };
}

// Phase 1 (channel, account, mood), phase 2 (the customer, category, request), phase 3 (apology).
const PHASES_1_TO_3 = ['email', 'Facture en double', 'calm', 'Paul Martin 06 11 22 33 44', 'billing', 'refund', 'yes'];

describe('the wizard', () => {
  it('saves each phase as one event and lands where phase 5 says', async () => {
    const { store, run } = await wizardOn([...PHASES_1_TO_3, 'Nous remboursons la facture en double', 'later', '']);
    const { complaint, endedEarly } = await run();
    expect(endedEarly).toBe(false);
    expect(complaint).toMatchObject({
      status: 'open',
      phaseReached: 5,
      solutionType: 'refund',
      firstResponseAt: null,
      customer: { name: 'Paul Martin', phone: '06 11 22 33 44' },
    });
    const events = await store.listEvents(complaint.id);
    expect(events.map((e) => [e.kind, e.details.phase ?? null, e.operator])).toEqual([
      ['created', null, 'Alice'],
      ['phase', 2, 'Alice'],
      ['phase', 3, 'Alice'],
      ['phase', 4, 'Alice'],
      ['completed', null, 'Alice'],
    ]);
    await store.close();
  });

  it('keeps every answer typed before Ctrl-C, even in the middle of a phase', async () => {
    const { store, run, progress } = await wizardOn([
      ...PHASES_1_TO_3,
      'Nous remboursons',
      'details',
      undefined, // business: no
      undefined, // phone: the one typed
      'paul@example.fr',
      'F-118',
      CTRL_C, // at the product
    ]);
    await expect(run()).rejects.toThrow();
    const draft = (await store.getComplaint(progress.id!))!;
    expect(draft).toMatchObject({
      status: 'draft',
      phaseReached: 4,
      orderRef: 'F-118',
      customer: { name: 'Paul Martin', phone: '06 11 22 33 44', email: 'paul@example.fr' },
    });
    await store.close();
  });

  it('keeps the account as soon as it is typed, and asks a draft cut short at the mood only that', async () => {
    const first = await wizardOn(['counter', 'Le colis est vide', CTRL_C]);
    await expect(first.run()).rejects.toThrow();
    const draft = (await first.store.getComplaint(first.progress.id!))!;
    expect(draft).toMatchObject({ status: 'draft', phaseReached: 0, account: 'Le colis est vide', mood: null });
    const resumed = await wizardOn(['upset', 'Paul', 'late_delivery', 'refund', 'yes', 'Nous remboursons', 'now', '5']);
    const kept = await resumed.store.createComplaint(
      { channel: 'counter', account: 'Le colis est vide', operator: 'Alice', phaseReached: 0 },
      { kind: 'created', operator: 'Alice' },
    );
    const { complaint } = await resumed.run(kept);
    expect(resumed.ask.asked[0].message).toBe('Comment est le client ?');
    expect(complaint).toMatchObject({ status: 'closed', mood: 'upset', account: 'Le colis est vide' });
    await first.store.close();
    await resumed.store.close();
  });

  it('asks the apology again once an abusive customer has calmed down', async () => {
    const { store, run } = await wizardOn([
      'counter',
      'Il exige un remboursement et insulte',
      'angry',
      'Paul',
      'defective',
      'refund',
      undefined, // purchase date: none
      'abusive', // phase 3: the customer turns abusive
      'done', // personalise
      'calm',
      'yes', // the apology, asked again
      'Nous remboursons',
      'now',
      '3',
    ]);
    const { complaint } = await run();
    expect(complaint).toMatchObject({ status: 'closed', mood: 'abusive', apologised: true, satisfaction: 3 });
    const kinds = (await store.listEvents(complaint.id)).map((e) => e.details.step ?? e.details.phase ?? e.kind);
    expect(kinds).toEqual(['created', 2, 'personalise', 3, 4, 'completed']);
    await store.close();
  });

  it('makes the colleague named at "hand over" the assignee: transferred, with the callback suggested', async () => {
    const { store, run } = await wizardOn([
      ...PHASES_1_TO_3.slice(0, 6),
      'abusive',
      'next', // personalise
      'next', // limits
      'done', // hand over
      'Bruno',
      'calm',
      'yes',
      'Nous remboursons la facture en double',
      'later',
      undefined, // the suggested callback
    ]);
    const { complaint } = await run();
    expect(complaint).toMatchObject({
      status: 'transferred',
      assignee: 'Bruno',
      nextContactAt: new Date(2026, 10, 25, 10).toISOString(),
    });
    const recap = recapLines(complaint, { name: null, url: null }).join('\n');
    expect(recap).toContain('Bruno vous rappelle le mercredi 25 novembre 2026 à 10:00 au 06 11 22 33 44.');
    await store.close();
  });

  it('marks the customer abusive from phase 5, records the steps, and asks again once they calm down', async () => {
    const { store, run } = await wizardOn([
      ...PHASES_1_TO_3,
      'Nous remboursons',
      'abusive',
      'done',
      'calm',
      'now',
      '3',
    ]);
    const { complaint } = await run();
    expect(complaint).toMatchObject({ status: 'closed', mood: 'abusive', satisfaction: 3 });
    const kinds = (await store.listEvents(complaint.id)).map((e) => e.details.step ?? e.kind);
    expect(kinds).toEqual(['created', 'phase', 'phase', 'phase', 'personalise', 'completed']);
    await store.close();
  });

  it('records who resumes a draft, not who started it', async () => {
    const { store, run, progress } = await wizardOn(['Nous remboursons', 'later', ''], { operator: 'Chloé' });
    const draft = await store.createComplaint(
      { account: 'x', operator: 'Alice', phaseReached: 3, request: 'refund' },
      { kind: 'created', operator: 'Alice' },
    );
    const { complaint } = await run(draft);
    expect(progress.id).toBe(draft.id);
    expect(complaint.status).toBe('open');
    expect((await store.listEvents(draft.id)).map((e) => e.operator)).toEqual(['Alice', 'Chloé', 'Chloé']);
    await store.close();
  });
});

describe('the recap read back to the customer', () => {
  const base = {
    id: 7,
    solution: 'Nous remplaçons le joint',
    assignee: null,
    operator: 'Alice',
    callbackPhone: '06 12 34 56 78',
  };

  it('says what, who calls back, when and on which number, and names the mediator to a consumer', async () => {
    const { store } = await testStore(tempLogbook());
    const complaint = await store.createComplaint(
      { ...base, nextContactAt: new Date(2026, 10, 26, 14, 30).toISOString() },
      { kind: 'created', operator: 'Alice' },
    );
    const mediator = { name: 'Médiateur du commerce', url: 'https://mediateur.example' };
    const lines = recapLines({ ...complaint, status: 'awaiting_callback' }, mediator);
    expect(lines.slice(1)).toEqual([
      '  • Ce qui sera fait : Nous remplaçons le joint',
      '  • Alice vous rappelle le jeudi 26 novembre 2026 à 14:30 au 06 12 34 56 78.',
      '  • Si le désaccord persiste, vous pouvez saisir notre médiateur de la consommation : Médiateur du commerce (https://mediateur.example).',
    ]);
    const business = recapLines({ ...complaint, status: 'awaiting_callback', business: true }, mediator);
    expect(business.join('\n')).not.toContain('médiateur');
    await store.close();
  });

  it('gives only the day of a callback without a time, and no mediator once resolved', async () => {
    const { store } = await testStore(tempLogbook());
    const complaint = await store.createComplaint(
      { ...base, nextContactAt: new Date(2026, 10, 26).toISOString() },
      { kind: 'created', operator: 'Alice' },
    );
    expect(recapLines({ ...complaint, status: 'awaiting_callback' }, { name: null, url: null })).toContain(
      '  • Alice vous rappelle le jeudi 26 novembre 2026 au 06 12 34 56 78.',
    );
    const resolved = recapLines({ ...complaint, status: 'resolved' }, { name: 'Médiateur', url: null });
    expect(resolved.slice(1)).toEqual([
      '  • Ce qui sera fait : Nous remplaçons le joint',
      '  • Qui s’en occupe : Alice',
      '  • La réclamation est réglée.',
    ]);
    await store.close();
  });
});
