import { describe, expect, it } from 'vitest';
import { isoDay, parseDuration, parseUserDate } from '../../src/domain/dates.js';

// Local time in these tests is the machine's; the expectations are built in local time too.
const now = new Date(2026, 10, 23, 15, 45); // Monday 23 November 2026, 15:45

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const callback = { direction: 'future' } as const;

describe('dates typed with digits or a quick word (read without loading chrono)', () => {
  it.each([
    ['2026-11-25', local(2026, 11, 25), false],
    ['25/11/2026', local(2026, 11, 25), false],
    ['25/11/2026 14:30', local(2026, 11, 25, 14, 30), true],
    ['25/11/2026 14h30', local(2026, 11, 25, 14, 30), true],
    ['2026-11-25 9h', local(2026, 11, 25, 9), true],
    ["aujourd'hui", local(2026, 11, 23), false],
    ['aujourd’hui 17:00', local(2026, 11, 23, 17), true],
    ['demain', local(2026, 11, 24), false],
    ['Demain 10h', local(2026, 11, 24, 10), true],
    ['tomorrow', local(2026, 11, 24), false],
    ['+3j', local(2026, 11, 26), false],
    ['+3d', local(2026, 11, 26), false],
    ['-7j', local(2026, 11, 16), false],
    ['+1s', local(2026, 11, 30), false],
    ['2026-11-25T14:30', local(2026, 11, 25, 14, 30), true],
    ['26/11', local(2026, 11, 26), false],
    ['20/11', local(2027, 11, 20), false],
    ['26.11', local(2026, 11, 26), false],
    ['26-11-2026', local(2026, 11, 26), false],
    ['26/11 10h', local(2026, 11, 26, 10), true],
    ['26/11 à 10h', local(2026, 11, 26, 10), true],
    ['15h30', local(2026, 11, 23, 15, 30), true],
    ['3:30pm', local(2026, 11, 23, 15, 30), true],
    ['12am', local(2026, 11, 23), true],
    ['demain à 14h', local(2026, 11, 24, 14), true],
    ['demain 17 h', local(2026, 11, 24, 17), true],
    ['tomorrow 2pm', local(2026, 11, 24, 14), true],
    ['+2j 10h', local(2026, 11, 25, 10), true],
    ['+2d 10:30', local(2026, 11, 25, 10, 30), true],
  ])('reads %s', (text, expected, hasTime) => {
    expect(parseUserDate(text, now, callback)).toEqual({ at: expected, hasTime });
  });

  it('reads a full ISO 8601 timestamp with its zone', () => {
    expect(parseUserDate('2026-11-25T13:30:00.000Z', now, callback)?.at.toISOString()).toBe('2026-11-25T13:30:00.000Z');
  });

  it('counts +2h from now, to the minute', () => {
    expect(parseUserDate('+2h', now, callback)).toEqual({ at: local(2026, 11, 23, 17, 45), hasTime: true });
  });

  it.each([
    '31/02/2026',
    '2026-13-01',
    '25/11/99999',
    '25/11/26',
    '29/02/2027',
    '25/11/2026 25:00',
    '25/11/2026 14:75',
    '',
    '   ',
    '+j',
    '+2h 10h',
    '10',
    '13pm',
    '26/11/2026/1',
    '26/11.2026',
    '2026-11-25 14:30 extra',
    '0000-01-01',
    '__proto__',
    'constructor',
    'toString',
  ])('refuses %j', (text) => {
    expect(parseUserDate(text, now, callback)).toBeNull();
  });

  it('reads a day without its year as the next one for a callback, the last one for a purchase', () => {
    expect(parseUserDate('20/11', now, { direction: 'past' })?.at).toEqual(local(2026, 11, 20));
    expect(parseUserDate('26/11', now, { direction: 'past' })?.at).toEqual(local(2025, 11, 26));
    expect(parseUserDate('23/11', now, { direction: 'past' })?.at).toEqual(local(2026, 11, 23));
    expect(parseUserDate('23/11', now, callback)?.at).toEqual(local(2026, 11, 23));
    expect(parseUserDate('29/02', now, callback)?.at).toEqual(local(2028, 2, 29));
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseUserDate('29/02/2028', now, callback)?.at).toEqual(local(2028, 2, 29));
    expect(parseUserDate('29/02/2026', now, callback)).toBeNull();
  });

  it('writes stored days as YYYY-MM-DD in local time', () => {
    expect(isoDay(local(2026, 1, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('retention durations', () => {
  it('reads years, months and days in French or English', () => {
    expect(parseDuration('3y')).toEqual({ years: 3, months: 0, days: 0 });
    expect(parseDuration('3 ans')).toEqual({ years: 3, months: 0, days: 0 });
    expect(parseDuration('36m')).toEqual({ years: 0, months: 36, days: 0 });
    expect(parseDuration('90j')).toEqual({ years: 0, months: 0, days: 90 });
    expect(parseDuration('0y')).toBeNull();
    expect(parseDuration('forever')).toBeNull();
  });
});
