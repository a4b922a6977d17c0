import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/migrations.js';
import { CUSTOMERS_SQL } from '../../src/store/sqlite/report-sql.js';

// customers.first_received_at (migration 5) is kept by triggers, whatever writes the
// complaints; the report's repeat customers are counted from it. Both are checked against
// their definition, computed from the complaints themselves, after random writes.

/** Repeat customers as defined: two complaints in the period, or one in it and one before. */
const DEFINITION = `
  WITH p AS (SELECT customer_id AS id, count(*) AS n FROM complaints
             WHERE received_at >= @from AND received_at < @to AND customer_id IS NOT NULL GROUP BY customer_id)
  SELECT count(*) AS total,
         coalesce(sum(n >= 2 OR EXISTS (SELECT 1 FROM complaints c2
                                        WHERE c2.customer_id = p.id AND c2.received_at < @from)), 0) AS repeat
  FROM p`;

const DRIFT = `
  SELECT count(*) FROM customers
  WHERE first_received_at IS NOT (SELECT min(received_at) FROM complaints WHERE customer_id = customers.id)`;

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

function logbook(version = MIGRATIONS.length): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS.slice(0, version)) migration(db);
  db.pragma(`user_version = ${version}`);
  for (let id = 1; id <= 4; id++)
    db.prepare("INSERT INTO customers (id, name, name_key, created_at, updated_at) VALUES (?, 'x', 'x', '', '')").run(
      id,
    );
  return db;
}

type Write =
  | { kind: 'insert'; customer: number | null; day: number }
  | { kind: 'move'; pick: number; day: number }
  | { kind: 'reassign'; pick: number; customer: number | null }
  | { kind: 'delete'; pick: number };

const customer = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 4 });
const write: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), customer, day: fc.integer({ min: 0, max: 40 }) }),
  },
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), day: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant('reassign' as const), pick: fc.nat(), customer }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

function apply(db: Database.Database, writes: readonly Write[]): void {
  const ids = () => db.prepare('SELECT id FROM complaints ORDER BY id').pluck().all() as number[];
  for (const w of writes) {
    if (w.kind === 'insert') {
      db.prepare('INSERT INTO complaints (received_at, created_at, updated_at, customer_id) VALUES (?, ?, ?, ?)').run(
        day(w.day),
        day(w.day),
        day(w.day),
        w.customer,
      );
      continue;
    }
    const all = ids();
    if (all.length === 0) continue;
    const id = all[w.pick % all.length];
    if (w.kind === 'move') db.prepare('UPDATE complaints SET received_at = ? WHERE id = ?').run(day(w.day), id);
    else if (w.kind === 'reassign')
      db.prepare('UPDATE complaints SET customer_id = ? WHERE id = ?').run(w.customer, id);
    else db.prepare('DELETE FROM complaints WHERE id = ?').run(id);
  }
}

describe("customers' first complaint", () => {
  it('stays the earliest complaint of each customer through inserts, moves, reassignments and deletions', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 40 }), (writes) => {
        const db = logbook();
        apply(db, writes);
        expect(db.prepare(DRIFT).pluck().get()).toBe(0);
        db.close();
      }),
      { numRuns: 300 },
    );
  });

  it('is filled in for the complaints already there when a logbook is migrated', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 30 }), (writes) => {
        const db = logbook(4);
        apply(db, writes);
        migrate(db);
        expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
        expect(db.prepare(DRIFT).pluck().get()).toBe(0);
        db.close();
      }),
      { numRuns: 100 },
    );
  });

  it('gives the repeat customers of any period as their definition does', () => {
    const period = fc
      .tuple(fc.integer({ min: -2, max: 42 }), fc.integer({ min: 1, max: 20 }))
      .map(([from, days]) => ({ from: day(from), to: day(from + days) }));
    fc.assert(
      fc.property(fc.array(write, { maxLength: 40 }), period, (writes, bounds) => {
        const db = logbook();
        apply(db, writes);
        expect(db.prepare(CUSTOMERS_SQL).get(bounds)).toEqual(db.prepare(DEFINITION).get(bounds));
        db.close();
      }),
      { numRuns: 300 },
    );
  });
});
