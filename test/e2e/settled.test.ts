import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { plainte, tempDir, tempLogbook } from '../helpers/cli.js';

// A complaint settled at the counter is closed there and then: the owner's report counts it
// in the period it was settled, with its outcome, mark, cost and a time to settle of 0 days.

const SETTLED = [
  'new',
  '--no-input',
  '--customer',
  'Sur Place',
  '--description',
  'Piles HS',
  '--solution',
  'Piles échangées',
  '--resolved',
  '--satisfaction',
  '5',
  '--cost',
  '3',
];

function report(db: string, args: string[] = []): Record<string, unknown> {
  const run = plainte(['report', '--json', ...args], { db });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('a complaint settled on the spot', () => {
  it('counts in the report of the period it was settled: outcome, satisfaction, cost, 0 days to settle', () => {
    const db = tempLogbook();
    expect(plainte(SETTLED, { db }).status).toBe(0);
    expect(report(db, ['--since', 'aujourd’hui'])).toMatchObject({
      received: 1,
      closed: 1,
      open: 0,
      byOutcome: { resolved: 1 },
      satisfaction: { count: 1, mean: 5 },
      costCents: 300,
      resolutionDays: { count: 1, median: 0, p90: 0 },
      operators: [{ received: 1, settled: 1, satisfaction: 5 }],
    });
  });

  it('still takes a contact logged afterwards; a new callback needs it reopened', () => {
    const db = tempLogbook();
    plainte(SETTLED, { db });
    const call = plainte(['follow-up', '1', '--channel', 'phone', '--note', 'Les piles tiennent', '--no-input'], {
      db,
    });
    expect(call).toMatchObject({ status: 0, stderr: 'Réclamation n° 1 : contact noté.\n' });
    const shown = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout) as {
      status: string;
      events: { kind: string; statusAfter: string }[];
    };
    expect(shown.status).toBe('closed');
    expect(shown.events.at(-1)).toMatchObject({ kind: 'follow_up', statusAfter: 'closed' });
    const callback = plainte(['follow-up', '1', '--note', 'rappel', '--callback', 'demain 10h'], { db });
    expect(callback.status).toBe(1);
    expect(callback.stderr).toContain('rouvrez-la d’abord avec « plainte reopen 1');
  });

  it('is closed again without asking what was recorded: close offers the recorded outcome and mark', () => {
    const db = tempLogbook();
    plainte(SETTLED, { db });
    expect(plainte(['reopen', '1', '--reason', 'revenu en magasin'], { db }).status).toBe(0);
    const close = plainte(['close', '1', '--no-input'], { db });
    expect(close).toMatchObject({ status: 0, stderr: 'Réclamation n° 1 classée : réglée, satisfaction 5/5.\n' });
    const other = plainte(['close', '1', '--no-input'], { db });
    expect(other.status).toBe(1);
  });
});

describe('an imported row marked closed without a close date', () => {
  it('is closed at its last date, so that the report counts it', () => {
    const db = tempLogbook();
    const file = join(tempDir(), 'cahier.csv');
    writeFileSync(
      file,
      ['Date;Client;Motif;Statut;Rappel', '18/11/2026;Mme Dupont;Fuite;classée;20/11/2026 10:00', ''].join('\n'),
    );
    expect(plainte(['import', file], { db }).status).toBe(0);
    expect(JSON.parse(plainte(['show', '1', '--json'], { db }).stdout)).toMatchObject({
      status: 'closed',
      closedAt: '2026-11-20T09:00:00.000Z',
      nextContactAt: null,
    });
    expect(report(db)).toMatchObject({ received: 1, closed: 1, resolutionDays: { count: 1, median: 2.42 } });
  });
});

describe('a logbook from before settled complaints were closed', () => {
  it('closes, when opened, the complaints the wizard left resolved on the spot, at the time they were settled', () => {
    const db = tempLogbook();
    const old = new Database(db);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of MIGRATIONS.slice(0, 5)) migration(old);
    old.pragma('user_version = 5');
    const at = '2026-11-20T15:00:00.000Z';
    old.exec(`
      INSERT INTO complaints (id, status, phase_reached, received_at, created_at, updated_at, operator, outcome,
                              satisfaction, cost_cents, resolved_at)
      VALUES (1, 'resolved', 5, '${at}', '${at}', '${at}', 'Anne', 'resolved', 4, 300, '${at}'),
             (2, 'resolved', 5, '${at}', '${at}', '${at}', 'Anne', NULL, NULL, NULL, '${at}');
      INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after)
      VALUES (1, '${at}', 'Anne', 'created', NULL, 'draft'), (1, '${at}', 'Anne', 'completed', 'draft', 'resolved'),
             (2, '${at}', 'Anne', 'created', NULL, 'draft'), (2, '${at}', 'Anne', 'follow_up', 'open', 'resolved');
    `);
    old.close();
    expect(report(db)).toMatchObject({ closed: 1, satisfaction: { count: 1, mean: 4 }, costCents: 300 });
    const first = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout) as Record<string, unknown>;
    expect(first).toMatchObject({ status: 'closed', closedAt: at });
    expect((first.events as unknown[]).at(-1)).toMatchObject({
      kind: 'closed',
      at,
      statusBefore: 'resolved',
      statusAfter: 'closed',
      details: { outcome: 'resolved', satisfaction: 4, onTheSpot: true },
    });
    // Resolved by a follow-up, with no outcome recorded: left for `close`.
    expect(JSON.parse(plainte(['show', '2', '--json'], { db }).stdout)).toMatchObject({ status: 'resolved' });
  });
});
