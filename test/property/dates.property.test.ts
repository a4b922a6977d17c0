import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, parseUserDate } from '../../src/domain/dates.js';

const now = new Date(2026, 10, 23, 15, 45);

describe('the date parser, on any input', () => {
  it('never throws and returns either null or a valid date', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9/: +-hjdsw]{0,20}$/)),
        (text) => {
          const parsed = parseUserDate(text, now);
          if (parsed !== null) expect(Number.isNaN(parsed.at.getTime())).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back every day it writes, in both the ISO and the French form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1950, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (date) => {
        const day = isoDay(date);
        const [y, m, d] = day.split('-');
        expect(isoDay(parseUserDate(day, now)!.at)).toBe(day);
        expect(isoDay(parseUserDate(`${d}/${m}/${y}`, now)!.at)).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back a day and time typed to the minute', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }), (date) => {
        const minute = new Date(
          date.getFullYear(),
          date.getMonth(),
          date.getDate(),
          date.getHours(),
          date.getMinutes(),
        );
        // A local time that does not exist (skipped by a DST change) cannot round-trip.
        fc.pre(minute.getHours() === date.getHours());
        const pad = (n: number) => String(n).padStart(2, '0');
        const typed = `${pad(minute.getDate())}/${pad(minute.getMonth() + 1)}/${minute.getFullYear()} ${pad(minute.getHours())}:${pad(minute.getMinutes())}`;
        expect(parseUserDate(typed, now)).toEqual({ at: minute, hasTime: true });
      }),
      { numRuns: 1000 },
    );
  });
});
