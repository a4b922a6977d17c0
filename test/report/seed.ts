import type { Store } from '../../src/store/store.js';
import { testStore } from '../helpers/store.js';

// A logbook with known complaints around the default report period of NOW (Monday
// 23 Nov 2026, 11:00 in Paris): this week is [17 Nov, 24 Nov) Paris time, that is
// [2026-11-16T23:00Z, 2026-11-23T23:00Z); the week before is [10 Nov, 17 Nov).
// Every figure of the report is computed by hand from it in the tests.

const operator = 'Anne';

interface Seeded {
  ids: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'p1' | 'p2', number>;
}

export async function seedLogbook(path: string): Promise<Seeded> {
  const { store, clock } = await testStore(path);
  const at = (iso: string) => (clock.now = new Date(iso));
  const add = async (
    received: string,
    patch: Parameters<Store['createComplaint']>[0],
    customer: { id: number } | { name: string; phone?: string },
  ) => {
    at(received);
    return store.createComplaint(
      { receivedAt: new Date(received).toISOString(), phaseReached: 5, ...patch },
      { kind: 'created', operator },
      customer,
    );
  };
  const close = async (id: number, when: string, patch: Parameters<Store['createComplaint']>[0]) => {
    at(when);
    await store.recordChange({
      id,
      status: 'closed',
      patch: { closedAt: new Date(when).toISOString(), ...patch },
      event: { kind: 'closed', operator, details: { outcome: patch.outcome, satisfaction: patch.satisfaction } },
    });
  };

  // The week before.
  const p1 = await add(
    '2026-11-12T09:00:00Z',
    {
      channel: 'counter',
      mood: 'calm',
      category: 'defective',
      operator: 'Anne',
      firstResponseAt: '2026-11-12T10:00:00.000Z',
    },
    { name: 'Eve Martin' },
  );
  const p2 = await add(
    '2026-11-14T09:00:00Z',
    { channel: 'phone', mood: 'angry', category: 'billing', operator: 'Paul' },
    { name: 'Bob Durand', phone: '06 22 22 22 22' },
  );
  await close(p2.id, '2026-11-15T09:00:00Z', { outcome: 'unresolved', satisfaction: 2 });

  // This week.
  const c1 = await add(
    '2026-11-17T09:00:00Z',
    {
      channel: 'counter',
      mood: 'calm',
      category: 'defective',
      request: 'refund',
      solutionType: 'refund',
      costCents: 1500,
      operator: 'Anne',
      firstResponseAt: '2026-11-17T11:00:00.000Z',
      product: 'Perceuse',
    },
    { name: 'Alice Petit', phone: '06 11 11 11 11' },
  );
  await close(p1.id, '2026-11-18T09:00:00Z', { outcome: 'resolved', satisfaction: 4 });
  const c2 = await add(
    '2026-11-18T09:00:00Z',
    {
      channel: 'phone',
      mood: 'angry',
      category: 'late_delivery',
      request: 'gesture',
      solutionType: 'gesture',
      costCents: 500,
      operator: 'Paul',
      firstResponseAt: '2026-11-18T13:00:00.000Z',
    },
    { id: p2.customerId! },
  );
  await close(c1.id, '2026-11-19T09:00:00Z', {
    outcome: 'resolved',
    satisfaction: 5,
    cause: 'Lot défectueux',
    lesson: 'Tester avant la vente',
  });
  const c3 = await add(
    '2026-11-20T09:00:00Z',
    {
      channel: 'phone',
      mood: 'abusive',
      category: 'service',
      request: 'apology',
      operator: 'Anne',
      firstResponseAt: '2026-11-20T15:00:00.000Z',
      account: 'Crie au téléphone',
    },
    { id: c1.customerId! },
  );
  at('2026-11-20T09:30:00Z');
  await store.recordChange({ id: c3.id, event: { kind: 'escalation', operator, details: { step: 'limits' } } });
  at('2026-11-20T10:00:00Z');
  await store.recordChange({
    id: c3.id,
    status: 'awaiting_callback',
    patch: { nextContactAt: '2026-11-21T09:00:00.000Z', assignee: 'Paul', callbackPhone: '07 00 00 00 01' },
    event: { kind: 'completed', operator },
  });
  const c5 = await add(
    '2026-11-21T09:00:00Z',
    { channel: 'web', mood: 'calm', category: 'defective', operator: null, product: 'Scie' },
    { name: 'Denis Roux', phone: '06 44 44 44 44' },
  );
  // Handed over; due at 00:30 tomorrow, Paris time: not due today.
  await store.recordChange({
    id: c5.id,
    status: 'transferred',
    patch: { assignee: 'Élodie', nextContactAt: '2026-11-23T23:30:00.000Z' },
    event: { kind: 'transferred', operator, details: { to: 'Élodie' } },
  });
  // Called back at 21:00 Paris the day it was due: on time.
  at('2026-11-21T20:00:00Z');
  await store.recordChange({
    id: c3.id,
    event: { kind: 'follow_up', operator, details: { dueAt: '2026-11-21T09:00:00.000Z' } },
  });
  const c4 = await add(
    '2026-11-22T09:00:00Z',
    { channel: 'email', mood: 'upset', category: 'billing', operator: 'Paul', product: 'Facture 1042' },
    { name: 'Chloé Blanc', phone: '06 33 33 33 33' },
  );
  // Due at 23:30 today, Paris time: due today, not overdue.
  await store.recordChange({
    id: c4.id,
    status: 'open',
    patch: { nextContactAt: '2026-11-23T22:30:00.000Z' },
    event: { kind: 'completed', operator },
  });
  at('2026-11-22T09:00:00Z');
  await close(c2.id, '2026-11-22T09:00:00Z', { outcome: 'partial', satisfaction: 3, cause: 'Transporteur en retard' });
  at('2026-11-22T10:00:00Z');
  await store.recordChange({
    id: c4.id,
    event: { kind: 'follow_up', operator, details: { note: 'Appel sans rendez-vous' } },
  });
  // 00:30 in Paris on the 23rd for a callback due on the 22nd: late (though still the 22nd in UTC).
  at('2026-11-22T23:30:00Z');
  await store.recordChange({
    id: c3.id,
    event: { kind: 'follow_up', operator, details: { dueAt: '2026-11-22T10:00:00.000Z' } },
  });
  await store.close();
  return { ids: { c1: c1.id, c2: c2.id, c3: c3.id, c4: c4.id, c5: c5.id, p1: p1.id, p2: p2.id } };
}
