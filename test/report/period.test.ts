import { describe, expect, it } from 'vitest';
import { reportPeriods, trendBounds } from '../../src/report/period.js';

// Local dates built with the Date constructor, so these hold in whatever TZ the tests run.
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);
const now = local(2026, 11, 23, 11);

describe('report periods', () => {
  it('covers the last 7 days ending today by default, compared with the 7 days before', () => {
    expect(reportPeriods({}, now, null)).toEqual({
      period: { from: local(2026, 11, 17), to: local(2026, 11, 24) },
      previous: { from: local(2026, 11, 10), to: local(2026, 11, 17) },
    });
  });

  it('takes the current month from the 1st, and whole days for --since and --until', () => {
    expect(reportPeriods({ month: true }, now, null).period).toEqual({
      from: local(2026, 11, 1),
      to: local(2026, 11, 24),
    });
    expect(reportPeriods({ since: local(2026, 11, 20) }, now, null).period).toEqual({
      from: local(2026, 11, 20),
      to: local(2026, 11, 24),
    });
    expect(reportPeriods({ until: local(2026, 11, 10) }, now, null)).toEqual({
      period: { from: local(2026, 11, 4), to: local(2026, 11, 11) },
      previous: { from: local(2026, 10, 28), to: local(2026, 11, 4) },
    });
  });

  it('covers the whole logbook with --all, without a previous period, even when it is empty', () => {
    expect(reportPeriods({ all: true }, now, local(2026, 3, 2, 15).toISOString())).toEqual({
      period: { from: local(2026, 3, 2), to: local(2026, 11, 24) },
      previous: null,
    });
    expect(reportPeriods({ all: true }, now, null)).toEqual({
      period: { from: local(2026, 11, 23), to: local(2026, 11, 24) },
      previous: null,
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => reportPeriods({ since: local(2026, 11, 20), until: local(2026, 11, 18) }, now, null)).toThrow(
      /période est vide/,
    );
  });

  it('draws the trend over 8 weeks, Monday to Monday, the current week last', () => {
    const bounds = trendBounds(now);
    expect(bounds).toHaveLength(9);
    expect(bounds[0]).toEqual(local(2026, 10, 5));
    expect(bounds[7]).toEqual(local(2026, 11, 23));
    expect(bounds[8]).toEqual(local(2026, 11, 30));
  });
});
