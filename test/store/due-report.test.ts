import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DUE_SQL } from '../../src/store/sqlite/due.js';
import { REPORT_SQL } from '../../src/store/sqlite/report.js';
import { tempLogbook } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';
import { seedLogbook } from '../report/seed.js';

function plan(db: Database.Database, sql: string, params: object): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail);
}

/** A full read of a table appears as "SCAN <table>" without an index. */
function fullScans(details: string[]): string[] {
  return details.filter((detail) => /^SCAN (complaints|events|c|cu)\b(?!.*USING)/.test(detail));
}

describe('due and report queries in the SQLite store', () => {
  it('answers due from the partial index complaints_due, without reading the whole logbook', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    const db = new Database(path, { readonly: true });
    const details = plan(db, DUE_SQL, { before: '2026-11-24T00:00:00.000Z' });
    expect(details.join('\n')).toContain('USING INDEX complaints_due');
    expect(fullScans(details)).toEqual([]);
    expect(details.join('\n')).not.toContain('TEMP B-TREE');
    db.close();
  });

  it('reads only the period for every report figure: each query goes through an index', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    const db = new Database(path, { readonly: true });
    for (const sql of REPORT_SQL) {
      const details = plan(db, sql, { from: '2026-11-16T23:00:00.000Z', to: '2026-11-23T23:00:00.000Z' });
      expect(fullScans(details), `${sql}\n${details.join('\n')}`).toEqual([]);
    }
    db.close();
  });
});

describe.each(BACKENDS)('due and report figures in the store ($name)', (backend) => {
  it('lists pending callbacks only, oldest first, and never closed or draft complaints', async () => {
    const { store, clock } = await testStore(backend.logbook());
    const later = await store.createComplaint({}, { kind: 'created', operator: null });
    const earlier = await store.createComplaint({}, { kind: 'created', operator: null });
    const closed = await store.createComplaint(
      { nextContactAt: '2026-11-01T08:00:00.000Z' },
      { kind: 'created', operator: null },
    );
    await store.createComplaint({ nextContactAt: '2026-11-01T08:00:00.000Z' }, { kind: 'created', operator: null });
    await store.recordChange({
      id: later.id,
      status: 'open',
      patch: { nextContactAt: '2026-11-20T08:00:00.000Z' },
      event: { kind: 'completed', operator: null },
    });
    await store.recordChange({
      id: earlier.id,
      status: 'awaiting_callback',
      patch: { nextContactAt: '2026-11-10T08:00:00.000Z' },
      event: { kind: 'completed', operator: null },
    });
    await store.recordChange({ id: closed.id, status: 'closed', event: { kind: 'closed', operator: null } });
    clock.now = new Date('2026-11-23T10:00:00Z');
    expect((await store.listDue({ before: clock.now })).map((c) => c.id)).toEqual([earlier.id, later.id]);
    expect(await store.listDue({ before: new Date('2026-11-10T08:00:00Z') })).toEqual([]);
    await store.close();
  });

  it('takes the median and the 90th percentile from ranks: mean of the two middle values, nearest rank', async () => {
    const { store, clock } = await testStore(backend.logbook());
    // Closed after 1, 2, 3, ... 10 days: median 5.5, p90 the 9th value, 9.
    for (let days = 1; days <= 10; days++) {
      clock.now = new Date('2026-11-01T09:00:00Z');
      const { id } = await store.createComplaint(
        { receivedAt: '2026-11-01T09:00:00.000Z' },
        { kind: 'created', operator: null },
      );
      const closedAt = new Date(Date.UTC(2026, 10, 1 + days, 9)).toISOString();
      await store.recordChange({
        id,
        status: 'closed',
        patch: { closedAt },
        event: { kind: 'closed', operator: null },
      });
    }
    const figures = await store.reportFigures({
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
    });
    expect(figures.resolutionDays).toEqual({ count: 10, median: 5.5, p90: 9 });
    const one = await store.reportFigures({
      from: new Date('2026-11-02T00:00:00Z'),
      to: new Date('2026-11-03T00:00:00Z'),
    });
    expect(one.resolutionDays).toEqual({ count: 1, median: 1, p90: 1 });
    await store.close();
  });
  it('gives the summary of a period with the same figures as the whole report of it', async () => {
    const path = backend.logbook();
    await seedLogbook(path);
    const { store } = await testStore(path);
    const weeks = [
      { from: new Date('2026-11-09T23:00:00Z'), to: new Date('2026-11-16T23:00:00Z') },
      { from: new Date('2026-11-16T23:00:00Z'), to: new Date('2026-11-23T23:00:00Z') },
      { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') },
    ];
    for (const week of weeks) {
      const summary = await store.reportSummary(week);
      const figures = await store.reportFigures(week);
      expect(summary.received).toBeGreaterThan(0);
      expect(figures).toMatchObject(summary);
      expect(Object.keys(summary).sort()).toEqual([
        'abusive',
        'closed',
        'costCents',
        'customers',
        'firstResponseHours',
        'followUps',
        'open',
        'received',
        'resolutionDays',
        'satisfaction',
      ]);
    }
    await store.close();
  });
});
