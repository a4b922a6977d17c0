import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../src/store/store.js';
import { tempLogbook } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';

function* records(count: number): Generator<ImportRecord> {
  for (let i = 1; i <= count; i++) {
    const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    const complaint = Object.fromEntries(
      [
        'channel',
        'operator',
        'mood',
        'account',
        'orderRef',
        'purchaseDate',
        'product',
        'category',
        'request',
        'facts',
        'writtenAt',
        'apologised',
        'apologyNote',
        'solution',
        'solutionType',
        'assignee',
        'costCents',
        'nextContactAt',
        'callbackPhone',
        'callbackNote',
        'outcome',
        'satisfaction',
        'cause',
        'lesson',
        'firstResponseAt',
        'resolvedAt',
        'closedAt',
      ].map((f) => [f, null]),
    );
    yield {
      key: `seed:${i}`,
      exported: false,
      complaint: {
        ...complaint,
        id: null,
        status: 'open',
        phaseReached: 5,
        receivedAt: at,
        createdAt: at,
        updatedAt: at,
        business: false,
        secondHand: false,
        product: `Produit ${i}`,
      } as ImportRecord['complaint'],
      customer: {
        id: null,
        name: `Client ${i % 7}`,
        phone: `06 00 00 00 0${i % 7}`,
        email: null,
        company: null,
        createdAt: null,
        forgottenAt: null,
      },
      events: [{ at, operator: 'seed', kind: 'created', statusBefore: null, statusAfter: 'open', details: { n: i } }],
    };
  }
}

describe.each(BACKENDS)('bulk import in the store ($name)', (backend) => {
  it('takes any iterable, as a seeding script would, in one transaction with many rows per insert', async () => {
    const { store } = await testStore(backend.logbook());
    const progress: number[] = [];
    const result = await store.importRecords(records(1234), { onProgress: (done) => progress.push(done) });
    expect(result).toEqual({
      added: 1234,
      skipped: 0,
      updated: 0,
      differences: [],
      refusedMoves: [],
      customersAdded: 7,
      customersMatched: 1227,
    });
    expect(progress).toEqual([500, 1000, 1234]);
    const health = await store.health();
    expect(health.counts).toMatchObject({ complaints: 1234, customers: 7, events: 1234 });
    expect(health.foreignKeyProblems).toBe(0);
    expect((await store.getComplaint(1234))?.product).toBe('Produit 1234');
    expect(await store.importRecords(records(1300))).toEqual({
      added: 66,
      skipped: 1234,
      updated: 0,
      differences: [],
      refusedMoves: [],
      customersAdded: 0,
      customersMatched: 66,
    });
    await store.close();
  });

  it("keeps each customer's first complaint: the earliest of those imported and those already there", async () => {
    const path = backend.logbook();
    const { store } = await testStore(path);
    const later = [...records(20)].filter((record) => Number(record.key.slice('seed:'.length)) > 10);
    await store.importRecords(later);
    // Into the logbook in use: ten earlier complaints of the same seven customers.
    await store.importRecords(records(20));
    await store.close();
    // Each store writes its instants in its own way: read back as dates.
    const firsts = backend
      .sql(path, 'SELECT name, first_received_at FROM customers ORDER BY name')
      .map((row) => `${row.split('|')[0]}|${new Date(row.split('|')[1]).toISOString()}`);
    expect(firsts).toEqual(
      [7, 1, 2, 3, 4, 5, 6].map((i) => `Client ${i % 7}|${new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()}`),
    );
  });

  it('counts in a dry run and leaves the file as it was', async () => {
    const path = backend.logbook();
    const { store } = await testStore(path);
    await store.importRecords(records(3));
    await store.close();
    const before = backend.fingerprint(path);
    const again = await testStore(path);
    expect(await again.store.importRecords(records(10), { dryRun: true })).toEqual({
      added: 7,
      skipped: 3,
      updated: 0,
      differences: [],
      refusedMoves: [],
      customersAdded: 4,
      customersMatched: 3,
    });
    expect((await again.store.health()).counts?.complaints).toBe(3);
    await again.store.close();
    expect(backend.fingerprint(path)).toBe(before);
  });
});

describe('bulk import in the SQLite store', () => {
  it('builds the indexes after the rows of an import into an empty logbook, keeping them come what may', async () => {
    const path = tempLogbook();
    const read = <T>(sql: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare(sql).all() as T[];
      } finally {
        db.close();
      }
    };
    const schema = () => read('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name');
    const { store } = await testStore(path);
    const before = schema();
    expect(before.filter((entry) => (entry as { type: string }).type === 'index').length).toBeGreaterThan(10);

    // A dry run, and a row the logbook refuses half-way (a status no CHECK allows).
    await store.importRecords(records(600), { dryRun: true });
    function* refused() {
      for (const record of records(600))
        yield record.key === 'seed:450' ? { ...record, complaint: { ...record.complaint, status: 'bogus' } } : record;
    }
    await expect(store.importRecords(refused() as Iterable<ImportRecord>)).rejects.toThrow(/CHECK/);
    expect(schema()).toEqual(before);
    expect((await store.health()).counts?.complaints).toBe(0);

    await store.importRecords(records(600));
    expect(schema()).toEqual(before);
    expect(read<{ integrity_check: string }>('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // Every index holds every row it should: counted through the index and through the table.
    const [{ indexed }] = read<{ indexed: number }>(
      "SELECT count(*) AS indexed FROM complaints INDEXED BY complaints_by_received WHERE received_at > ''",
    );
    expect(indexed).toBe(600);
    await store.close();
  });
});
