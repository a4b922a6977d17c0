import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ERASED_FIELDS, KEPT_UNLESS_NAMED } from '../../src/domain/retention.js';
import { COMPLAINT_COLUMNS } from '../../src/store/sqlite/rows.js';
import { tempLogbook } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { recordComplaint } from '../helpers/personal-data.js';
import { testStore } from '../helpers/store.js';

const cutoff = new Date('2023-11-23T00:00:00Z');

describe.each(BACKENDS)('erasing personal data in the store ($name)', (backend) => {
  it('keeps product, cause and lesson unless they name the customer, and events’ anonymous details only', async () => {
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
    expect(erasure).toEqual({ complaints: 1, customers: 1, scrub: 'done' });
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

  it('counts the last contact over all the customer’s complaints; keeps what an open one still needs', async () => {
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

  it('classifies every text column: erased, kept unless naming the customer, or not about them', async () => {
    const path = tempLogbook();
    const { store } = await testStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    const textColumns = (table: string) =>
      (db.pragma(`table_info(${table})`) as { name: string; type: string }[])
        .filter((column) => column.type === 'TEXT')
        .map((column) => column.name);
    const complaints = textColumns('complaints');
    const events = textColumns('events');
    const customers = textColumns('customers');
    db.close();
    const erased = ERASED_FIELDS.map((field) => COMPLAINT_COLUMNS[field]);
    const checked = KEPT_UNLESS_NAMED.map((field) => COMPLAINT_COLUMNS[field]);
    // Dates, choices from fixed lists, the shop's own staff, and a hash of an imported line.
    const notAboutTheCustomer = [
      ...['received_at', 'created_at', 'updated_at', 'purchase_date', 'written_at', 'next_contact_at'],
      ...['first_response_at', 'resolved_at', 'closed_at', 'status', 'channel', 'mood', 'category', 'request'],
      ...['solution_type', 'outcome', 'operator', 'assignee', 'import_key', 'answer_due_at', 'written_answer_at'],
    ];
    expect([...complaints].sort()).toEqual([...erased, ...checked, ...notAboutTheCustomer].sort());
    // An event's details are filtered by kind (anonymousDetails); the rest is dates, staff and statuses.
    expect(events.sort()).toEqual(['at', 'details', 'kind', 'operator', 'status_after', 'status_before']);
    // Name, phone, e-mail, company, postal address and the search keys are erased; the dates stay.
    expect(customers.sort()).toEqual([
      'address',
      'company',
      'created_at',
      'email',
      'first_received_at',
      'forgotten_at',
      'name',
      'name_key',
      'phone',
      'phone_key',
      'updated_at',
    ]);
  });
});
