import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { logbookRecords } from '../helpers/parity.js';
import { testStore } from '../helpers/store.js';

// The store's part of letters and clocks, the same on both stores: the customer's postal
// address, the promised answer day and the first written answer, and the complaints whose
// clocks `due` and the report read.

describe.each(BACKENDS)('letters and clocks in the store ($name)', (backend) => {
  it('keeps the postal address, the promised day and the written answer; forget erases the address', async () => {
    const { store } = await testStore(backend.logbook());
    const { id, customerId } = await store.createComplaint(
      { phaseReached: 2 },
      { kind: 'created', operator: 'Anne' },
      { name: 'Marie Dupont', address: '3 rue des Lilas; 69003 Lyon' },
    );
    const changed = await store.recordChange({
      id,
      patch: { answerDueAt: '2026-12-04', writtenAnswerAt: '2026-11-25T09:00:00.000Z' },
      customerPatch: { address: '5 rue Neuve; 69002 Lyon' },
      event: { kind: 'letter', operator: 'Anne', details: { type: 'accuse', format: 'pdf', sent: false } },
    });
    expect(changed).toMatchObject({ answerDueAt: '2026-12-04', writtenAnswerAt: '2026-11-25T09:00:00.000Z' });
    expect(changed.customer?.address).toBe('5 rue Neuve; 69002 Lyon');
    await store.forgetCustomer(customerId!, 'Anne');
    expect((await store.getCustomer(customerId!))?.address).toBeNull();
    await store.close();
  });

  it('reads the complaints with a clock to keep, and not those settled or without one', async () => {
    const { store } = await testStore(backend.logbook());
    const make = async (patch: Parameters<typeof store.createComplaint>[0], status?: 'open' | 'closed') => {
      const { id } = await store.createComplaint(patch, { kind: 'created', operator: null }, { name: 'Client' });
      if (status) await store.recordChange({ id, status, event: { kind: 'completed', operator: null } });
      return id;
    };
    const written = await make({ writtenAt: '2026-11-20' }, 'open');
    const promised = await make({ answerDueAt: '2026-12-04' }, 'open');
    const repair = await make({ purchaseDate: '2026-06-02', request: 'repair' }, 'open');
    await make({ purchaseDate: '2026-06-02', request: 'repair', business: true }, 'open');
    await make({ request: 'refund' }, 'open');
    const closedUnsettled = await make({ writtenAt: '2026-10-01', outcome: 'unresolved' }, 'closed');
    await make({ writtenAt: '2026-10-01', outcome: 'resolved' }, 'closed');
    const open = await store.openClocks();
    expect(open.map((row) => row.id)).toEqual([written, promised, repair, closedUnsettled]);
    expect(open[0]).toMatchObject({ customer: 'Client', writtenAt: '2026-11-20', business: false, status: 'open' });
    await store.close();
  });

  it('reads the complaints whose clocks may fall due in a period through each clock’s starting date', async () => {
    const { store, clock } = await testStore(backend.logbook());
    clock.now = new Date('2026-10-20T09:00:00Z');
    const { id: repair } = await store.createComplaint(
      { receivedAt: '2026-10-20T09:00:00.000Z', purchaseDate: '2026-06-02', request: 'repair' },
      { kind: 'created', operator: null },
    );
    const { id: written } = await store.createComplaint(
      { writtenAt: '2026-09-20' },
      { kind: 'created', operator: null },
    );
    const { id: promised } = await store.createComplaint(
      { answerDueAt: '2026-11-19' },
      { kind: 'created', operator: null },
    );
    await store.createComplaint(
      { answerDueAt: '2026-12-19', writtenAt: '2026-02-01' },
      { kind: 'created', operator: null },
    );
    const ids: number[] = [];
    await store.eachClockDueBetween('2026-11-16', '2026-11-22', (facts) => ids.push(facts.id));
    expect(ids.sort()).toEqual([repair, written, promised].sort());
    await store.close();
  });

  it('hands over every complaint of a range that holds more than one batch of the server’s cursor', async () => {
    const { store } = await testStore(backend.logbook());
    // The PostgreSQL store reads 5,000 rows at a time.
    const count = 5_100;
    const records = [...logbookRecords(count)].map((record) => ({
      ...record,
      complaint: { ...record.complaint, answerDueAt: '2026-11-18' },
    }));
    await store.importRecords(records);
    const ids = new Set<number>();
    let visits = 0;
    await store.eachClockDueBetween('2026-11-16', '2026-11-22', (facts) => {
      visits++;
      ids.add(facts.id);
    });
    expect({ visits, distinct: ids.size }).toEqual({ visits: count, distinct: count });
    await store.close();
  });
});

describe('clocks in the SQLite store', () => {
  it('reads the open clocks from their partial index, not the whole logbook', async () => {
    const path = tempLogbook();
    await (await testStore(path)).store.close();
    const db = new Database(path, { readonly: true });
    const { OPEN_SQL } = await import('../../src/store/sqlite/clocks.js');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${OPEN_SQL}`).all() as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toContain('USING INDEX complaints_clocks_open');
    db.close();
  });
});
