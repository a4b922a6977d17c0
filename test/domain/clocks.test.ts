import { describe, expect, it } from 'vitest';
import { clocksDue, clockState, clocksOf, clockStarts, clockTally, type ClockFacts } from '../../src/domain/clocks.js';
import { fromIsoDay, isoDay } from '../../src/domain/dates.js';
import { addOpenDays, parseHours, type OpeningHours } from '../../src/domain/hours.js';

// The legal and promised clocks of a complaint, from its own dates (README, "Écrire au client").

const facts = (over: Partial<ClockFacts> = {}): ClockFacts => ({
  id: 1,
  status: 'open',
  receivedAt: '2026-11-23T10:00:00.000Z',
  business: false,
  secondHand: false,
  purchaseDate: null,
  request: null,
  solutionType: null,
  writtenAt: null,
  writtenAnswerAt: null,
  answerDueAt: null,
  resolvedAt: null,
  closedAt: null,
  outcome: null,
  ...over,
});

const hours = (text: string) => parseHours(text) as OpeningHours;

describe('the answer promised in open days', () => {
  it('counts the shop’s open days, skipping the Sunday it is closed: Monday + 10 is the Friday after next', () => {
    expect(isoDay(addOpenDays(hours('lun-sam 9:00-19:00'), fromIsoDay('2026-11-23'), 10))).toBe('2026-12-04');
  });

  it('crosses a Sunday from a Saturday: one open day later is the Monday', () => {
    expect(isoDay(addOpenDays(hours('lun-sam 9:00-19:00'), fromIsoDay('2026-11-28'), 1))).toBe('2026-11-30');
  });

  it('skips every day the shop keeps closed (open Monday to Friday: a Friday + 1 is the Monday)', () => {
    expect(isoDay(addOpenDays(hours('lun-ven 9h-18h'), fromIsoDay('2026-11-27'), 1))).toBe('2026-11-30');
  });

  it('runs until the first written answer, and is kept when that came by its day', () => {
    const promised = facts({ answerDueAt: '2026-12-04' });
    expect(clocksOf(promised)).toEqual([{ kind: 'answer', due: '2026-12-04', stoppedAt: null }]);
    const answered = clocksOf({ ...promised, writtenAnswerAt: '2026-12-04T17:00:00.000Z' })[0];
    expect(clockState(answered, '2026-12-10')).toBe('kept');
    expect(clockState(clocksOf(promised)[0], '2026-12-04')).toBe('running');
    expect(clockState(clocksOf(promised)[0], '2026-12-05')).toBe('missed');
  });
});

describe('the 30-day deadline of the legal warranty (L217-10)', () => {
  const repair = facts({ purchaseDate: '2026-06-02', request: 'repair' });

  it('falls 30 calendar days after the request, weekends and all', () => {
    expect(clocksOf(repair)).toEqual([{ kind: 'warranty', due: '2026-12-23', stoppedAt: null }]);
    const late = facts({ purchaseDate: '2026-01-10', request: 'exchange', receivedAt: '2027-01-30T09:00:00.000Z' });
    expect(clocksOf(late)[0].due).toBe('2027-03-01');
  });

  it('runs for a replacement granted too, but not for a business, goods out of warranty or a refund', () => {
    expect(clocksOf(facts({ purchaseDate: '2026-06-02', solutionType: 'exchange' }))).toHaveLength(1);
    expect(clocksOf({ ...repair, business: true })).toEqual([]);
    expect(clocksOf({ ...repair, purchaseDate: '2024-11-01' })).toEqual([]);
    expect(clocksOf({ ...repair, request: 'refund' })).toEqual([]);
  });

  it('stops when the complaint is resolved or closed: kept by its day, missed after', () => {
    const kept = clocksOf({ ...repair, status: 'resolved', resolvedAt: '2026-12-20T10:00:00.000Z' })[0];
    expect(clockState(kept, '2027-01-10')).toBe('kept');
    const late = clocksOf({ ...repair, status: 'closed', closedAt: '2026-12-24T10:00:00.000Z', outcome: 'partial' })[0];
    expect(clockState(late, '2027-01-10')).toBe('missed');
  });
});

describe('a written complaint: two months for a written answer, one year of mediation', () => {
  const written = facts({ writtenAt: '2026-11-20' });

  it('gives the customer the mediator two months after, and closes the window a year after', () => {
    expect(clocksOf(written)).toEqual([
      { kind: 'mediation', due: '2027-01-20', stoppedAt: null },
      { kind: 'window', due: '2027-11-20', stoppedAt: null },
    ]);
  });

  it('stops the two months at the written answer, and both once settled in the customer’s favour', () => {
    const answered = clocksOf({ ...written, writtenAnswerAt: '2026-12-01T10:00:00.000Z' });
    expect(answered.map((clock) => clock.stoppedAt)).toEqual(['2026-12-01T10:00:00.000Z', null]);
    const settled = clocksOf({ ...written, status: 'resolved', resolvedAt: '2026-12-02T10:00:00.000Z' });
    expect(settled.map((clock) => clock.stoppedAt)).toEqual(['2026-12-02T10:00:00.000Z', '2026-12-02T10:00:00.000Z']);
    const unsettled = clocksOf({
      ...written,
      status: 'closed',
      outcome: 'unresolved',
      closedAt: '2026-12-02T10:00:00Z',
    });
    expect(unsettled.map((clock) => clock.stoppedAt)).toEqual([null, null]);
  });

  it('keeps the window open through its last day, then it is over and no longer due', () => {
    const [, window] = clocksOf(written);
    expect(clocksDue([written], '2027-11-20', '2027-11-20').map(({ clock }) => clock.kind)).toEqual([
      'mediation',
      'window',
    ]);
    expect(clocksDue([written], '2027-11-21', '2027-11-21').map(({ clock }) => clock.kind)).toEqual(['mediation']);
    expect(clockState(window, '2027-11-21')).toBe('missed');
  });
});

describe('what due lists and the report counts', () => {
  it('lists the clocks due by the last day, the earliest first, and with overdueOnly those past only', () => {
    const a = facts({ id: 1, answerDueAt: '2026-11-25' });
    const b = facts({ id: 2, writtenAt: '2026-09-20' });
    expect(clocksDue([a, b], '2026-11-23', '2026-11-23')).toHaveLength(1);
    expect(
      clocksDue([a, b], '2026-11-23', '2026-11-26').map(({ complaint, clock }) => [complaint.id, clock.kind]),
    ).toEqual([
      [2, 'mediation'],
      [1, 'answer'],
    ]);
    expect(clocksDue([a, b], '2026-11-23', '2026-11-30', true).map(({ complaint }) => complaint.id)).toEqual([2]);
    expect(clocksDue([facts()], '2026-11-23', '2027-11-23')).toEqual([]);
  });

  it('counts the clocks due in the period, kept or missed, leaving out those still running', () => {
    const kept = facts({ id: 1, answerDueAt: '2026-11-18', writtenAnswerAt: '2026-11-17T10:00:00.000Z' });
    const missed = facts({ id: 2, answerDueAt: '2026-11-19' });
    const running = facts({ id: 3, answerDueAt: '2026-11-23' });
    const outside = facts({ id: 4, answerDueAt: '2026-11-10' });
    const tally = clockTally('2026-11-16', '2026-11-23', '2026-11-23');
    for (const complaint of [kept, missed, running, outside]) tally.add(complaint);
    const { counts } = tally;
    expect(counts.answer).toEqual({ kept: 1, missed: 1 });
    expect(counts.warranty).toEqual({ kept: 0, missed: 0 });
  });

  it('reads a little wider than the exact starting days, so that no clock of the period is missed', () => {
    const starts = clockStarts('2026-12-01', '2026-12-31');
    // Received 31 October: due 30 November (out); 1 November: due 1 December (in).
    expect(starts.received[0] <= '2026-11-01T00:00:00.000Z').toBe(true);
    expect(starts.written[0][0] <= '2026-10-01' && starts.written[0][1] >= '2026-10-31').toBe(true);
    expect(starts.written[1][0] <= '2025-12-01' && starts.written[1][1] >= '2025-12-31').toBe(true);
  });
});
