import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DUE_SQL } from '../../src/store/sqlite/due.js';
import { REPORT_SQL } from '../../src/store/sqlite/report.js';
import { TO_HANDLE_SQL } from '../../src/store/sqlite/report-sql.js';
import { FOLLOW_UPS_SQL, SUMMARY_SQL } from '../../src/store/sqlite/report-sql.js';
import { tempLogbook } from '../helpers/cli.js';
import { seedLogbook } from '../report/seed.js';

// Stricter than "no full scan": a read of complaints or events must be a SEARCH, i.e. a
// range of an index. "SCAN complaints USING INDEX ..." also reads the whole logbook, only
// in another order, and would make a week's report as slow as --all on a big logbook.

/** Every statement a report runs on a period, its summary of the period before included. */
const PERIOD_SQL = [...new Set([...REPORT_SQL, ...SUMMARY_SQL])];

const PERIOD = { from: '2026-11-16T23:00:00.000Z', to: '2026-11-23T23:00:00.000Z' };

function plan(path: string, sql: string, params: object): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail);
  } finally {
    db.close();
  }
}

/** The steps that touch the logbook's tables (by name or by alias). */
function tableReads(details: string[]): string[] {
  return details.filter((detail) => /^(SCAN|SEARCH) (complaints|events|c|cu|c2|e)\b/.test(detail));
}

/** A range of an index; "EXISTS" when SQLite stops at the first entry found. */
const INDEX_RANGE = /^SEARCH \w+ (EXISTS )?USING (COVERING )?INDEX \w+ \(/;

describe('query plans of what cron and the weekly report run', () => {
  it('reads every table of every report statement through a range of an index, never the whole table', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    for (const sql of PERIOD_SQL) {
      const reads = tableReads(plan(path, sql, PERIOD));
      expect(reads.length, sql).toBeGreaterThan(0);
      for (const read of reads) expect(read, sql).toMatch(INDEX_RANGE);
    }
  });

  it('bounds the period statements by received_at, closed_at or the events of a kind in the period', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    for (const sql of PERIOD_SQL) {
      const reads = tableReads(plan(path, sql, PERIOD)).join('\n');
      expect(reads, sql).toMatch(/\((received_at|closed_at)>\? AND \1<\?\)|\(kind=\? AND at>\? AND at<\?\)/);
    }
  });

  it("finds the period's new customers as one range of first complaints, without a probe per customer", async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    const customers = REPORT_SQL.find((sql) => sql.includes('first_received_at'))!;
    const details = plan(path, customers, PERIOD);
    expect(details).toContainEqual(
      'SEARCH c USING COVERING INDEX customers_by_first_complaint (first_received_at>? AND first_received_at<?)',
    );
    expect(details.join('\n')).not.toMatch(/complaints_by_customer_received/);
  });

  it('reads every figure of the period from indexes alone (but causes and lessons, 100 at most)', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    for (const sql of PERIOD_SQL.filter((sql) => !sql.includes('lesson'))) {
      for (const read of tableReads(plan(path, sql, PERIOD))) expect(read, sql).toMatch(/ USING COVERING INDEX /);
    }
  });

  it('reads the lessons of the period from the index of the complaints that have one, in their order', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    const lessons = REPORT_SQL.find((sql) => sql.includes('lesson'))!;
    expect(plan(path, lessons, PERIOD)).toEqual([
      expect.stringMatching(
        /^SEARCH complaints USING INDEX complaints_report_lessons \(closed_at>\? AND closed_at<\?\)$/,
      ),
    ]);
  });

  it('reads the durations and due dates as indexed: no date or JSON is parsed per complaint or event', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    const db = new Database(path, { readonly: true });
    try {
      for (const sql of PERIOD_SQL) {
        const calls = (db.prepare(`EXPLAIN ${sql}`).all(PERIOD) as { opcode: string; p4: string | null }[])
          .filter((op) => /Func/.test(op.opcode))
          .map((op) => String(op.p4));
        expect(
          calls.filter((name) => name.startsWith('json_extract')),
          sql,
        ).toEqual([]);
        // The follow-ups take the julian day of each day's start, once per day, nothing else.
        expect(calls.filter((name) => name.startsWith('julianday')).length, sql).toBe(sql === FOLLOW_UPS_SQL ? 2 : 0);
      }
    } finally {
      db.close();
    }
  });

  it('answers due from the partial index of pending callbacks, in its order, looking customers up by id', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    const details = plan(path, DUE_SQL, { before: '2026-11-24T00:00:00.000Z' });
    expect(tableReads(details)).toEqual([
      expect.stringMatching(/^SEARCH c USING INDEX complaints_due \((next_contact_at>\? AND )?next_contact_at<\?\)$/),
      expect.stringMatching(/^SEARCH cu USING INTEGER PRIMARY KEY \(rowid=\?\)( LEFT-JOIN)?$/),
    ]);
    expect(details.join('\n')).not.toContain('TEMP B-TREE');
  });

  it('lists what needs handling from the partial index of drafts and unplanned complaints alone', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    const details = plan(path, TO_HANDLE_SQL, {});
    expect(tableReads(details)).toEqual([
      expect.stringMatching(/^SCAN complaints USING COVERING INDEX complaints_to_handle$/),
    ]);
  });
});
