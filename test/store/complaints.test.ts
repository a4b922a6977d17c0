import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';

const operator = 'Anne';

describe.each(BACKENDS)('complaints in the store ($name)', (backend) => {
  it('creates a draft with its first answers, its customer and a created event in one go', async () => {
    const { store } = await testStore(backend.logbook());
    const complaint = await store.createComplaint(
      { channel: 'phone', operator, mood: 'angry', account: 'La perceuse ne démarre plus', phaseReached: 1 },
      { kind: 'created', operator },
      { name: 'Hélène Lefèvre', phone: '06 12 34 56 78' },
    );
    expect(complaint).toMatchObject({ id: 1, status: 'draft', channel: 'phone', mood: 'angry', phaseReached: 1 });
    expect(complaint.customer).toMatchObject({ name: 'Hélène Lefèvre', phone: '06 12 34 56 78' });
    const events = await store.listEvents(complaint.id);
    expect(events).toEqual([
      expect.objectContaining({ kind: 'created', operator, statusBefore: null, statusAfter: 'draft' }),
    ]);
    await store.close();
  });

  it('records a change with its status move and event; refuses an impossible move, writing nothing', async () => {
    const path = backend.logbook();
    const { store, clock } = await testStore(path);
    const { id } = await store.createComplaint({ phaseReached: 1 }, { kind: 'created', operator });
    clock.now = new Date('2026-11-23T11:00:00Z');
    const resolved = await store.recordChange({
      id,
      status: 'resolved',
      patch: { outcome: 'resolved', satisfaction: 4 },
      event: { kind: 'resolved', operator },
    });
    expect(resolved).toMatchObject({
      status: 'resolved',
      outcome: 'resolved',
      satisfaction: 4,
      updatedAt: '2026-11-23T11:00:00.000Z',
    });
    const closed = await store.recordChange({ id, status: 'closed', event: { kind: 'closed', operator } });
    expect(closed.status).toBe('closed');
    await store.close();

    const before = backend.fingerprint(path);
    const again = await testStore(path);
    await expect(
      again.store.recordChange({ id, status: 'closed', event: { kind: 'closed', operator } }),
    ).rejects.toThrow(/est « classée » : impossible de passer à « classée ».*Possible depuis cet état : ouverte/);
    await expect(again.store.recordChange({ id: 99, event: { kind: 'note', operator } })).rejects.toThrow(
      /aucune réclamation n° 99/,
    );
    expect((await again.store.listEvents(id)).map((e) => [e.kind, e.statusBefore, e.statusAfter])).toEqual([
      ['created', null, 'draft'],
      ['resolved', 'draft', 'resolved'],
      ['closed', 'resolved', 'closed'],
    ]);
    await again.store.close();
    expect(backend.fingerprint(path)).toBe(before);
  });

  it('keeps the history append-only: an event cannot be rewritten', async () => {
    const path = backend.logbook();
    const { store } = await testStore(path);
    await store.createComplaint({}, { kind: 'created', operator });
    await store.close();
    expect(() => backend.sql(path, "UPDATE events SET kind = 'forged'")).toThrow(/append-only/);
  });

  it('lists newest first and filters by status, customer (accents and case ignored), category and dates', async () => {
    const { store, clock } = await testStore(backend.logbook());
    const add = async (at: string, name: string, category: string) => {
      clock.now = new Date(at);
      return store.createComplaint(
        { category, product: `${category} ${name}` },
        { kind: 'created', operator },
        { name, phone: '06 11 22 33 44' },
      );
    };
    const first = await add('2026-11-01T09:00:00Z', 'Hélène Lefèvre', 'billing');
    const second = await add('2026-11-10T09:00:00Z', 'Marc Dubois', 'defective');
    const third = await add('2026-11-20T09:00:00Z', 'Société 100% Bois', 'defective');
    await store.recordChange({ id: second.id, status: 'open', event: { kind: 'phase', operator } });

    const ids = async (filter: Parameters<typeof store.listComplaints>[0]) =>
      (await store.listComplaints(filter)).map((c) => c.id);
    expect(await ids({})).toEqual([third.id, second.id, first.id]);
    expect(await ids({ statuses: ['open'] })).toEqual([second.id]);
    expect(await ids({ customer: 'lefevre' })).toEqual([first.id]);
    expect(await ids({ customer: 'HELENE' })).toEqual([first.id]);
    expect(await ids({ customer: '100%' })).toEqual([third.id]);
    expect(await ids({ customer: '+33 6 11 22 33 44' })).toEqual([third.id, second.id, first.id]);
    expect(await ids({ category: 'defective' })).toEqual([third.id, second.id]);
    expect(await ids({ since: new Date('2026-11-05T00:00:00Z'), until: new Date('2026-11-15T00:00:00Z') })).toEqual([
      second.id,
    ]);
    expect(await ids({ limit: 1 })).toEqual([third.id]);
    await store.close();
  });

  it('finds a customer by name, phone or order number, with their complaints and pending ones counted', async () => {
    const { store } = await testStore(backend.logbook());
    const first = await store.createComplaint(
      { orderRef: 'CMD-2041' },
      { kind: 'created', operator },
      { name: 'Hélène Lefèvre', phone: '06 12 34 56 78' },
    );
    await store.createComplaint({}, { kind: 'created', operator }, { id: first.customerId! });
    await store.recordChange({ id: first.id, status: 'closed', event: { kind: 'closed', operator } });
    for (const query of ['lefèvre', 'LEFEVRE', '0612345678', '+33 6 12 34 56 78', 'CMD-2041']) {
      const matches = await store.findCustomers(query);
      expect(matches, query).toHaveLength(1);
      expect(matches[0]).toMatchObject({ customer: { name: 'Hélène Lefèvre' }, complaints: 2, pending: 1 });
    }
    expect(await store.findCustomers('Durand')).toEqual([]);
    await store.close();
  });

  it('saves answers into a draft as they come, without an event; refuses once it is no longer a draft', async () => {
    const path = backend.logbook();
    const { store, clock } = await testStore(path);
    const draft = await store.createComplaint(
      { account: 'Le colis est vide', phaseReached: 0 },
      { kind: 'created', operator },
    );
    clock.now = new Date('2026-11-23T10:05:00Z');
    const kept = await store.patchDraft({
      id: draft.id,
      patch: { category: 'late_delivery' },
      customer: { name: 'Paul Martin', phone: '06 11 22 33 44' },
    });
    expect(kept).toMatchObject({
      status: 'draft',
      category: 'late_delivery',
      updatedAt: '2026-11-23T10:05:00.000Z',
      customer: { name: 'Paul Martin', phone: '06 11 22 33 44' },
    });
    const again = await store.patchDraft({
      id: draft.id,
      patch: { orderRef: 'F-118' },
      customerPatch: { email: 'paul@example.fr' },
    });
    expect(again).toMatchObject({
      orderRef: 'F-118',
      customerId: kept.customerId,
      customer: { email: 'paul@example.fr' },
    });
    expect((await store.listEvents(draft.id)).map((e) => e.kind)).toEqual(['created']);

    await store.recordChange({ id: draft.id, status: 'open', event: { kind: 'completed', operator } });
    await store.close();
    const before = backend.fingerprint(path);
    const reopened = await testStore(path);
    await expect(reopened.store.patchDraft({ id: draft.id, patch: { facts: 'x' } })).rejects.toThrow(
      /n° 1 n’est plus un brouillon \(elle est « ouverte »\)/,
    );
    await expect(reopened.store.patchDraft({ id: 9, patch: { facts: 'x' } })).rejects.toThrow(
      /aucune réclamation n° 9/,
    );
    await reopened.store.close();
    expect(backend.fingerprint(path)).toBe(before);
  });

  it('takes the customer already on file with the same name and phone rather than making a twin', async () => {
    const path = backend.logbook();
    // Two counters: each looked the customer up before the other created them.
    const [first, second] = [await testStore(path), await testStore(path)];
    expect(await second.store.findCustomers('Jean Neuf')).toEqual([]);
    const a = await first.store.createComplaint(
      {},
      { kind: 'created', operator },
      { name: 'Jean Neuf', phone: '0611223344' },
    );
    const b = await second.store.createComplaint(
      {},
      { kind: 'created', operator },
      { name: 'jean  NEUF', phone: '+33 6 11 22 33 44' },
    );
    expect(b.customerId).toBe(a.customerId);
    // The same name with another phone, or without a phone to tell, is another customer.
    const c = await second.store.createComplaint(
      {},
      { kind: 'created', operator },
      { name: 'Jean Neuf', phone: '0699887766' },
    );
    const d = await second.store.createComplaint({}, { kind: 'created', operator }, { name: 'Jean Neuf' });
    expect(new Set([a.customerId, c.customerId, d.customerId]).size).toBe(3);
    await first.store.close();
    await second.store.close();
  });

  it('keeps settings in the logbook and removes one to go back to its default', async () => {
    const { store } = await testStore(backend.logbook());
    await store.setSetting('operator', 'Anne');
    await store.setSetting('operator', 'Paul');
    // The logbook's own id is made with it.
    expect(await store.listSettings()).toEqual({
      'logbook.id': expect.stringMatching(/^[0-9a-f]{16}$/),
      operator: 'Paul',
    });
    await store.setSetting('operator', null);
    expect(await store.getSetting('operator')).toBeNull();
    await store.close();
  });
});
