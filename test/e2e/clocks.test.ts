import { describe, expect, it } from 'vitest';
import { plainte } from '../helpers/cli.js';
import { BACKENDS, type Backend } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';
import type { ComplaintPatch } from '../../src/store/store.js';

// The legal and promised clocks through the built binary, the clock pinned: NOW is Monday
// 23 November 2026, 11:00 in Paris. `show` prints each with its day, `due` lists those to keep
// after the callbacks and says nothing when none is due, `report` counts those kept and missed.

/** A logbook of open complaints made on the days given, one customer each. */
async function logbookOf(backend: Backend, complaints: ComplaintPatch[], status = 'open' as const): Promise<string> {
  const db = backend.logbook();
  const { store } = await testStore(db, '2026-11-20T09:00:00.000Z');
  for (const [n, patch] of complaints.entries()) {
    const { id } = await store.createComplaint(
      { channel: 'counter', phaseReached: 5, ...patch },
      { kind: 'created', operator: 'Léa' },
      { name: `Client ${n + 1}`, phone: `06 00 00 00 0${n + 1}` },
    );
    await store.recordChange({ id, status, event: { kind: 'completed', operator: 'Léa' } });
  }
  await store.close();
  return db;
}

/** Goods bought in June, a repair asked in writing on Friday 20 November. */
const REPAIR: ComplaintPatch = {
  receivedAt: '2026-11-20T09:00:00.000Z',
  product: 'Lave-linge',
  request: 'repair',
  purchaseDate: '2026-06-01',
  writtenAt: '2026-11-20',
};

describe.each(BACKENDS)('the clocks ($name)', (backend) => {
  it('show prints each clock and its day: a promise across a Sunday, 30 days, two months, a year', async () => {
    const db = await logbookOf(backend, [REPAIR]);
    expect(plainte(['config', 'set', 'answer.days', '1'], { db }).status).toBe(0);
    // Acknowledged on Saturday the 21st: one open day later is Monday the 23rd, the Sunday skipped.
    const saturday = plainte(['lettre', '1', '--type', 'accuse'], { db, env: { PLAINTE_NOW: '2026-11-21T10:00:00Z' } });
    expect(saturday.status, saturday.stderr).toBe(0);
    const show = plainte(['show', '1'], { db }).stdout;
    expect(show).toContain(
      [
        'Délais',
        '  réponse écrite promise : le 23 nov. 2026 — en cours',
        '  mise en conformité, 30 jours (L217-10) : le 20 déc. 2026 — en cours',
        '  deux mois sans réponse écrite : médiation possible : le 20 janv. 2027 — en cours',
        '  un an après la réclamation écrite : fin de la médiation : le 20 nov. 2027 — en cours',
      ].join('\n'),
    );
    const json = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout);
    expect(json.clocks).toEqual([
      { kind: 'answer', due: '2026-11-23', stoppedAt: null },
      { kind: 'warranty', due: '2026-12-20', stoppedAt: null },
      { kind: 'mediation', due: '2027-01-20', stoppedAt: null },
      { kind: 'window', due: '2027-11-20', stoppedAt: null },
    ]);
    // The answer sent on Tuesday: the promise of Monday was missed, the two months kept.
    const tuesday = { PLAINTE_NOW: '2026-11-24T10:00:00Z' };
    plainte(['lettre', '1', '--type', 'reponse', '--decision', 'Réparation en atelier'], { db, env: tuesday });
    const after = plainte(['show', '1'], { db, env: tuesday }).stdout;
    expect(after).toContain('réponse écrite promise : le 23 nov. 2026 — dépassé');
    expect(after).toContain('deux mois sans réponse écrite : médiation possible : le 20 janv. 2027 — tenu');
  });

  it('due lists the clocks falling due within --within days or past, after the callbacks', async () => {
    const db = await logbookOf(backend, [
      { ...REPAIR, answerDueAt: '2026-11-23', nextContactAt: '2026-11-23T13:00:00.000Z' },
      // Written a year ago today, never answered: the two months long past, the window's last day.
      { receivedAt: '2025-11-23T09:00:00.000Z', writtenAt: '2025-11-23', product: 'Store' },
    ]);
    const today = plainte(['due'], { db });
    expect(today.stderr).toBe('');
    expect(today.stdout).toBe(
      [
        '1 rappel pour aujourd’hui, lundi 23 novembre 2026 :',
        '',
        '#1   à 14:00 · Client 1 · 06 00 00 00 01',
        '     Lave-linge',
        '',
        '3 délais à tenir :',
        '',
        '#2   dépassé depuis le 23/01 · Client 2 · 06 00 00 00 02',
        '     deux mois sans réponse écrite : médiation possible',
        '',
        '#1   le 23/11 · Client 1 · 06 00 00 00 01',
        '     réponse écrite promise',
        '',
        '#2   le 23/11 · Client 2 · 06 00 00 00 02',
        '     un an après la réclamation écrite : fin de la médiation',
        '',
      ].join('\n'),
    );
    const within = JSON.parse(plainte(['due', '--within', '30', '--json', '--clocks'], { db }).stdout);
    expect(
      within.slice(1).map((clock: { id: number; kind: string; due: string }) => [clock.id, clock.kind, clock.due]),
    ).toEqual([
      [2, 'mediation', '2026-01-23'],
      [1, 'answer', '2026-11-23'],
      [2, 'window', '2026-11-23'],
      [1, 'warranty', '2026-12-20'],
    ]);
    // Without --clocks, --json stays the list of callbacks scripts read; with it, each has a kind.
    expect(JSON.parse(plainte(['due', '--json'], { db }).stdout)).toEqual([
      expect.objectContaining({ id: 1, due: '2026-11-23T13:00:00.000Z', customer: 'Client 1' }),
    ]);
    expect(JSON.parse(plainte(['due', '--json', '--clocks'], { db }).stdout)[0]).toMatchObject({
      kind: 'callback',
      id: 1,
    });
    // The window is the customer's: the day after its last, it is over and no longer listed.
    const tomorrow = JSON.parse(
      plainte(['due', '--json', '--clocks'], { db, env: { PLAINTE_NOW: '2026-11-24T10:00:00Z' } }).stdout,
    );
    expect(tomorrow.map((clock: { kind: string }) => clock.kind)).toEqual(['callback', 'mediation', 'answer']);
    expect(plainte(['due', '--exit-code'], { db }).status).toBe(3);
  });

  it('due prints nothing at all when no clock falls due, even with clocks running', async () => {
    const db = await logbookOf(backend, [
      { ...REPAIR, receivedAt: '2026-11-23T09:00:00.000Z', writtenAt: '2026-11-23' },
    ]);
    expect(JSON.parse(plainte(['show', '1', '--json'], { db }).stdout).clocks).toHaveLength(3);
    expect(plainte(['due'], { db })).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(plainte(['due', '--exit-code'], { db })).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(plainte(['due', '--json', '--clocks'], { db })).toEqual({ stdout: '[]\n', stderr: '', status: 0 });
  });

  it('report counts the clocks of the period kept and missed', async () => {
    const db = await logbookOf(backend, [
      // Promised for Wednesday the 18th, answered the 17th: kept.
      { receivedAt: '2026-11-10T09:00:00.000Z', answerDueAt: '2026-11-18', writtenAnswerAt: '2026-11-17T15:00:00Z' },
      // Promised for Thursday the 19th, never answered: missed.
      { receivedAt: '2026-11-10T09:00:00.000Z', answerDueAt: '2026-11-19' },
      // Written on 20 September, no written answer by 20 November: the two months missed.
      { receivedAt: '2026-09-20T09:00:00.000Z', writtenAt: '2026-09-20' },
      // Promised for next week: not in last week's count.
      { receivedAt: '2026-11-20T09:00:00.000Z', answerDueAt: '2026-11-27' },
    ]);
    const json = JSON.parse(plainte(['report', '--json'], { db }).stdout);
    expect(json.clocks).toEqual({
      answer: { kept: 1, missed: 1 },
      warranty: { kept: 0, missed: 0 },
      mediation: { kept: 0, missed: 1 },
      window: { kept: 0, missed: 0 },
    });
    const text = plainte(['report'], { db }).stdout;
    expect(text).toContain('Délais tenus et dépassés');
    expect(text).toMatch(/réponse écrite promise\s+│ 1\s+│ 1/);
    expect(text).toMatch(/deux mois sans réponse écrite : médiation possible\s+│ 0\s+│ 1/);
    expect(text).not.toMatch(/mise en conformité/);
  });
});
