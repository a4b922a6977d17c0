import { describe, expect, it } from 'vitest';
import { BACKENDS, type Backend } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { foundOnDisk, recordComplaint } from '../helpers/personal-data.js';
import { testStore } from '../helpers/store.js';

const HELENE = {
  name: 'Hélène Lefèvre',
  phone: '06 12 34 56 78',
  email: 'helene.lefevre@example.fr',
  company: 'Menuiserie Bois-Joli',
};
const MARC = { name: 'Marc Durand', phone: '07 98 76 54 32', email: 'marc.durand@example.fr' };

/** Counts that the report is built from: they must not change when a customer is forgotten. */
function statistics(backend: Backend, path: string): unknown {
  return backend.sql(
    path,
    `SELECT status, category, channel, mood, request, solution_type, outcome, satisfaction, cost_cents, received_at, closed_at, count(*) AS n
     FROM complaints GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 ORDER BY 1, 10`,
  );
}

async function logbookWithTwoCustomers(backend: Backend) {
  const path = backend.logbook();
  const fixture = await testStore(path);
  // Her name was first mistyped, then corrected: the old spelling is personal data too.
  const first = await recordComplaint(fixture, {
    customer: { ...HELENE, name: 'Hélène Lefevbre' },
    receivedAt: '2026-10-01T09:00:00Z',
    closedAt: '2026-10-05T09:00:00Z',
    word: 'Zorblax',
  });
  const customerId = (await fixture.store.getComplaint(first))!.customerId!;
  await fixture.store.recordChange({
    id: first,
    customerPatch: { name: HELENE.name },
    event: { kind: 'follow_up', operator: 'Anne', details: { note: 'nom corrigé' } },
  });
  const second = await recordComplaint(fixture, {
    customer: { id: customerId },
    receivedAt: '2026-11-20T09:00:00Z',
    word: 'Kwimbel',
  });
  await recordComplaint(fixture, { customer: MARC, receivedAt: '2026-11-21T09:00:00Z', word: 'Quintessor' });
  return { path, fixture, customerId, complaints: [first, second] };
}

const HELENE_VALUES = [
  'Hélène',
  'Lefèvre',
  'lefevre', // the search key
  'Lefevbre',
  '06 12 34 56 78',
  '0612345678', // the phone search key
  'helene.lefevre@example.fr',
  'Bois-Joli',
  'Zorblax',
  'Kwimbel',
];

describe.each(BACKENDS)('plainte forget ($name)', (backend) => {
  it('erases the customer from the database file and its WAL, and keeps the other customers', async () => {
    const { path, fixture, customerId, complaints } = await logbookWithTwoCustomers(backend);
    // The fixture's connection stays open, so the WAL stays on disk with every old page.
    expect(foundOnDisk(path, HELENE_VALUES)).toEqual(HELENE_VALUES);
    const before = statistics(backend, path);

    const run = await runIn(['forget', 'lefevre', '--yes', '--operator', 'Paul'], { db: path });
    expect(run.stderr).toContain(`Données personnelles du client n° ${customerId} effacées (2 réclamations).`);
    expect(run.status).toBe(0);

    expect(foundOnDisk(path, HELENE_VALUES)).toEqual([]);
    expect(foundOnDisk(path, ['Marc Durand', 'Quintessor', 'marc.durand@example.fr'])).toHaveLength(3);
    expect(statistics(backend, path)).toEqual(before);

    const customer = (await fixture.store.getComplaint(complaints[0]))!.customer!;
    expect(customer).toMatchObject({
      name: '(effacé)',
      phone: null,
      email: null,
      company: null,
      forgottenAt: '2026-11-23T10:00:00.000Z',
    });
    for (const id of complaints) {
      const complaint = (await fixture.store.getComplaint(id))!;
      expect(complaint).toMatchObject({
        account: null,
        facts: null,
        orderRef: null,
        apologyNote: null,
        solution: null,
        callbackPhone: null,
        callbackNote: null,
      });
      // What the shop learns from stays: the product, the cause, the lesson, the facts of the case.
      expect(complaint).toMatchObject({
        product: 'perceuse',
        category: 'defective',
        solutionType: 'refund',
        costCents: 8990,
        mood: 'angry',
      });
      const events = await fixture.store.listEvents(id);
      expect(events.at(-1)).toMatchObject({ kind: 'forgotten', operator: 'Paul', details: {} });
      expect(events.every((event) => event.details.note === undefined)).toBe(true);
    }
    expect((await fixture.store.getComplaint(complaints[0]))!.cause).toBe('lot défectueux');
    await fixture.store.close();
    expect(foundOnDisk(path, HELENE_VALUES)).toEqual([]);
  });

  it('asks for --yes without a terminal, and changes nothing', async () => {
    const { path, fixture } = await logbookWithTwoCustomers(backend);
    await fixture.store.close();
    const before = backend.fingerprint(path);
    const run = await runIn(['oublier', 'Lefèvre'], { db: path });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ajoutez --yes');
    expect(backend.fingerprint(path)).toBe(before);
  });

  it('lists the customers when several match, and takes the customer number', async () => {
    const path = backend.logbook();
    const fixture = await testStore(path);
    await recordComplaint(fixture, {
      customer: { name: 'Paul Martin' },
      receivedAt: '2026-11-01T09:00:00Z',
      word: 'Alpha',
    });
    await recordComplaint(fixture, {
      customer: { name: 'Sophie Martin', phone: '0611111111' },
      receivedAt: '2026-11-02T09:00:00Z',
      word: 'Beta',
    });
    await fixture.store.close();
    const several = await runIn(['forget', 'martin', '--yes'], { db: path });
    expect(several.status).toBe(1);
    expect(several.stderr).toContain('n° 1  Paul Martin');
    expect(several.stderr).toContain('n° 2  Sophie Martin  0611111111');
    expect(several.stderr).toContain('relancez avec le numéro du client');
    expect((await runIn(['forget', '2', '--yes'], { db: path })).status).toBe(0);
    expect(foundOnDisk(path, ['Sophie', 'Paul Martin'])).toEqual(['Paul Martin']);
    const again = await runIn(['forget', '2', '--yes', '--lang', 'en'], { db: path });
    expect(again).toMatchObject({ status: 0 });
    expect(again.stderr).toContain('customer #2 was already erased');
  });

  it('exits 1 when no customer matches', async () => {
    const run = await runIn(['forget', 'Personne', '--yes'], { db: backend.emptyLogbook() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('aucun client ne correspond à « Personne »');
  });
});
