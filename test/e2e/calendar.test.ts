import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { plainte, tempLogbook } from '../helpers/cli.js';

// The calendar file keeps a phone's calendar right across exports: each callback's event is
// updated in place (same UID, higher SEQUENCE), withdrawn (STATUS:CANCELLED) once the
// callback is done or cancelled, and two shops' files never touch each other's events.
// Read back by ical.js, a real iCalendar parser.

interface Shown {
  uid: string;
  summary: string;
  start: string;
  status: string;
  sequence: number;
}

function calendar(db: string, env: Record<string, string> = {}): Shown[] {
  const run = plainte(['export', '--format', 'ics'], { db, env });
  expect(run.status).toBe(0);
  const root = new ICAL.Component(ICAL.parse(run.stdout));
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      status: String(vevent.getFirstPropertyValue('status')),
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
    };
  });
}

function complaint(db: string, customer: string, extra: string[], env: Record<string, string> = {}): void {
  const args = ['new', '--no-input', '--customer', customer, '--description', 'Colis en retard', ...extra];
  expect(plainte(args, { db, env }).status).toBe(0);
}

describe('the calendar export', () => {
  it('names labels and colleagues, updates an event in place and withdraws callbacks done or cancelled', () => {
    const db = tempLogbook();
    complaint(db, 'Marie Dupont', ['--category', 'late_delivery', '--callback', '25/11/2026 14:30']);
    complaint(db, 'Jean Petit', ['--product', 'Perceuse', '--assignee', 'Paul', '--callback', '24/11/2026 09:00']);
    complaint(db, 'Léa Morel', ['--product', 'Four', '--callback', '24/11/2026 10:00']);
    complaint(db, 'Chloé Blanc', ['--product', 'Lave-linge', '--callback', '26/11/2026 11:00']);
    // Cleared forty days ago: long enough for any monthly export to have withdrawn it.
    complaint(db, 'Ancien Client', ['--product', 'Radio', '--callback', '16/10/2026 10:00'], {
      PLAINTE_NOW: '2026-10-10T08:00:00.000Z',
    });
    plainte(['close', '5', '--outcome', 'resolved', '--satisfaction', '4'], {
      db,
      env: { PLAINTE_NOW: '2026-10-14T08:00:00.000Z' },
    });
    const before = calendar(db);
    expect(before.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
    const first = before[0];
    expect(first).toMatchObject({
      summary: 'Rappeler Marie Dupont — livraison en retard',
      start: '2026-11-25T13:30:00.000Z',
    });
    expect(before[1].summary).toBe('Paul rappelle Jean Petit — Perceuse');

    // The callback moved, one done, one cancelled by closing the complaint.
    const later = { PLAINTE_NOW: '2026-11-24T08:00:00.000Z' };
    expect(
      plainte(['follow-up', '1', '--note', 'absente', '--callback', '27/11/2026 10:00'], { db, env: later }).status,
    ).toBe(0);
    expect(plainte(['follow-up', '3', '--note', 'four réparé', '--resolved'], { db, env: later }).status).toBe(0);
    expect(plainte(['close', '4', '--outcome', 'unresolved', '--satisfaction', '2'], { db, env: later }).status).toBe(
      0,
    );
    const after = calendar(db, later);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]).toMatchObject({ uid: first.uid, start: '2026-11-27T09:00:00.000Z', status: 'CONFIRMED' });
    expect(after[0].sequence).toBeGreaterThan(first.sequence);
    expect(after[2]).toMatchObject({ start: '2026-11-24T09:00:00.000Z', status: 'CANCELLED' });
    expect(after[2].sequence).toBeGreaterThan(before[2].sequence);
    expect(after[3]).toMatchObject({ start: '2026-11-26T10:00:00.000Z', status: 'CANCELLED' });
  });

  it('gives each logbook its own UIDs, so that two shops’ files never replace each other’s events', () => {
    const [one, two] = [tempLogbook(), tempLogbook()];
    for (const db of [one, two]) complaint(db, 'Marie Dupont', ['--callback', '25/11/2026 14:30']);
    const [a, b] = [calendar(one)[0].uid, calendar(two)[0].uid];
    expect(a).toMatch(/^complaint-1-[0-9a-f]{16}@plainte$/);
    expect(b).toMatch(/^complaint-1-[0-9a-f]{16}@plainte$/);
    expect(a).not.toBe(b);
    expect(calendar(one)[0].uid).toBe(a);
  });
});
