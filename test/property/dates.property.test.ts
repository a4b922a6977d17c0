import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, parseUserDate } from '../../src/domain/dates.js';
import { dateReader, readUserDate, type SpokenReading } from '../../src/domain/spoken-dates.js';

const now = new Date(2026, 10, 23, 15, 45);
const callback = { direction: 'future' } as const;
const readings: SpokenReading[] = [
  { direction: 'future', lang: 'fr', morning: 10 * 60 },
  { direction: 'past', lang: 'en', morning: 9 * 60 },
];

// Words people put in dates, to make texts that go past the quick forms into chrono.
const WORDS = [
  'lundi',
  'samedi',
  'dimanche',
  'demain',
  'matin',
  'midi',
  'soir',
  'prochain',
  'dernier',
  'dans',
  'jours',
  'semaines',
  'à',
  'le',
  'novembre',
  'février',
  'monday',
  'next',
  'last',
  'tomorrow',
  'morning',
  'noon',
  'in',
  'days',
  'at',
  'ago',
  'november',
  'pm',
  'am',
  'h',
  '10h',
  '3:30',
  '29',
  '31',
  '1er',
  '+2j',
  '26/11',
];

describe('the date parser, on any input', () => {
  it('never throws and returns either null or a valid date', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9/: +-hjdsw]{0,20}$/)),
        (text) => {
          const parsed = parseUserDate(text, now, callback);
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
        expect(isoDay(parseUserDate(day, now, callback)!.at)).toBe(day);
        expect(isoDay(parseUserDate(`${d}/${m}/${y}`, now, callback)!.at)).toBe(day);
        expect(isoDay(parseUserDate(`${d}-${m}-${y}`, now, callback)!.at)).toBe(day);
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
        const day = `${pad(minute.getDate())}/${pad(minute.getMonth() + 1)}/${minute.getFullYear()}`;
        const typed = `${day} ${pad(minute.getHours())}:${pad(minute.getMinutes())}`;
        expect(parseUserDate(typed, now, callback)).toEqual({ at: minute, hasTime: true });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on words people put in dates, in either language and direction, once chrono is loaded', async () => {
    const read = await dateReader('fr');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 6 }),
        fc.constantFrom(...readings),
        (words, reading) => {
          const parsed = read(words.join(' '), now, reading);
          if (parsed !== null) expect(Number.isNaN(parsed.at.getTime())).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back, through the whole reader, every day it writes without its year, on the side asked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date(2025, 0, 1), max: new Date(2028, 11, 31), noInvalidDate: true }),
        fc.constantFrom(...readings),
        async (date, reading) => {
          const [, m, d] = isoDay(date).split('-');
          const read = await readUserDate(`${d}/${m}`, now, reading);
          expect(read).not.toBeNull();
          expect(read!.at.getMonth()).toBe(date.getMonth());
          expect(read!.at.getDate()).toBe(date.getDate());
          // The next such day from today on, or the last one up to today: within four years (29/02).
          const days = (read!.at.getTime() - new Date(2026, 10, 23).getTime()) / 86_400_000;
          if (reading.direction === 'future') expect(days >= 0 && days < 4 * 366).toBe(true);
          else expect(days <= 0 && days > -4 * 366).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
