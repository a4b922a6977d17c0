import { describe, expect, it } from 'vitest';
import { dateReader, readUserDate, type SpokenReading } from '../../src/domain/spoken-dates.js';
import { onParisTime } from '../helpers/zone.js';

// The shop's clock is Paris time, with its changes to and from summer time.
onParisTime();

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const MONDAY = local(2026, 11, 23, 15, 45); // Monday 23 November 2026, 15:45
// "matin" is callback.time (10:00 by default).
const callback = (lang: 'fr' | 'en'): SpokenReading => ({ direction: 'future', lang, morning: 10 * 60 });
const purchase = (lang: 'fr' | 'en'): SpokenReading => ({ direction: 'past', lang, morning: 10 * 60 });

type Row = [typed: string, at: Date, hasTime: boolean];

const SAME_IN_BOTH: Row[] = [
  ['2026-11-25', local(2026, 11, 25), false],
  ['25/11/2026', local(2026, 11, 25), false],
  ['25/11/2026 14:30', local(2026, 11, 25, 14, 30), true],
  ['26/11', local(2026, 11, 26), false],
  ['26-11-2026', local(2026, 11, 26), false],
  ['+3j', local(2026, 11, 26), false],
  ['-7j', local(2026, 11, 16), false],
  ['2026-11-25T14:30', local(2026, 11, 25, 14, 30), true],
];

const FRENCH: Row[] = [
  ['samedi 10h', local(2026, 11, 28, 10), true],
  ['lundi', local(2026, 11, 30), false],
  ['jeudi 17h', local(2026, 11, 26, 17), true],
  ['jeudi à 17 h', local(2026, 11, 26, 17), true],
  ['dans 3 jours', local(2026, 11, 26), false],
  ['15h30', local(2026, 11, 23, 15, 30), true],
  ['26/11 10h', local(2026, 11, 26, 10), true],
  ['26/11 à 10h', local(2026, 11, 26, 10), true],
  ['demain à 14h', local(2026, 11, 24, 14), true],
  ['demain midi', local(2026, 11, 24, 12), true],
  ['demain matin', local(2026, 11, 24, 10), true],
  ['demain soir', local(2026, 11, 24, 18), true],
  ['ce soir', local(2026, 11, 23, 18), true],
  ['26 novembre', local(2026, 11, 26), false],
  ['le 26 novembre à 10h30', local(2026, 11, 26, 10, 30), true],
  ['1er décembre', local(2026, 12, 1), false],
  ['+2j 10h', local(2026, 11, 25, 10), true],
  ['lundi prochain', local(2026, 11, 30), false],
  ["aujourd'hui", local(2026, 11, 23), false],
  ['demain', local(2026, 11, 24), false],
  ['après-demain 9h', local(2026, 11, 25, 9), true],
  ['dans 2 semaines', local(2026, 12, 7), false],
];

const ENGLISH: Row[] = [
  ['saturday 10am', local(2026, 11, 28, 10), true],
  ['monday', local(2026, 11, 30), false],
  ['thursday 5pm', local(2026, 11, 26, 17), true],
  ['in 3 days', local(2026, 11, 26), false],
  ['3:30pm', local(2026, 11, 23, 15, 30), true],
  ['3:30 pm', local(2026, 11, 23, 15, 30), true],
  ['26/11 10am', local(2026, 11, 26, 10), true],
  ['tomorrow at 2pm', local(2026, 11, 24, 14), true],
  ['tomorrow noon', local(2026, 11, 24, 12), true],
  ['tomorrow morning', local(2026, 11, 24, 10), true],
  ['tomorrow evening', local(2026, 11, 24, 18), true],
  ['26 november', local(2026, 11, 26), false],
  ['november 26', local(2026, 11, 26), false],
  ['nov 26th at 10am', local(2026, 11, 26, 10), true],
  ['+2d 10am', local(2026, 11, 25, 10), true],
  ['next monday', local(2026, 11, 30), false],
  ['today', local(2026, 11, 23), false],
  ['tomorrow', local(2026, 11, 24), false],
  ['in 2 weeks', local(2026, 12, 7), false],
];

describe('dates as people say them, for a callback (the next such day)', () => {
  it.each([...SAME_IN_BOTH, ...FRENCH])('reads %j in French', async (typed, at, hasTime) => {
    expect(await readUserDate(typed, MONDAY, callback('fr'))).toEqual({ at, hasTime });
  });

  it.each([...SAME_IN_BOTH, ...ENGLISH])('reads %j in English', async (typed, at, hasTime) => {
    expect(await readUserDate(typed, MONDAY, callback('en'))).toEqual({ at, hasTime });
  });

  it('reads the same once the parsers are loaded, for answers checked as they are typed', async () => {
    const read = await dateReader('fr');
    for (const [typed, at, hasTime] of [...SAME_IN_BOTH, ...FRENCH, ...ENGLISH])
      expect(read(typed, MONDAY, callback('fr')), typed).toEqual({ at, hasTime });
  });

  it('reads the other language too, after its own', async () => {
    expect(await readUserDate('tomorrow at 2pm', MONDAY, callback('fr'))).toEqual({
      at: local(2026, 11, 24, 14),
      hasTime: true,
    });
    expect(await readUserDate('samedi 10h', MONDAY, callback('en'))).toEqual({
      at: local(2026, 11, 28, 10),
      hasTime: true,
    });
  });

  it('takes "matin" as the morning it is given (9:00 when callback.time is an afternoon time)', async () => {
    expect(await readUserDate('demain matin', MONDAY, { ...callback('fr'), morning: 9 * 60 })).toEqual({
      at: local(2026, 11, 24, 9),
      hasTime: true,
    });
  });
});

describe('dates as people say them, for a purchase (the last such day)', () => {
  it.each([
    ['26/11', local(2025, 11, 26), 'fr'],
    ['20/11', local(2026, 11, 20), 'fr'],
    ['26 novembre', local(2025, 11, 26), 'fr'],
    ['lundi', local(2026, 11, 16), 'fr'],
    ['lundi dernier', local(2026, 11, 16), 'fr'],
    ['samedi', local(2026, 11, 21), 'fr'],
    ['hier', local(2026, 11, 22), 'fr'],
    ['il y a 3 jours', local(2026, 11, 20), 'fr'],
    ['november 26', local(2025, 11, 26), 'en'],
    ['last monday', local(2026, 11, 16), 'en'],
    ['3 days ago', local(2026, 11, 20), 'en'],
  ] as const)('reads %j as a day gone by', async (typed, at, lang) => {
    expect(await readUserDate(typed, MONDAY, purchase(lang))).toEqual({ at, hasTime: false });
  });

  it('finds the last 29 February for a purchase, the next one for a callback', async () => {
    expect((await readUserDate('29/02', MONDAY, purchase('fr')))?.at).toEqual(local(2024, 2, 29));
    expect((await readUserDate('29/02', MONDAY, callback('fr')))?.at).toEqual(local(2028, 2, 29));
  });
});

describe('weekdays around the weekend', () => {
  const SUNDAY = local(2026, 11, 29, 18);
  const NEXT_MONDAY = local(2026, 11, 30, 9);

  it('on a Sunday, "lundi" is tomorrow and "dimanche" a week ahead', async () => {
    expect((await readUserDate('lundi', SUNDAY, callback('fr')))?.at).toEqual(local(2026, 11, 30));
    expect((await readUserDate('dimanche', SUNDAY, callback('fr')))?.at).toEqual(local(2026, 12, 6));
    expect((await readUserDate('monday 9am', SUNDAY, callback('en')))?.at).toEqual(local(2026, 11, 30, 9));
  });

  it('on a Monday, "lundi" is next Monday, never today; "dimanche" the coming Sunday', async () => {
    expect((await readUserDate('lundi', NEXT_MONDAY, callback('fr')))?.at).toEqual(local(2026, 12, 7));
    expect((await readUserDate('lundi 17h', NEXT_MONDAY, callback('fr')))?.at).toEqual(local(2026, 12, 7, 17));
    expect((await readUserDate('dimanche', NEXT_MONDAY, callback('fr')))?.at).toEqual(local(2026, 12, 6));
  });

  it('looking back from a Monday, "dimanche" is yesterday and "lundi" a week ago', async () => {
    expect((await readUserDate('dimanche', NEXT_MONDAY, purchase('fr')))?.at).toEqual(local(2026, 11, 29));
    expect((await readUserDate('lundi', NEXT_MONDAY, purchase('fr')))?.at).toEqual(local(2026, 11, 23));
  });
});

describe('across a change of time in Paris', () => {
  it('keeps the wall-clock time across the return to winter time (25 October 2026)', async () => {
    const saturday = local(2026, 10, 24, 15);
    expect((await readUserDate('lundi 10h', saturday, callback('fr')))?.at.toISOString()).toBe(
      '2026-10-26T09:00:00.000Z',
    );
    expect((await readUserDate('demain matin', saturday, callback('fr')))?.at.toISOString()).toBe(
      '2026-10-25T09:00:00.000Z',
    );
    expect((await readUserDate('+2j 10h', saturday, callback('fr')))?.at.toISOString()).toBe(
      '2026-10-26T09:00:00.000Z',
    );
    expect((await readUserDate('dans 3 jours', saturday, callback('fr')))?.at).toEqual(local(2026, 10, 27));
  });

  it('keeps the wall-clock time across the change to summer time (29 March 2026)', async () => {
    const saturday = local(2026, 3, 28, 12);
    expect((await readUserDate('lundi 10h', saturday, callback('fr')))?.at.toISOString()).toBe(
      '2026-03-30T08:00:00.000Z',
    );
    expect((await readUserDate('tomorrow noon', saturday, callback('en')))?.at.toISOString()).toBe(
      '2026-03-29T10:00:00.000Z',
    );
  });
});

describe('what is not a date', () => {
  it.each([
    'lundi 26 novembre', // the 26th is a Thursday
    'novembre',
    'demain ou lundi',
    '14h-16h',
    'rappeler demain',
    'hier soir tard',
    'jeudi 25',
    '25/11/26',
    '31/02/2026',
    '29/02/2027',
    '10',
    'bonjour',
    '__proto__',
    'x'.repeat(100),
  ])('refuses %j', async (typed) => {
    expect(await readUserDate(typed, MONDAY, callback('fr'))).toBeNull();
    expect(await readUserDate(typed, MONDAY, callback('en'))).toBeNull();
  });
});
