// Builds benchmark logbooks: N complaints with a realistic spread (received over five
// years, a tenth still pending with callbacks around today, several events each).
// The file is created and migrated by the product's own store; rows are then written in
// bulk, in one transaction, with the same statements shape the store uses.
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openStore } from '../dist/store/open.js';

const CHANNELS = ['counter', 'phone', 'email', 'web', 'mail'];
const MOODS = ['calm', 'upset', 'angry', 'abusive'];
const CATEGORIES = ['defective', 'late_delivery', 'installation', 'billing', 'service', 'other'];
const REQUESTS = ['refund', 'exchange', 'repair', 'gesture', 'apology', 'other'];
const SOLUTIONS = ['refund', 'exchange', 'repair', 'credit', 'gesture', 'explanation', 'other'];
const OPERATORS = ['Anne', 'Paul', 'Karim', 'Sophie', 'Lucas'];
const NAMES = ['Lefèvre', 'Dubois', 'Martin', 'Bernard', 'Petit', 'Durand', 'Moreau', 'Laurent', 'Simon', 'Michel'];
const DAY = 86_400_000;

/** A small deterministic generator, so two runs build the same logbook. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function seedLogbook(path, count, now) {
  const marker = `${path}.ok`;
  if (existsSync(path) && existsSync(marker)) return;
  for (const suffix of ['', '-wal', '-shm', '.ok']) rmSync(`${path}${suffix}`, { force: true });
  const store = await openStore(path, () => now);
  await store.close();

  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const rand = random(count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const insertCustomer = db.prepare(
    'INSERT INTO customers (id, name, name_key, phone, phone_key, email, company, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)',
  );
  const insertComplaint = db.prepare(`INSERT INTO complaints (id, status, phase_reached, received_at, created_at, updated_at, channel, operator, mood, account,
      customer_id, order_ref, product, category, request, apologised, solution, solution_type, assignee, cost_cents, next_contact_at, callback_phone,
      outcome, satisfaction, cause, first_response_at, resolved_at, closed_at)
    VALUES (?, ?, 5, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare('INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const customers = Math.max(1, Math.floor(count / 3));
  const iso = (ms) => new Date(ms).toISOString();
  db.transaction(() => {
    for (let id = 1; id <= customers; id++) {
      const name = `${pick(NAMES)} ${id}`;
      const phone = `06${String(10_000_000 + id).slice(-8)}`;
      insertCustomer.run(id, name, name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''), phone, phone, iso(now - 5 * 365 * DAY), iso(now - DAY));
    }
    for (let id = 1; id <= count; id++) {
      // Spread over five years, more recent ones more frequent.
      const received = now - Math.floor(rand() ** 1.5 * 5 * 365 * DAY);
      const pending = rand() < 0.1;
      const status = pending ? pick(['open', 'awaiting_callback', 'awaiting_callback', 'transferred']) : rand() < 0.8 ? 'closed' : 'resolved';
      const next = pending ? iso(now + Math.floor((rand() - 0.6) * 30 * DAY)) : null;
      const resolvedAt = pending ? null : received + Math.floor(rand() * 20 * DAY);
      const operator = pick(OPERATORS);
      insertComplaint.run(
        id, status, iso(received), iso(received), iso(resolvedAt ?? received), pick(CHANNELS), operator, pick(MOODS),
        'Le client explique que le produit ne fonctionne plus depuis la livraison.', 1 + Math.floor(rand() * customers), `CMD-${id}`,
        'Perceuse sans fil', pick(CATEGORIES), pick(REQUESTS), 'Nous remplaçons la pièce et rappelons le client.', pick(SOLUTIONS),
        status === 'transferred' ? pick(OPERATORS) : null, Math.floor(rand() * 5000), next, '0612345678',
        pending ? null : pick(['resolved', 'partial', 'unresolved']), pending ? null : 1 + Math.floor(rand() * 5),
        status === 'closed' ? 'pièce fragile' : null, iso(received + 3_600_000), resolvedAt === null ? null : iso(resolvedAt),
        status === 'closed' ? iso(resolvedAt + DAY) : null,
      );
      insertEvent.run(id, iso(received), operator, 'created', null, 'draft', '{}');
      insertEvent.run(id, iso(received + 60_000), operator, 'completed', 'draft', 'awaiting_callback', '{}');
      insertEvent.run(id, iso(received + DAY), operator, 'follow_up', 'awaiting_callback', pending ? status : 'resolved', JSON.stringify({ note: 'rappel fait', dueAt: iso(received + DAY) }));
      if (status === 'closed') insertEvent.run(id, iso(resolvedAt + DAY), operator, 'closed', 'resolved', 'closed', '{"outcome":"resolved","satisfaction":4}');
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  (await import('node:fs')).writeFileSync(marker, String(count));
}
