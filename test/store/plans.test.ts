import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DUE_SQL } from '../../src/store/sqlite/due.js';
import { REPORT_SQL } from '../../src/store/sqlite/report.js';
import { tempLogbook } from '../helpers/cli.js';
import { seedLogbook } from '../report/seed.js';

// Stricter than "no full scan": a read of complaints or events must be a SEARCH, i.e. a
// range of an index. "SCAN complaints USING INDEX ..." also reads the whole logbook, only
// in another order, and would make a week's report as slow as --all on a big logbook.

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
  return details.filter((detail) => /^(SCAN|SEARCH) (complaints|events|c|cu|c2)\b/.test(detail));
}

describe('query plans of what cron and the weekly report run', () => {
  it('reads every table of every report statement through a range of an index, never the whole table', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    for (const sql of REPORT_SQL) {
      const reads = tableReads(plan(path, sql, PERIOD));
      expect(reads.length, sql).toBeGreaterThan(0);
      for (const read of reads) expect(read, sql).toMatch(/^SEARCH \w+ USING (COVERING )?INDEX \w+ \(/);
    }
  });

  it('bounds the period statements by received_at, closed_at or the events of a kind in the period', async () => {
    const path = tempLogbook();
    await seedLogbook(path);
    for (const sql of REPORT_SQL) {
      const reads = tableReads(plan(path, sql, PERIOD)).join('\n');
      expect(reads, sql).toMatch(/\((received_at|closed_at)>\? AND \1<\?\)|\(kind=\? AND at>\? AND at<\?\)/);
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
});
