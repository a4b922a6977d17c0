import { describe, expect, it } from 'vitest';
import { parseWeek, reportPeriods, trendOf } from '../../src/report/period.js';

// Local dates built with the Date constructor, so these hold in whatever TZ the tests run.
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);
const monday = local(2026, 11, 23, 11);
const tuesday = local(2026, 11, 24, 11);

describe('report periods', () => {
  it('covers the last full week, Monday to Sunday, when run on a Monday, compared with the week before', () => {
    expect(reportPeriods({}, monday, null)).toEqual({
      period: { from: local(2026, 11, 16), to: local(2026, 11, 23) },
      previous: { from: local(2026, 11, 9), to: local(2026, 11, 16) },
      kind: 'week',
      week: '2026-W47',
    });
  });

  it('covers the 7 days ending today on the other days', () => {
    expect(reportPeriods({}, tuesday, null)).toEqual({
      period: { from: local(2026, 11, 18), to: local(2026, 11, 25) },
      previous: { from: local(2026, 11, 11), to: local(2026, 11, 18) },
      kind: 'days',
    });
  });

  it('names a week by its ISO number or by how many weeks back', () => {
    expect(parseWeek('2026-W47')).toEqual({ year: 2026, week: 47 });
    expect(parseWeek('-1')).toEqual({ offset: -1 });
    expect(parseWeek('demain')).toBeNull();
    const w47 = reportPeriods({ week: { year: 2026, week: 47 } }, tuesday, null);
    expect(w47).toMatchObject({ period: { from: local(2026, 11, 16), to: local(2026, 11, 23) }, week: '2026-W47' });
    expect(reportPeriods({ week: { offset: -1 } }, tuesday, null)).toEqual(w47);
    // ISO week 1 of 2027 starts on Monday 4 January; 2026 has 53 weeks.
    expect(reportPeriods({ week: { year: 2027, week: 1 } }, tuesday, null).period.from).toEqual(local(2027, 1, 4));
    expect(reportPeriods({ week: { year: 2026, week: 53 } }, tuesday, null).period.from).toEqual(local(2026, 12, 28));
    expect(() => reportPeriods({ week: { year: 2027, week: 53 } }, tuesday, null, '2027-W53')).toThrow(
      /n’est pas une semaine/,
    );
  });

  it('takes the current month from the 1st, and whole days for --since and --until', () => {
    expect(reportPeriods({ month: true }, monday, null).period).toEqual({
      from: local(2026, 11, 1),
      to: local(2026, 11, 24),
    });
    expect(reportPeriods({ since: local(2026, 11, 20) }, monday, null).period).toEqual({
      from: local(2026, 11, 20),
      to: local(2026, 11, 24),
    });
    expect(reportPeriods({ until: local(2026, 11, 10) }, monday, null)).toEqual({
      period: { from: local(2026, 11, 4), to: local(2026, 11, 11) },
      previous: { from: local(2026, 10, 28), to: local(2026, 11, 4) },
      kind: 'range',
    });
  });

  it('covers the whole logbook with --all, without a previous period, even when it is empty', () => {
    expect(reportPeriods({ all: true }, monday, local(2026, 3, 2, 15).toISOString())).toEqual({
      period: { from: local(2026, 3, 2), to: local(2026, 11, 24) },
      previous: null,
      kind: 'all',
    });
    expect(reportPeriods({ all: true }, monday, null).period).toEqual({
      from: local(2026, 11, 23),
      to: local(2026, 11, 24),
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => reportPeriods({ since: local(2026, 11, 20), until: local(2026, 11, 18) }, monday, null)).toThrow(
      /période est vide/,
    );
  });

  it('draws the trend over 8 weeks, the current one last; with --all the whole period, by weeks or months', () => {
    const { unit, bounds } = trendOf(monday, null);
    expect(unit).toBe('week');
    expect(bounds).toHaveLength(9);
    expect(bounds[0]).toEqual(local(2026, 10, 5));
    expect(bounds[8]).toEqual(local(2026, 11, 30));
    const weeks = trendOf(monday, local(2026, 9, 30));
    expect(weeks).toMatchObject({ unit: 'week' });
    expect(weeks.bounds[0]).toEqual(local(2026, 9, 28));
    expect(weeks.bounds.at(-1)).toEqual(local(2026, 11, 30));
    const months = trendOf(monday, local(2025, 3, 14));
    expect(months.unit).toBe('month');
    expect(months.bounds[0]).toEqual(local(2025, 3, 1));
    expect(months.bounds).toHaveLength(22);
    expect(months.bounds.at(-1)).toEqual(local(2026, 12, 1));
  });
});
