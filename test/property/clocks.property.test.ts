import fc from 'fast-check';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clocksOf,
  clockStarts,
  clockTally,
  CLOCK_KINDS,
  type ClockCounts,
  type ClockFacts,
} from '../../src/domain/clocks.js';
import { fromIsoDay, isoDay } from '../../src/domain/dates.js';
import { dayOf, dayText, instantDay, monthsAfter } from '../../src/domain/days.js';
import { legalWarranty } from '../../src/domain/warranty.js';

// The warranty and the clocks count days as numbers; the same rules written with date-fns on
// Date objects, as they were first, must give the same days and the same counts on any dates:
// leap years, month ends, and instants around the changes of summer time.

/** The rules as first written, on local Date objects (the reference). */
const reference = {
  warranty(delivery: string, request: string, secondHand: boolean) {
    const at = fromIsoDay(delivery);
    const coveredUntil = isoDay(addYears(at, 2));
    return {
      coveredUntil,
      presumedUntil: isoDay(addMonths(at, secondHand ? 12 : 24)),
      repairDeadline: isoDay(addDays(fromIsoDay(request), 30)),
      expired: request > coveredUntil,
    };
  },
  earliest(...instants: (string | null)[]): string | null {
    const given = instants.filter((at): at is string => at !== null);
    return given.length === 0 ? null : given.reduce((a, b) => (new Date(a) <= new Date(b) ? a : b));
  },
  clocks(facts: ClockFacts): { kind: string; due: string; stoppedAt: string | null }[] {
    const finished =
      facts.status === 'resolved' || facts.status === 'closed'
        ? reference.earliest(facts.resolvedAt, facts.closedAt)
        : null;
    const settled =
      facts.status === 'resolved' || (facts.status === 'closed' && facts.outcome === 'resolved') ? finished : null;
    const clocks = [];
    if (facts.answerDueAt !== null)
      clocks.push({
        kind: 'answer',
        due: facts.answerDueAt,
        stoppedAt: reference.earliest(facts.writtenAnswerAt, finished),
      });
    const repairs = ['repair', 'exchange'];
    if (
      (repairs.includes(facts.request ?? '') || repairs.includes(facts.solutionType ?? '')) &&
      !facts.business &&
      facts.purchaseDate !== null
    ) {
      const request = isoDay(new Date(facts.receivedAt));
      const warranty = facts.purchaseDate > request ? null : reference.warranty(facts.purchaseDate, request, false);
      if (warranty && !warranty.expired)
        clocks.push({ kind: 'warranty', due: warranty.repairDeadline, stoppedAt: finished });
    }
    if (facts.writtenAt !== null) {
      const written = fromIsoDay(facts.writtenAt);
      clocks.push({
        kind: 'mediation',
        due: isoDay(addMonths(written, 2)),
        stoppedAt: reference.earliest(facts.writtenAnswerAt, settled),
      });
      clocks.push({ kind: 'window', due: isoDay(addYears(written, 1)), stoppedAt: settled });
    }
    return clocks;
  },
  count(complaints: ClockFacts[], fromDay: string, toDay: string, today: string): ClockCounts {
    const counts = Object.fromEntries(CLOCK_KINDS.map((kind) => [kind, { kept: 0, missed: 0 }])) as ClockCounts;
    for (const complaint of complaints)
      for (const clock of reference.clocks(complaint)) {
        if (clock.due < fromDay || clock.due > toDay) continue;
        const state =
          clock.stoppedAt !== null
            ? isoDay(new Date(clock.stoppedAt)) <= clock.due
              ? 'kept'
              : 'missed'
            : today > clock.due
              ? 'missed'
              : 'running';
        if (state !== 'running') counts[clock.kind as keyof ClockCounts][state]++;
      }
    return counts;
  },
};

// Days near what makes calendars hard: 29 February, month ends, the Sundays summer time
// starts and ends in Europe, New Year; and any day between 1999 and 2101.
const hardDay = fc.oneof(
  fc.constantFrom(
    '2000-02-29',
    '2024-02-29',
    '2100-02-28',
    '2023-12-31',
    '2024-01-31',
    '2025-08-31',
    '2026-03-29',
    '2026-10-25',
    '2025-03-30',
    '2025-10-26',
    '2024-03-31',
    '2024-10-27',
    '2026-05-31',
    '2026-12-31',
  ),
  fc.date({ min: new Date(1999, 0, 1), max: new Date(2101, 11, 31), noInvalidDate: true }).map(isoDay),
);
const nearDay = (day: string) => fc.integer({ min: -800, max: 800 }).map((n) => dayText(dayOf(day) + n));
// Instants anywhere in a day, summer-time changes included (2:00 to 3:00 Paris time).
const instantOn = (day: fc.Arbitrary<string>) =>
  fc
    .tuple(day, fc.integer({ min: 0, max: 86_400_000 - 1 }))
    .map(([on, ms]) => new Date(fromIsoDay(on).getTime() + ms).toISOString());
const instant = instantOn(hardDay);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

/** A complaint whose days are within two years of `base`, or among the hard days. */
const factsNear = (base: string): fc.Arbitrary<ClockFacts> => {
  const day = fc.oneof(nearDay(base), hardDay);
  const at = instantOn(day);
  return fc.record({
    id: fc.nat(),
    status: fc.constantFrom('draft', 'open', 'awaiting_callback', 'transferred', 'resolved', 'closed'),
    receivedAt: at,
    business: fc.boolean(),
    secondHand: fc.boolean(),
    purchaseDate: maybe(day),
    request: maybe(fc.constantFrom('repair', 'exchange', 'refund', 'other')),
    solutionType: maybe(fc.constantFrom('repair', 'exchange', 'refund', 'gesture')),
    writtenAt: maybe(day),
    writtenAnswerAt: maybe(at),
    answerDueAt: maybe(day),
    resolvedAt: maybe(at),
    closedAt: maybe(at),
    outcome: maybe(fc.constantFrom('resolved', 'partial', 'refused')),
  }) as fc.Arbitrary<ClockFacts>;
};

/** Complaints, and a period and a today near their days. */
const logbook = hardDay.chain((base) =>
  fc.tuple(fc.array(factsNear(base), { maxLength: 40 }), nearDay(base), nearDay(base), nearDay(base)),
);

const ZONES = ['Europe/Paris', 'America/Santiago', 'Pacific/Auckland', 'UTC'];
const zone = process.env.TZ;
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe.each(ZONES)('days as numbers, on %s time', (name) => {
  it('write and read every day of the calendar the same as Date objects do', () => {
    process.env.TZ = name;
    fc.assert(
      fc.property(hardDay, fc.integer({ min: -30, max: 30 }), (day, months) => {
        expect(dayText(dayOf(day))).toBe(day);
        expect(dayText(monthsAfter(day, months))).toBe(isoDay(addMonths(fromIsoDay(day), months)));
      }),
      { numRuns: 2000 },
    );
  });

  it('read the local day of an instant as Date does, around the changes of summer time', () => {
    process.env.TZ = name;
    fc.assert(
      fc.property(instant, (at) => {
        expect(dayText(instantDay(at))).toBe(isoDay(new Date(at)));
      }),
      { numRuns: 2000 },
    );
  });

  it('give the legal warranty the same days', () => {
    process.env.TZ = name;
    fc.assert(
      fc.property(
        hardDay.chain((delivery) => fc.tuple(fc.constant(delivery), nearDay(delivery))),
        fc.boolean(),
        ([delivery, request], secondHand) => {
          expect(legalWarranty({ deliveryDate: delivery, requestDate: request, secondHand, business: false })).toEqual(
            reference.warranty(delivery, request, secondHand),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('give every clock of a complaint, and the report’s counts, as before', () => {
    process.env.TZ = name;
    fc.assert(
      fc.property(logbook, ([complaints, fromDay, toDay, today]) => {
        for (const complaint of complaints) expect(clocksOf(complaint)).toEqual(reference.clocks(complaint));
        const tally = clockTally(fromDay, toDay, today);
        for (const complaint of complaints) tally.add(complaint);
        expect(tally.counts).toEqual(reference.count(complaints, fromDay, toDay, today));
      }),
      { numRuns: 500 },
    );
  });

  it('read exactly the receptions whose 30 days of warranty end in the period', () => {
    process.env.TZ = name;
    fc.assert(
      fc.property(
        hardDay.chain((from) => fc.tuple(fc.constant(from), nearDay(from), instantOn(nearDay(from)))),
        ([fromDay, toDay, receivedAt]) => {
          const [start, end] = clockStarts(fromDay, toDay).received;
          const due = instantDay(receivedAt) + 30;
          expect(receivedAt >= start && receivedAt < end).toBe(due >= dayOf(fromDay) && due <= dayOf(toDay));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
