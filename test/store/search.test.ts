import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/domain/search.js';
import { MIGRATIONS as PG_MIGRATIONS } from '../../src/store/pg/migrations.js';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import type { Store } from '../../src/store/store.js';
import { tempLogbook } from '../helpers/cli.js';
import { BACKENDS, databaseOf, pgLogbook, PG, PG_MISSING, psql } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';

const operator = 'Anne';

/** The ids of the complaints a search finds, best first. */
async function found(store: Store, text: string): Promise<number[]> {
  return (await store.searchComplaints(searchWords(text), 20)).map((hit) => hit.id);
}

/** A complaint with its customer, texts and a noted contact. */
async function coffeeMaker(store: Store): Promise<number> {
  const { id } = await store.createComplaint(
    {
      product: 'Cafetière Expresso',
      orderRef: 'CMD-2041',
      account: 'La cafetière fuit par le dessous',
      facts: 'Joint usé',
      solution: 'Nous remplaçons le joint jeudi',
      callbackNote: 'Rappeler pour le rendez-vous',
      phaseReached: 5,
    },
    { kind: 'created', operator },
    { name: 'Hélène Lefèvre', phone: '06 12 34 56 78', email: 'helene.lefevre@example.fr', company: 'Bois-Joli' },
  );
  await store.recordChange({
    id,
    status: 'open',
    event: { kind: 'follow_up', operator, details: { note: 'Laissé un message vocal', outcome: 'pièce commandée' } },
  });
  return id;
}

describe.each(BACKENDS)('searching the logbook ($name)', (backend) => {
  it('finds a complaint by any of its texts, accents, case and French word forms ignored', async () => {
    const { store } = await testStore(backend.logbook());
    const id = await coffeeMaker(store);
    const other = await store.createComplaint(
      { product: 'Tondeuse', account: 'Ne démarre plus' },
      { kind: 'created', operator },
      { name: 'Marc Durand', phone: '07 98 76 54 32' },
    );
    for (const text of [
      'cafetière',
      'CAFETIERES',
      'cafetieres expresso',
      'Lefevre',
      'hélène',
      '0612345678',
      '06 12 34 56 78',
      'helene.lefevre@example.fr',
      'bois-joli',
      'CMD-2041',
      'joints usés',
      'remplacer',
      'rendez-vous',
      'message vocal',
      'pièces commandées',
    ]) {
      expect(await found(store, text), text).toEqual([id]);
    }
    expect(await found(store, 'démarre')).toEqual([other.id]);
    // Every word must be there.
    expect(await found(store, 'cafetière tondeuse')).toEqual([]);
    expect(await found(store, 'Zorblax')).toEqual([]);
    await store.close();
  });

  it('ranks the customer and the product above a mention in the texts, then the most recent first', async () => {
    const { store, clock } = await testStore(backend.logbook());
    const add = async (at: string, name: string, account: string) => {
      clock.now = new Date(at);
      return (await store.createComplaint({ account }, { kind: 'created', operator }, { name })).id;
    };
    const mention = await add('2026-11-20T09:00:00Z', 'Paul Petit', 'Envoyé par son voisin M. Martin, déçu');
    const older = await add('2026-11-01T09:00:00Z', 'Jeanne Martin', 'Le colis est arrivé ouvert');
    const newer = await add('2026-11-10T09:00:00Z', 'Jeanne Martin', 'Le colis est arrivé ouvert');
    expect(await found(store, 'martin')).toEqual([newer, older, mention]);
    const hits = await store.searchComplaints(['martin'], 2);
    expect(hits.map((hit) => hit.id)).toEqual([newer, older]);
    expect(hits[0]).toMatchObject({
      customer: 'Jeanne Martin',
      status: 'draft',
      summary: 'Le colis est arrivé ouvert',
    });
    expect(hits[0].texts).toContain('Jeanne Martin');
    await store.close();
  });

  it('keeps the index in step with every change: a corrected name, a new note, a solution rewritten', async () => {
    const { store } = await testStore(backend.logbook());
    const id = await coffeeMaker(store);
    await store.recordChange({
      id,
      customerPatch: { name: 'Hélène Lefebvre', email: 'h.lefebvre@example.fr' },
      patch: { solution: 'Échange contre un modèle neuf' },
      event: { kind: 'transferred', operator, details: { to: 'Paul', note: 'Voir avec le fournisseur Krups' } },
    });
    expect(await found(store, 'Lefèvre')).toEqual([]);
    expect(await found(store, 'lefebvre')).toEqual([id]);
    expect(await found(store, 'joint jeudi')).toEqual([]);
    expect(await found(store, 'échange modèle')).toEqual([id]);
    expect(await found(store, 'krups')).toEqual([id]);
    await store.close();
  });

  it('filters a list by its words, with the other filters, newest first', async () => {
    const { store, clock } = await testStore(backend.logbook());
    const first = await coffeeMaker(store);
    clock.now = new Date('2026-11-24T09:00:00Z');
    const second = await coffeeMaker(store);
    await store.recordChange({ id: second, status: 'closed', event: { kind: 'closed', operator } });
    const ids = async (filter: Parameters<Store['listComplaints']>[0]) =>
      (await store.listComplaints(filter)).map((c) => c.id);
    expect(await ids({ search: searchWords('cafetières') })).toEqual([second, first]);
    expect(await ids({ search: searchWords('cafetières'), statuses: ['open'] })).toEqual([first]);
    expect(await ids({ search: searchWords('tondeuse') })).toEqual([]);
    expect(await ids({ search: [] })).toEqual([]);
    await store.close();
  });

  it('forgets the words of an erased customer: neither their name nor their texts are found any more', async () => {
    const { store } = await testStore(backend.logbook());
    const id = await coffeeMaker(store);
    const customerId = (await store.getComplaint(id))!.customerId!;
    await store.forgetCustomer(customerId, operator);
    for (const text of ['lefevre', 'hélène', '0612345678', 'bois-joli', 'CMD-2041', 'fuit', 'message vocal']) {
      expect(await found(store, text), text).toEqual([]);
      expect(await store.listComplaints({ search: searchWords(text) }), text).toEqual([]);
    }
    // What the shop learns from stays: the product.
    expect(await found(store, 'cafetière')).toEqual([id]);
    await store.close();
  });
});

describe('an existing logbook gets its index when brought up to date', () => {
  it('on SQLite: the migration indexes the complaints already there', async () => {
    const path = tempLogbook();
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of MIGRATIONS.slice(0, 8)) migration(db);
    db.pragma('user_version = 8');
    db.exec(`
      INSERT INTO customers (id, name, name_key, created_at, updated_at)
        VALUES (1, 'Hélène Lefèvre', 'helene lefevre', '2026-01-01', '2026-01-01');
      INSERT INTO complaints (id, status, received_at, created_at, updated_at, customer_id, product)
        VALUES (1, 'open', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', 1,
                'Cafetière');
      INSERT INTO events (complaint_id, at, kind, details)
        VALUES (1, '2026-11-02T09:00:00.000Z', 'follow_up', '{"note":"Pièce commandée"}');
    `);
    db.close();
    const { store } = await testStore(path);
    for (const text of ['cafetieres', 'lefevre', 'pièce']) expect(await found(store, text), text).toEqual([1]);
    await store.close();
  });

  it.skipIf(PG === null)(
    `on PostgreSQL: the migration indexes the complaints already there ${PG_MISSING}`,
    async () => {
      const url = pgLogbook();
      psql(
        databaseOf(url),
        `CREATE TABLE plainte_logbook (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
         application text NOT NULL, version integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
       INSERT INTO plainte_logbook (application, version) VALUES ('plainte', 5);
       ${PG_MIGRATIONS.slice(0, 5).join(';\n')};
       INSERT INTO customers (id, name, name_key, created_at, updated_at)
         VALUES (1, 'Hélène Lefèvre', 'helene lefevre', now(), now());
       INSERT INTO complaints (id, status, received_at, created_at, updated_at, customer_id, product)
         VALUES (1, 'open', now(), now(), now(), 1, 'Cafetière');
       INSERT INTO events (complaint_id, at, kind, details)
         VALUES (1, now(), 'follow_up', '{"note":"Pièce commandée"}');`,
      );
      const { store } = await testStore(url);
      for (const text of ['cafetieres', 'lefevre', 'pièce']) expect(await found(store, text), text).toEqual([1]);
      await store.close();
    },
  );
});
