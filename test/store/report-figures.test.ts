import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UPS_SQL } from '../../src/store/sqlite/report-sql.js';
import {
  Numbers,
  compareText,
  countInto,
  countJsonInto,
  countOperatorsInto,
  mean,
  operators,
  ranked,
  remedies,
  round2,
  spread,
  tally,
} from '../../src/store/sqlite/report-tally.js';

// The report's figures computed in JavaScript from what SQLite hands over, checked against
// what SQLite computed itself before (its round(), its ORDER BY, its 'localtime').

describe('report figures counted in JavaScript', () => {
  it("rounds as SQLite's round(x, 2), halves and binary neighbours of halves included", () => {
    const db = new Database(':memory:');
    const sqlite = db.prepare('SELECT round(?, 2)').pluck();
    const hundredths = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => sqlite.get(n / 100) as number);
    // The mean of two rounded values, as the median takes it, and arbitrary doubles.
    fc.assert(
      fc.property(hundredths, hundredths, (a, b) => round2((a + b) / 2) === sqlite.get((a + b) / 2)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) =>
        Object.is(round2(x) + 0, (sqlite.get(x) as number) + 0),
      ),
      { numRuns: 20_000 },
    );
    for (const x of [1.005, 2.675, 1.125, 0.125, -0.125, 201 / 200, 0.005])
      expect(round2(x), String(x)).toBe(sqlite.get(x));
    db.close();
  });

  it('takes the median and the nearest-rank 90th percentile, leaving out values that are NULL', () => {
    expect(spread([])).toEqual({ count: 0, median: null, p90: null });
    expect(spread([null, 3])).toEqual({ count: 1, median: 3, p90: 3 });
    expect(spread([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])).toEqual({ count: 10, median: 5.5, p90: 9 });
    // (1.01 + 1.02) / 2 is 1.0150000000000001 in binary, which SQLite's round() also takes up.
    expect(spread([1.01, 1.02])).toEqual({ count: 2, median: 1.02, p90: 1.02 });
    expect(spread([4, -1, 2])).toEqual({ count: 3, median: 2, p90: 4 });
  });

  it('takes the spread of JSON lists added one after the other, past the room it starts with', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
            { maxLength: 1500 },
          ),
          { maxLength: 4 },
        ),
        (lists) => {
          const numbers = new Numbers();
          for (const list of lists) numbers.addJson(JSON.stringify(list));
          expect(numbers.spread()).toEqual(spread(lists.flat()));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts listed values, most frequent first, then in the order of their text', () => {
    expect(tally(null).size).toBe(0);
    expect(ranked(tally('open,closed,open,draft,closed,awaiting_callback'))).toEqual({
      closed: 2,
      open: 2,
      awaiting_callback: 1,
      draft: 1,
    });
    expect(Object.keys(ranked(tally('open,closed,open,draft,closed,awaiting_callback')))).toEqual([
      'closed',
      'open',
      'awaiting_callback',
      'draft',
    ]);
  });

  it('orders text as SQLite does (by UTF-8 bytes), characters above U+FFFF included, NULL first', () => {
    const db = new Database(':memory:');
    const sorted = db.prepare('SELECT value FROM json_each(?) ORDER BY value').pluck();
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'Ω', '\ue000', '\uffee', '😀', '𝄞', ' ') });
    fc.assert(
      fc.property(fc.array(fc.option(text, { nil: null }), { maxLength: 12 }), (values) => {
        expect([...values].sort(compareText)).toEqual(sorted.all(JSON.stringify(values)));
      }),
      { numRuns: 2000 },
    );
    db.close();
  });

  it('counts categories and operators as SQLite grouped them, from the lists of one scan', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE c (category TEXT, operator TEXT, status TEXT NOT NULL, satisfaction INTEGER)');
    const name = fc.option(fc.constantFrom('Anne', 'anne', 'Élodie', 'Zoé', '😀 Karim', 'Paul', '', 'O;"x,y'), {
      nil: null,
    });
    const row = fc.tuple(
      name,
      name,
      fc.constantFrom('open', 'resolved', 'closed', 'draft'),
      fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    );
    const insert = db.prepare('INSERT INTO c VALUES (?, ?, ?, ?)');
    const lists = db.prepare(
      `SELECT json_group_array(category) AS categories, json_group_array(operator) AS operators,
              group_concat(status) AS statuses, group_concat(ifnull(satisfaction, '')) AS satisfactions FROM c`,
    );
    const byCategory = db.prepare(
      'SELECT category AS key, count(*) AS n FROM c WHERE category IS NOT NULL GROUP BY category ORDER BY n DESC, key',
    );
    const byOperator = db.prepare(
      `SELECT operator, count(*) AS received, coalesce(sum(status IN ('resolved', 'closed')), 0) AS settled,
              round(avg(satisfaction), 2) AS satisfaction
       FROM c GROUP BY operator ORDER BY received DESC, operator`,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        db.exec('DELETE FROM c');
        for (const r of rows) insert.run(...r);
        const got = lists.get() as Record<string, string | null>;
        expect(Object.entries(ranked(countJsonInto(new Map(), got.categories!)))).toEqual(
          (byCategory.all() as { key: string; n: number }[]).map((r) => [r.key, r.n]),
        );
        const byName = new Map();
        countOperatorsInto(
          byName,
          got.operators!,
          got.statuses === null ? [] : got.statuses.split(','),
          got.satisfactions,
        );
        expect(operators(byName)).toEqual(byOperator.all());
      }),
      { numRuns: 500 },
    );
    db.close();
  });

  it('counts a list of few or many distinct values, adding to what was counted before', () => {
    // Values that contain one another, empty ones, and more distinct values than are taken
    // out one by one. (A list of one empty value is written as an empty list: not made.)
    const value = fc.oneof(
      fc.integer({ min: 0, max: 150 }).map((n) => `v${n}`),
      fc.constantFrom('', 'v', 'v1 v2', ' v1', 'v1 '),
    );
    const list = fc.array(value, { minLength: 1, maxLength: 300 }).filter((items) => items.join(',') !== '');
    fc.assert(
      fc.property(fc.array(list, { maxLength: 4 }), (lists) => {
        const expected = new Map<string, number>();
        for (const value of lists.flat()) expected.set(value, (expected.get(value) ?? 0) + 1);
        const counted = new Map<string, number>();
        for (const list of lists) countInto(counted, list.join(','));
        expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(expected));
      }),
      { numRuns: 500 },
    );
  });

  it('pairs remedies asked and granted, a missing side first among equals, as SQLite orders NULL', () => {
    expect(remedies(tally('refund refund,apology ,gesture gesture,refund refund, credit'))).toEqual({
      asked: { refund: 2, apology: 1, gesture: 1 },
      granted: { refund: 2, credit: 1, gesture: 1 },
      pairs: [
        { asked: 'refund', granted: 'refund', count: 2 },
        { asked: null, granted: 'credit', count: 1 },
        { asked: 'apology', granted: null, count: 1 },
        { asked: 'gesture', granted: 'gesture', count: 1 },
      ],
    });
    expect(remedies(tally(null))).toEqual({ asked: {}, granted: {}, pairs: [] });
  });

  it('takes the mean satisfaction as SQLite averaged it, from the counts of each score', () => {
    expect(mean(tally(null))).toEqual({ count: 0, mean: null });
    expect(mean(tally('4,5,3,5,5,1'))).toEqual({ count: 6, mean: 3.83 });
    expect(mean(tally('1,2'))).toEqual({ count: 2, mean: 1.5 });
  });
});

// The rule as the report used to apply it, one 'localtime' conversion per follow-up.
const BY_EACH_DUE_DATE = `
  SELECT coalesce(sum(julianday(at) < julianday(due, 'localtime', 'start of day', '+1 day', 'utc')), 0) AS on_time,
         coalesce(sum(julianday(at) >= julianday(due, 'localtime', 'start of day', '+1 day', 'utc')), 0) AS late,
         coalesce(sum(due IS NULL), 0) AS unscheduled
  FROM (SELECT at, json_extract(details, '$.dueAt') AS due FROM events
        WHERE kind = 'follow_up' AND at >= @from AND at < @to)`;

// Run in a process of its own per time zone: SQLite and Node read TZ when they start.
const SCRIPT = `
  const Database = require('better-sqlite3');
  const { now: sql, old } = JSON.parse(process.argv[1]);
  const db = new Database(':memory:');
  db.exec("CREATE TABLE events (id INTEGER PRIMARY KEY, complaint_id INTEGER, at TEXT, kind TEXT, details TEXT)");
  db.exec(\`CREATE INDEX events_by_kind_due ON events
    (kind, at, complaint_id, json_extract(details, '$.dueAt'), julianday(json_extract(details, '$.dueAt')))\`);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const insert = db.prepare('INSERT INTO events (complaint_id, at, kind, details) VALUES (1, ?, ?, ?)');
  // Follow-ups around the changes of time of 2026 and every midnight between, due before,
  // the same day or after; some unscheduled, some with a due date that does not parse.
  const stretches = [[Date.UTC(2026, 2, 20), 20], [Date.UTC(2026, 9, 18), 20], [Date.UTC(2026, 10, 10), 20]];
  for (const [start, days] of stretches) {
    for (let i = 0; i < 3000; i++) {
      const at = start + Math.floor(rand() * days * 86400000);
      const due = at + Math.floor((rand() - 0.6) * 3 * 86400000);
      const r = rand();
      const details = r < 0.05 ? {} : r < 0.07 ? { dueAt: 'demain' } : { dueAt: new Date(due).toISOString() };
      insert.run(new Date(at).toISOString(), i % 7 === 0 ? 'escalation' : 'follow_up', JSON.stringify(details));
    }
  }
  const local = (y, m, d) => new Date(y, m, d).toISOString();
  const periods = [
    [local(2026, 2, 23), local(2026, 3, 2)], [local(2026, 9, 19), local(2026, 9, 26)],
    [local(2026, 9, 25), local(2026, 9, 26)],
    [local(2026, 10, 16), local(2026, 10, 23)], [local(2026, 2, 20), local(2026, 11, 1)],
    // Not at local midnights: the days are still the shop's.
    ['2026-10-24T13:17:00.000Z', '2026-10-27T05:00:00.000Z'], ['2026-03-28T23:30:00.000Z', '2026-03-30T00:30:00.000Z'],
  ];
  const run = (text) => periods.map(([from, to]) => db.prepare(text).get({ from, to }));
  process.stdout.write(JSON.stringify({ now: run(sql), old: run(old) }));
`;

describe('follow-ups on time, late and unscheduled', () => {
  it('are counted day by day as they were due date by due date, in any time zone, across changes of time', () => {
    for (const tz of [
      'Europe/Paris',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'America/Santiago',
      'UTC',
    ]) {
      const child = spawnSync(
        process.execPath,
        ['-e', SCRIPT, JSON.stringify({ now: FOLLOW_UPS_SQL, old: BY_EACH_DUE_DATE })],
        {
          env: { PATH: process.env.PATH, TZ: tz },
          encoding: 'utf8',
        },
      );
      expect(child.stderr, tz).toBe('');
      const { now, old } = JSON.parse(child.stdout) as { now: unknown[]; old: unknown[] };
      expect(now, tz).toEqual(old);
      expect(JSON.stringify(old), tz).not.toContain('"on_time":0,"late":0');
    }
  });
});
