import { describe, expect, it } from 'vitest';
import { runWizard } from '../../src/wizard/run.js';
import { recapLines } from '../../src/wizard/recap.js';
import { tempLogbook } from '../helpers/cli.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testSetting } from '../helpers/setting.js';
import { testStore } from '../helpers/store.js';

async function wizardOn(script: (string | boolean | undefined)[], operator = 'Alice') {
  const { store, clock } = await testStore(tempLogbook());
  const ask = scriptedAsk(script);
  const progress = { id: null as number | null };
  const setting = testSetting({ operator, findCustomers: (query) => store.findCustomers(query) });
  return {
    store,
    ask,
    progress,
    run: (draft = null as Parameters<typeof runWizard>[1]) =>
      runWizard({ store, clock: () => clock.now, ask, given: {}, setting }, draft, progress),
  };
}

// Phase 1 (4 answers), phase 2 for a new customer (search, then 13 answers), phase 3 (2).
const PHASES_1_TO_3 = ['email', undefined, 'Facture en double', 'calm', 'Paul Martin', ...Array(15).fill(undefined)];

describe('the wizard', () => {
  it('saves each phase as one event and lands where phase 5 says', async () => {
    const { store, run } = await wizardOn([
      ...PHASES_1_TO_3,
      'Nous remboursons la facture en double',
      'refund',
      'colleague',
      'Bruno',
      '',
      'later',
      '',
      '',
    ]);
    const { complaint, endedEarly } = await run();
    expect(endedEarly).toBe(false);
    expect(complaint).toMatchObject({
      status: 'transferred',
      assignee: 'Bruno',
      phaseReached: 5,
      firstResponseAt: null,
      customer: { name: 'Paul Martin' },
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

  it('marks the customer abusive from phase 5, records the steps and goes back to the question when they calm down', async () => {
    const { store, run } = await wizardOn([
      ...PHASES_1_TO_3,
      'Nous remboursons',
      'refund',
      'me',
      '',
      'abusive',
      'done',
      'calm',
      'now',
      'resolved',
      '3',
    ]);
    const { complaint } = await run();
    expect(complaint).toMatchObject({ status: 'closed', mood: 'abusive', satisfaction: 3 });
    const kinds = (await store.listEvents(complaint.id)).map((e) => e.details.step ?? e.kind);
    expect(kinds).toEqual(['created', 'phase', 'phase', 'phase', 'personalise', 'completed']);
    await store.close();
  });

  it('records who resumes a draft, not who started it', async () => {
    const { store, run, progress } = await wizardOn(['Nous remboursons', 'refund', 'me', '', 'later', '', ''], 'Chloé');
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

  it('says what, who, when and on which number, and names the mediator of an unresolved complaint', async () => {
    const { store } = await testStore(tempLogbook());
    const complaint = await store.createComplaint(
      { ...base, nextContactAt: new Date(2026, 10, 26, 14, 30).toISOString() },
      { kind: 'created', operator: 'Alice' },
    );
    const lines = recapLines(
      { ...complaint, status: 'awaiting_callback' },
      { name: 'Médiateur du commerce', url: 'https://mediateur.example' },
    );
    expect(lines.slice(1)).toEqual([
      '  • Ce qui sera fait : Nous remplaçons le joint',
      '  • Qui s’en occupe : Alice',
      '  • Nous vous rappelons le 26 nov. 2026, 14:30 au 06 12 34 56 78.',
      '  • Si le désaccord persiste, vous pouvez saisir notre médiateur de la consommation : Médiateur du commerce (https://mediateur.example).',
    ]);
    await store.close();
  });

  it('gives only the day of a callback without a time, and no mediator once resolved', async () => {
    const { store } = await testStore(tempLogbook());
    const complaint = await store.createComplaint(
      { ...base, nextContactAt: new Date(2026, 10, 26).toISOString() },
      { kind: 'created', operator: 'Alice' },
    );
    expect(recapLines({ ...complaint, status: 'awaiting_callback' }, { name: null, url: null })).toContain(
      '  • Nous vous rappelons le 26 nov. 2026 au 06 12 34 56 78.',
    );
    const resolved = recapLines({ ...complaint, status: 'resolved' }, { name: 'Médiateur', url: null });
    expect(resolved.at(-1)).toBe('  • La réclamation est réglée.');
    await store.close();
  });
});
