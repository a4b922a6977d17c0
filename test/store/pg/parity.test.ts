import { describe, expect, it } from 'vitest';
import { PG, PG_MISSING, POSTGRESQL, SQLITE } from '../../helpers/logbooks.js';
import { logbookRecords } from '../../helpers/parity.js';
import { testStore } from '../../helpers/store.js';
import type { ExportedComplaint, Period, Store } from '../../../src/store/store.js';

// The same logbook in both stores gives the same answers to every question, to the last
// digit: the report's medians and 90th percentiles, repeat customers, follow-ups on time at
// the edges of local days, and what every list and search returns.

/** The complaints an export reads, as plain values: the fields and the history (a store may
 * also carry the history's text, which the export test checks against the events). */
async function collect(iterable: AsyncIterable<ExportedComplaint>): Promise<ExportedComplaint[]> {
  const all: ExportedComplaint[] = [];
  for await (const complaint of iterable) {
    const { historyJson: _text, ...fields } = complaint;
    all.push({ ...fields, events: complaint.events });
  }
  return all;
}

const day = (iso: string) => new Date(iso);

const PERIODS: Period[] = [
  { from: day('2026-09-01T00:00:00Z'), to: day('2026-12-01T00:00:00Z') },
  { from: day('2026-10-04T22:00:00Z'), to: day('2026-10-11T22:00:00Z') },
  { from: day('2026-10-25T00:00:00Z'), to: day('2026-11-01T00:00:00Z') },
  { from: day('2026-11-16T23:00:00Z'), to: day('2026-11-23T23:00:00Z') },
  { from: day('2020-01-01T00:00:00Z'), to: day('2027-01-01T00:00:00Z') },
];

async function answers(store: Store): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const period of PERIODS) {
    found.push(await store.reportFigures(period), await store.reportSummary(period));
  }
  found.push(
    await store.receivedBetween(PERIODS.slice(0, 4).map((p) => p.from)),
    await store.firstReceivedAt(),
    await store.listComplaints({}),
    await store.listComplaints({ statuses: ['open', 'awaiting_callback'], customer: 'client 3', limit: 7 }),
    await store.listComplaints({ category: 'réseau', since: day('2026-10-01T00:00:00Z') }),
    await store.listDue({ before: day('2026-11-20T00:00:00Z') }),
    await store.listDue({ before: day('2026-12-31T00:00:00Z'), assignee: 'ELODIE' }),
    await store.findCustomers('client 1'),
    await store.findCustomers('06 00 00 00 04'),
    await store.customerComplaints(3),
    await store.getCustomer(2),
    await store.getComplaint(17),
    await store.listEvents(17),
    await collect(store.exportComplaints({})),
    await collect(store.exportComplaints({ callbacks: true })),
    await store.planPurge(day('2026-10-15T00:00:00Z'), 'anonymise'),
    await store.planPurge(day('2026-10-15T00:00:00Z'), 'delete'),
    (await store.health()).counts,
  );
  return found;
}

describe.skipIf(PG === null)(`the same logbook in SQLite and on PostgreSQL ${PG_MISSING}`, () => {
  it('gives the same report, lists, searches and export, figure for figure', async () => {
    const results = [];
    for (const backend of [SQLITE, POSTGRESQL]) {
      const { store } = await testStore(backend.logbook());
      await store.importRecords(logbookRecords(600));
      results.push(await answers(store));
      await store.close();
    }
    const [sqlite, postgresql] = results;
    for (let i = 0; i < sqlite.length; i++) expect(postgresql[i], `answer ${i}`).toEqual(sqlite[i]);
    // The logbook is rich enough for the figures to mean something.
    const figures = sqlite[0] as Awaited<ReturnType<Store['reportFigures']>>;
    expect(figures.followUps.onTime).toBeGreaterThan(5);
    expect(figures.followUps.late).toBeGreaterThan(5);
    expect(figures.customers.repeat).toBeGreaterThan(3);
    expect(figures.resolutionDays.count).toBeGreaterThan(20);
  });

  it('erases the same data with forget and purge', async () => {
    const results = [];
    for (const backend of [SQLITE, POSTGRESQL]) {
      const { store } = await testStore(backend.logbook());
      await store.importRecords(logbookRecords(200));
      const forgotten = await store.forgetCustomer(3, 'Anne');
      const purged = await store.purge(day('2026-10-15T00:00:00Z'), 'anonymise', 'Anne');
      const deleted = await store.purge(day('2026-10-25T00:00:00Z'), 'delete', 'Anne');
      const left = await collect(store.exportComplaints({}));
      results.push({ forgotten: forgotten.complaints, purged, deleted, left });
      await store.close();
    }
    expect(results[1]).toEqual(results[0]);
  });
});
