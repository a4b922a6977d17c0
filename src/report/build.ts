import { isoDay } from '../domain/dates.js';
import type { Callback, Period, PeriodSummary, ReportFigures, Store } from '../store/store.js';
import { reportPeriods, trendBounds, type PeriodChoice } from './period.js';

/** The owner's report: the figures of the period, the same figures for the period before
 * (its summary only, unless every figure is asked for), the 8-week trend and the callbacks
 * still owed. This is also the `--json` output, which has every figure of both periods. */
export interface Report extends ReportFigures {
  period: { from: string; to: string; days: number };
  previousPeriod: { from: string; to: string } | null;
  previous: ReportFigures | PeriodSummary | null;
  trend: { weekStart: string; received: number }[];
  overdue: Callback[];
}

const iso = (period: Period) => ({ from: period.from.toISOString(), to: period.to.toISOString() });

export async function buildReport(
  store: Store,
  choice: PeriodChoice,
  now: Date,
  options: { everyPreviousFigure?: boolean } = {},
): Promise<Report> {
  const { period, previous } = reportPeriods(choice, now, choice.all ? await store.firstReceivedAt() : null);
  const bounds = trendBounds(now);
  const weekly = await store.receivedBetween(bounds);
  return {
    period: { ...iso(period), days: Math.round((period.to.getTime() - period.from.getTime()) / 86_400_000) },
    previousPeriod: previous ? iso(previous) : null,
    ...(await store.reportFigures(period)),
    previous: previous
      ? await (options.everyPreviousFigure ? store.reportFigures(previous) : store.reportSummary(previous))
      : null,
    trend: weekly.map((received, i) => ({ weekStart: isoDay(bounds[i]), received })),
    overdue: await store.listDue({ before: now }),
  };
}
