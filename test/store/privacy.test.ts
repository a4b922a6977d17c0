import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/logbooks.js';
import { recordComplaint } from '../helpers/personal-data.js';
import { testStore } from '../helpers/store.js';

const cutoff = new Date('2023-11-23T00:00:00Z');

describe.each(BACKENDS)('erasing personal data in the store ($name)', (backend) => {
  it('keeps the product, cause and lesson unless they name the customer, and only the anonymous details of events', async () => {
    const fixture = await testStore(backend.logbook());
    const { store } = fixture;
    const id = await recordComplaint(fixture, {
      customer: { name: 'Hélène Lefèvre', phone: '06 12 34 56 78' },
      receivedAt: '2026-10-01T09:00:00Z',
      closedAt: '2026-10-02T09:00:00Z',
      word: 'Zorblax',
    });
    await store.recordChange({
      id,
      status: 'open',
      event: { kind: 'reopened', operator: 'Anne', details: { reason: 'Mme Lefèvre rappelle' } },
    });
    await store.recordChange({
      id,
      status: 'closed',
      patch: {
        product: 'perceuse à percussion',
        cause: 'lot défectueux',
        lesson: 'rappeler LEFEVRE au +33 6 12 34 56 78 avant livraison',
      },
      event: {
        kind: 'closed',
        operator: 'Anne',
        details: { outcome: 'resolved', satisfaction: 5, lesson: 'prévenir Hélène' },
      },
    });
    const customerId = (await store.getComplaint(id))!.customerId!;

    const erasure = await store.forgetCustomer(customerId, 'Paul');
    expect(erasure).toEqual({ complaints: 1, customers: 1, scrubbed: true });
    const complaint = (await store.getComplaint(id))!;
    expect(complaint).toMatchObject({
      product: 'perceuse à percussion',
      cause: 'lot défectueux',
      lesson: null,
      account: null,
      orderRef: null,
    });
    const details = (await store.listEvents(id)).map((event) => [event.kind, event.details]);
    expect(details).toEqual([
      ['created', {}],
      ['follow_up', { channel: 'phone' }],
      ['closed', { outcome: 'resolved', satisfaction: 4, cause: 'lot défectueux' }],
      ['reopened', {}],
      ['closed', { outcome: 'resolved', satisfaction: 5 }],
      ['forgotten', {}],
    ]);
    await store.close();
  });

  it('counts the last contact across all the customer’s complaints, and keeps the data an open complaint still needs', async () => {
    const fixture = await testStore(backend.logbook());
    const { store } = fixture;
    const closed = await recordComplaint(fixture, {
      customer: { name: 'Denis Double' },
      receivedAt: '2022-06-01T09:00:00Z',
      closedAt: '2022-06-05T09:00:00Z',
      word: 'Un',
    });
    const customerId = (await store.getComplaint(closed))!.customerId!;
    const open = await recordComplaint(fixture, {
      customer: { id: customerId },
      receivedAt: '2022-07-01T09:00:00Z',
      word: 'Deux',
    });
    fixture.clock.now = new Date('2026-11-23T10:00:00Z');

    expect(await store.planPurge(cutoff, 'anonymise')).toEqual({ complaints: 1, customers: 0 });
    expect(await store.purge(cutoff, 'anonymise', 'Paul')).toMatchObject({ complaints: 1, customers: 0 });
    expect((await store.getComplaint(closed))!).toMatchObject({ account: null, customer: { name: 'Denis Double' } });
    expect((await store.getComplaint(open))!.account).toContain('Deux');
    expect(await store.planPurge(cutoff, 'anonymise')).toEqual({ complaints: 0, customers: 0 });

    // Once the open complaint is closed today, the customer is in contact again: nothing is due.
    await store.recordChange({
      id: open,
      status: 'closed',
      patch: { closedAt: '2026-11-23T10:00:00Z' },
      event: { kind: 'closed', operator: 'Anne' },
    });
    expect(await store.planPurge(cutoff, 'delete')).toEqual({ complaints: 0, customers: 0 });
    expect(await store.planPurge(new Date('2026-12-01T00:00:00Z'), 'delete')).toEqual({ complaints: 2, customers: 1 });
    await store.close();
  });
});
