import Database from 'better-sqlite3';
import { testStore } from './store.js';

// Large logbooks made quickly (one transaction of plain inserts), for the crash tests:
// a command working on thousands of rows runs long enough to be killed part-way.

/** A logbook of `count` complaints closed in 2021, each with its customer and two events. */
export async function oldClosedLogbook(path: string, count: number): Promise<void> {
  const { store } = await testStore(path);
  await store.close();
  const db = new Database(path);
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
  db.transaction(() => {
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
        `Faits notés pour ${name}`,
        `Rembourser ${name}`,
        at,
        at,
      );
      event.run(i, at, 'created', null, 'draft', '{}');
      event.run(i, at, 'follow_up', 'draft', 'closed', JSON.stringify({ note: `Appel de ${name}` }));
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
