import Database from 'better-sqlite3';
import { SqliteContext } from '../../src/store/sqlite/context.js';
import { withFirstComplaintsAfter, withWordsIndexedAfter } from '../../src/store/sqlite/import-after.js';
import { testStore } from './store.js';

// Large logbooks made quickly (one transaction of plain inserts, the search words and the
// customers' first complaints set after the rows, as an import does), for the crash tests:
// a command working on thousands of rows runs long enough to be killed part-way.

/** A logbook of `count` complaints closed in 2021, each with its customer and two events;
 * `facts` gives the facts of complaint i (by default a short line naming its customer). */
export async function oldClosedLogbook(
  path: string,
  count: number,
  facts: (i: number) => string = (i) => `Faits notés pour Client ${i}`,
): Promise<void> {
  const { store } = await testStore(path);
  await store.close();
  const db = new Database(path);
  const ctx = new SqliteContext(db, () => new Date());
  const customer = db.prepare(
    `INSERT INTO customers (id, name, name_key, phone, phone_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const complaint = db.prepare(`
    INSERT INTO complaints (id, status, phase_reached, received_at, created_at, updated_at, channel, account,
      customer_id, product, facts, solution, outcome, satisfaction, closed_at, resolved_at)
    VALUES (?, 'closed', 5, ?, ?, ?, 'phone', ?, ?, 'perceuse', ?, ?, 'resolved', 4, ?, ?)`);
  const event = db.prepare(
    `INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
     VALUES (?, ?, 'Anne', ?, ?, ?, ?)`,
  );
  const rows = () => {
    for (let i = 1; i <= count; i++) {
      const at = new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString();
      const name = `Client ${i}`;
      customer.run(
        i,
        name,
        name.toLowerCase(),
        `06${String(i).padStart(8, '0')}`,
        `06${String(i).padStart(8, '0')}`,
        at,
        at,
      );
      complaint.run(
        i,
        at,
        at,
        at,
        `Client ${i} dit que sa perceuse ne marche plus`,
        i,
        facts(i),
        `Rembourser ${name}`,
        at,
        at,
      );
      event.run(i, at, 'created', null, 'draft', '{}');
      event.run(i, at, 'follow_up', 'draft', 'closed', JSON.stringify({ note: `Appel de ${name}` }));
    }
  };
  ctx.write(() => withWordsIndexedAfter(ctx, 0, () => withFirstComplaintsAfter(ctx, 0, rows)));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
