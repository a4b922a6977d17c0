import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callbackAt,
  callbackRules,
  DEFAULT_HOURS,
  formatClock,
  isHoursProblem,
  isWithinHours,
  morningTime,
  parseClockTime,
  parseHours,
  suggestedCallback,
  tidyHours,
  type OpeningHours,
} from '../../src/domain/hours.js';
import { onParisTime } from '../helpers/zone.js';

// The shop's clock is Paris time, with its changes to and from summer time.
onParisTime();

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const hours = (text: string) => parseHours(text) as OpeningHours;
const rules = (settings: { hours?: string; time?: string; delay?: string } = {}) =>
  callbackRules({ hours: settings.hours ?? null, time: settings.time ?? null, delay: settings.delay ?? null });

describe('opening hours as the shop writes them', () => {
  it('reads days then hours, in French or English, a day not named being closed', () => {
    const week = hours('lun-ven 9:00-12:00,14:00-19:00 sam 9h-12h');
    expect(week[1]).toEqual([
      { from: 540, to: 720 },
      { from: 840, to: 1140 },
    ]);
    expect(week[6]).toEqual([{ from: 540, to: 720 }]);
    expect(week[0]).toEqual([]);
    expect(hours('Mon-Fri 9:00 - 18:00; Saturday 10-13')).toEqual(hours('lun-ven 9:00-18:00 sam 10:00-13:00'));
    expect(hours('lun,mer,ven 9:00-19:00')[2]).toEqual([]);
  });

  it('runs a span of days through the weekend when it wraps: ven-lun', () => {
    const week = hours('ven-lun 10:00-18:00');
    expect([0, 1, 2, 3, 4, 5, 6].map((day) => week[day].length > 0)).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('writes the hours in one spelling, lower case with no spaces around separators', () => {
    expect(tidyHours('  Lun - Ven   9:00 – 12:00 , 14:00-19:00 ; Sam 9h-12h ')).toBe(
      'lun-ven 9:00-12:00,14:00-19:00 sam 9h-12h',
    );
  });

  it.each([
    ['lun-sam', 'shape', 'lun-sam'],
    ['9:00-19:00', 'shape', '9:00-19:00'],
    ['lun-sam 9:00-19:00 dim', 'shape', 'lun-sam 9:00-19:00 dim'],
    ['lundy 9:00-19:00', 'day', 'lundy'],
    ['lun-sam-dim 9:00-19:00', 'day', 'lun-sam-dim'],
    ['lun-samedy 9:00-19:00', 'day', 'samedy'],
    ['lun-sam 19:00-9:00', 'time', '19:00-9:00'],
    ['lun-sam 9:00-25:00', 'time', '9:00-25:00'],
    ['lun-sam 9:00', 'time', '9:00'],
    ['lun-sam 9:00-12:00 sam 14:00-18:00', 'twice', 'sam'],
    ['lun 9:00-12:00,11:00-18:00', 'overlap', '9:00-12:00,11:00-18:00'],
    ['', 'shape', ''],
  ])('refuses %j, naming what is wrong (%s)', (text, problem, value) => {
    expect(parseHours(text)).toEqual({ problem, value });
  });

  it('says whether the shop is open at an instant, closing time excluded', () => {
    const week = hours('lun-ven 9:00-12:00,14:00-19:00');
    expect(isWithinHours(week, local(2026, 11, 23, 9))).toBe(true);
    expect(isWithinHours(week, local(2026, 11, 23, 8, 59))).toBe(false);
    expect(isWithinHours(week, local(2026, 11, 23, 12, 30))).toBe(false);
    expect(isWithinHours(week, local(2026, 11, 23, 18, 59))).toBe(true);
    expect(isWithinHours(week, local(2026, 11, 23, 19))).toBe(false);
    expect(isWithinHours(week, local(2026, 11, 28, 10))).toBe(false);
  });
});

describe('times of day', () => {
  it('reads 10:00, 9h30, 9h and 9, and 24:00 only as the end of a range', () => {
    expect(parseClockTime('10:00')).toBe(600);
    expect(parseClockTime('9h30')).toBe(570);
    expect(parseClockTime('9h')).toBe(540);
    expect(parseClockTime('9')).toBe(540);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('24:00', true)).toBe(1440);
    expect(parseClockTime('10:60')).toBeNull();
    expect(parseClockTime('dix heures')).toBeNull();
    expect(formatClock(570)).toBe('9:30');
  });

  it('takes the morning as callback.time when it is a morning time, else 9:00', () => {
    expect(morningTime(rules())).toBe(600);
    expect(morningTime(rules({ time: '8:30' }))).toBe(510);
    expect(morningTime(rules({ time: '14:00' }))).toBe(540);
  });

  it('falls back to the defaults for settings it cannot read', () => {
    expect(rules({ hours: 'n’importe quoi', time: 'midi', delay: '-1' })).toEqual(rules());
    expect(rules().hoursText).toBe(DEFAULT_HOURS);
  });
});

describe('the suggested callback', () => {
  it('is callback.delay open days ahead at callback.time: Monday 11:00, two days -> Wednesday 10:00', () => {
    expect(suggestedCallback(local(2026, 11, 23, 11), rules())).toEqual(local(2026, 11, 25, 10));
  });

  it('never falls on a Sunday: from Friday two open days is Monday, from Saturday one is Monday', () => {
    expect(suggestedCallback(local(2026, 11, 27, 11), rules())).toEqual(local(2026, 11, 30, 10));
    expect(suggestedCallback(local(2026, 11, 28, 11), rules({ delay: '1' }))).toEqual(local(2026, 11, 30, 10));
  });

  it('never falls on a Sunday even when the shop opens on Sundays', () => {
    const sundays = rules({ hours: 'lun-dim 9:00-19:00', delay: '1' });
    expect(suggestedCallback(local(2026, 11, 28, 11), sundays)).toEqual(local(2026, 11, 30, 10));
  });

  it('skips the days the shop is closed', () => {
    const noWednesday = rules({ hours: 'lun-mar,jeu-sam 9:00-19:00' });
    expect(suggestedCallback(local(2026, 11, 23, 11), noWednesday)).toEqual(local(2026, 11, 26, 10));
  });

  it('moves callback.time into the opening hours of that day', () => {
    const lunch = 'lun-sam 9:00-12:00,14:00-19:00';
    expect(suggestedCallback(local(2026, 11, 23, 11), rules({ hours: lunch, time: '13:00' }))).toEqual(
      local(2026, 11, 25, 14),
    );
    expect(suggestedCallback(local(2026, 11, 23, 11), rules({ time: '8:00' }))).toEqual(local(2026, 11, 25, 9));
    expect(suggestedCallback(local(2026, 11, 23, 11), rules({ time: '20:00' }))).toEqual(local(2026, 11, 25, 9));
  });

  it('with no delay is today at callback.time, or the next open day once it has passed', () => {
    expect(suggestedCallback(local(2026, 11, 23, 9), rules({ delay: '0' }))).toEqual(local(2026, 11, 23, 10));
    expect(suggestedCallback(local(2026, 11, 23, 11), rules({ delay: '0' }))).toEqual(local(2026, 11, 24, 10));
    expect(suggestedCallback(local(2026, 11, 28, 11), rules({ delay: '0' }))).toEqual(local(2026, 11, 30, 10));
  });

  it('keeps 10:00 on the wall clock across the return to winter time', () => {
    const saturday = local(2026, 10, 24, 15);
    expect(suggestedCallback(saturday, rules({ delay: '1' })).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('is always ahead, within opening hours, never a Sunday, never midnight', () => {
    const days = fc.constantFrom('lun-sam', 'lun-ven', 'mar-sam', 'lun,mer,ven', 'sam', 'lun-dim', 'dim');
    const slots = fc.constantFrom('9:00-19:00', '9:00-12:00,14:00-19:00', '0:00-24:00', '7h-9h', '14:00-18:30');
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2026, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true }),
        days,
        slots,
        fc.integer({ min: 0, max: 23 * 60 + 59 }),
        fc.integer({ min: 0, max: 10 }),
        (now, d, s, time, delay) => {
          const shop = rules({ hours: `${d} ${s}`, time: formatClock(time), delay: String(delay) });
          const at = suggestedCallback(now, shop);
          expect(at > now).toBe(true);
          expect(isWithinHours(shop.hours, at)).toBe(true);
          if (d !== 'dim') expect(at.getDay()).not.toBe(0);
          if (!s.startsWith('0:00')) expect(at.getHours() * 60 + at.getMinutes()).not.toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a callback typed without a time', () => {
  const shop = rules();
  const monday = local(2026, 11, 23, 11);

  it('gets callback.time; one typed with a time keeps it', () => {
    expect(callbackAt({ at: local(2026, 11, 26), hasTime: false }, monday, shop)).toEqual(local(2026, 11, 26, 10));
    expect(callbackAt({ at: local(2026, 11, 26, 15), hasTime: true }, monday, shop)).toEqual(local(2026, 11, 26, 15));
  });

  it('today, before callback.time, gets callback.time; after it, the next full hour', () => {
    const today = { at: local(2026, 11, 23), hasTime: false };
    expect(callbackAt(today, local(2026, 11, 23, 8, 15), shop)).toEqual(local(2026, 11, 23, 10));
    expect(callbackAt(today, monday, shop)).toEqual(local(2026, 11, 23, 12));
    expect(callbackAt(today, local(2026, 11, 23, 23, 30), shop)).toEqual(local(2026, 11, 23, 23, 59));
  });
});

describe('isHoursProblem', () => {
  it('tells a problem from hours', () => {
    expect(isHoursProblem(parseHours('lun-sam 9:00-19:00'))).toBe(false);
    expect(isHoursProblem(parseHours('lun-sam'))).toBe(true);
  });
});
