// Builds benchmark logbooks through the store, in bulk (store.importRecords, the method of
// `plainte import`: one transaction, many rows per statement). N complaints received at
// an even pace over five years, a third of as many customers, three or four events each.
// What grows with N is the history: as in a real shop, the complaints still pending are
// the last weeks' (about 150 whatever N, a third of them due today or overdue), so
// `plainte due` has the same work on every size and any growth is the logbook's weight.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openStore } from '../dist/store/open.js';

// Bump when the data changes, so that logbooks kept in bench/data are built again.
export const SEED_VERSION = 4;
const PENDING = 150;
const YEARS = 5;

const CHANNELS = ['counter', 'phone', 'email', 'web', 'mail'];
const MOODS = ['calm', 'calm', 'upset', 'upset', 'angry', 'abusive'];
const CATEGORIES = ['defective', 'late_delivery', 'installation', 'billing', 'service', 'other'];
const REQUESTS = ['refund', 'exchange', 'repair', 'gesture', 'apology', 'other'];
const SOLUTIONS = ['refund', 'exchange', 'repair', 'credit', 'gesture', 'explanation', 'other'];
const OPERATORS = ['Anne', 'Paul', 'Karim', 'Sophie', 'Lucas'];
export const NAMES = [
  'Lefèvre',
  'Dubois',
  'Martin',
  'Bernard',
  'Petit',
  'Durand',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
];
const PRODUCTS = ['Perceuse sans fil', 'Tondeuse', 'Lot de vis', 'Escabeau', 'Ponceuse', 'Pose de cuisine'];
const DAY = 86_400_000;

/** A small deterministic generator, so two runs build the same logbook. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The import records of a logbook of `count` complaints, generated one at a time. */
function* records(count, now) {
  const rand = random(count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const iso = (ms) => new Date(ms).toISOString();
  const span = YEARS * 365 * DAY;
  const recent = Math.max(1, Math.round((30 * DAY * count) / span));
  const customers = Math.max(1, Math.floor(count / 3));
  for (let id = 1; id <= count; id++) {
    // Ids follow time, as in a logbook filled day by day.
    const received = now - span + Math.floor(((id - rand()) / count) * span);
    const pending = id > count - recent && rand() < PENDING / recent;
    const status = pending
      ? pick(['open', 'awaiting_callback', 'awaiting_callback', 'transferred'])
      : rand() < 0.8
        ? 'closed'
        : 'resolved';
    const operator = pick(OPERATORS);
    const mood = pick(MOODS);
    const resolvedAt = pending ? null : received + Math.floor(rand() * 20 * DAY) + 3_600_000;
    const closedAt = status === 'closed' ? resolvedAt + DAY : null;
    const dueAt = received + DAY;
    const next = pending ? iso(now + Math.floor((rand() - 0.4) * 25 * DAY)) : null;
    const customerId = 1 + Math.floor(rand() * customers);
    const name = `${NAMES[customerId % NAMES.length]} ${customerId}`;
    const events = [
      { at: iso(received), operator, kind: 'created', statusBefore: null, statusAfter: 'draft', details: {} },
      {
        at: iso(received + 60_000),
        operator,
        kind: 'completed',
        statusBefore: 'draft',
        statusAfter: 'awaiting_callback',
        details: { nextContactAt: iso(dueAt) },
      },
      {
        at: iso(dueAt + Math.floor((rand() - 0.7) * DAY)),
        operator,
        kind: 'follow_up',
        statusBefore: 'awaiting_callback',
        statusAfter: pending ? status : 'resolved',
        details: { note: 'Client rappelé, pièce commandée.', dueAt: iso(dueAt) },
      },
    ];
    if (mood === 'abusive' && rand() < 0.5) {
      events.push({
        at: iso(received + 30_000),
        operator,
        kind: 'escalation',
        statusBefore: null,
        statusAfter: null,
        details: { step: 'limits' },
      });
    }
    if (closedAt !== null) {
      events.push({
        at: iso(closedAt),
        operator,
        kind: 'closed',
        statusBefore: 'resolved',
        statusAfter: 'closed',
        details: { outcome: 'resolved', satisfaction: 4 },
      });
    }
    yield {
      key: `bench:${id}`,
      exported: true,
      customer: {
        id: customerId,
        name,
        phone: `06${String(10_000_000 + customerId).slice(-8)}`,
        email: null,
        company: null,
        createdAt: iso(now - span),
        forgottenAt: null,
      },
      events,
      complaint: {
        id,
        status,
        phaseReached: 5,
        receivedAt: iso(received),
        createdAt: iso(received),
        updatedAt: iso(closedAt ?? resolvedAt ?? received),
        channel: pick(CHANNELS),
        operator,
        mood,
        account: 'Le client explique que le produit ne fonctionne plus depuis la livraison.',
        orderRef: `CMD-${id}`,
        purchaseDate: iso(received - 20 * DAY).slice(0, 10),
        product: pick(PRODUCTS),
        category: pick(CATEGORIES),
        request: pick(REQUESTS),
        facts: 'Ne démarre plus après deux utilisations.',
        business: rand() < 0.1,
        secondHand: false,
        writtenAt: null,
        apologised: true,
        apologyNote: null,
        solution: 'Nous remplaçons la pièce et rappelons le client.',
        solutionType: pick(SOLUTIONS),
        assignee: status === 'transferred' ? pick(OPERATORS) : null,
        costCents: Math.floor(rand() * 5000),
        nextContactAt: next,
        callbackPhone: pending ? '0612345678' : null,
        callbackNote: null,
        outcome: pending ? null : pick(['resolved', 'resolved', 'partial', 'unresolved']),
        satisfaction: pending ? null : 1 + Math.floor(rand() * 5),
        cause: status === 'closed' && rand() < 0.3 ? 'pièce fragile' : null,
        lesson: null,
        firstResponseAt: iso(received + Math.floor(rand() * 48) * 3_600_000),
        resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
        closedAt: closedAt === null ? null : iso(closedAt),
      },
    };
  }
}

/** The records of `all` received within the last `days` days before `now`. */
function* lastDays(all, now, days) {
  const since = now - days * DAY;
  for (const record of all) if (Date.parse(record.complaint.receivedAt) >= since) yield record;
}

/** The instant a seeded logbook was built at: its customers are dated the start of its span. */
export function seededAt(path) {
  const db = new Database(path, { readonly: true });
  try {
    const { created } = db.prepare('SELECT min(created_at) AS created FROM customers').get();
    return Date.parse(created) + YEARS * 365 * DAY;
  } finally {
    db.close();
  }
}

/** Builds the logbook at `path` unless the same one is there already; says which. With
 * `keepDays`, only the complaints of the logbook of `count` built at `now` received in its
 * last `keepDays` days: the same recent complaints, customers and ids, without the older
 * history. */
export async function seedLogbook(path, count, now, { keepDays } = {}) {
  const marker = `${path}.ok`;
  const part = keepDays ? ` last ${keepDays} days of ${new Date(now).toISOString()}` : '';
  const stamp = `seed ${SEED_VERSION} ${count}${part}`;
  if (existsSync(path) && existsSync(marker) && readFileSync(marker, 'utf8') === stamp) {
    // Opened once, so that a newer schema's migration is not timed as part of a command.
    await (await openStore(path, () => new Date(now))).close();
    return 'kept from an earlier run';
  }
  for (const suffix of ['', '-wal', '-shm', '.ok']) rmSync(`${path}${suffix}`, { force: true });
  const store = await openStore(path, () => new Date(now));
  try {
    if (typeof store.importRecords !== 'function')
      throw new Error('the store has no importRecords (import not merged yet)');
    await store.importRecords(keepDays ? lastDays(records(count, now), now, keepDays) : records(count, now));
  } finally {
    await store.close();
  }
  writeFileSync(marker, stamp);
  return 'built';
}

/** `plainte export --format json` of a logbook, kept beside it: the file `import` reads. */
export function exportFor(bin, db, envFor) {
  const file = `${db}.export.json`;
  if (existsSync(file) && statSync(file).mtimeMs > statSync(`${db}.ok`).mtimeMs) return { file };
  const result = spawnSync(process.execPath, [bin, 'export', '--format', 'json', '--output', file], {
    env: envFor(db),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) return { failed: String(result.stderr).trim().slice(0, 200) || `exit ${result.status}` };
  return { file };
}
