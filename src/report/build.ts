import { isoDay } from '../domain/dates.js';
import type { Status } from '../domain/types.js';
import type { Callback, Period, PeriodSummary, ReportFigures, Store } from '../store/store.js';
import { learning, type Learning } from './learn.js';
import { reportPeriods, trendOf, type PeriodChoice, type PeriodKind } from './period.js';

/** What needs handling now, by complaint number: drafts left for more than a day, pending
 * complaints with no next contact, overdue callbacks. */
export interface ToHandle {
  drafts: number[];
  unplanned: number[];
  overdue: number[];
}

/** The owner's report: what needs handling, the figures of the period, the same figures for
 * the period before (its summary only, unless every figure is asked for), the trend and the
 * callbacks still owed. This is also the `--json` output, which has every figure of both
 * periods. */
export interface Report extends ReportFigures, Learning {
  period: { from: string; to: string; days: number; kind: PeriodKind; week?: string };
  previousPeriod: { from: string; to: string } | null;
  previous: ReportFigures | PeriodSummary | null;
  /** By week (`weekStart`), or by month (`monthStart`) for a long --all. */
  trend: ({ weekStart: string; received: number } | { monthStart: string; received: number })[];
  toHandle: ToHandle;
  overdue: Callback[];
}

const iso = (period: Period) => ({ from: period.from.toISOString(), to: period.to.toISOString() });

const DAY_MS = 86_400_000;

function toHandle(
  pending: readonly { id: number; status: Status; receivedAt: string }[],
  overdue: readonly Callback[],
  now: Date,
): ToHandle {
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  return {
    drafts: pending.filter((c) => c.status === 'draft' && c.receivedAt < dayAgo).map((c) => c.id),
    unplanned: pending.filter((c) => c.status !== 'draft').map((c) => c.id),
    overdue: overdue.map((c) => c.id),
  };
}

export async function buildReport(
  store: Store,
  choice: PeriodChoice,
  now: Date,
  options: { everyPreviousFigure?: boolean; weekText?: string } = {},
): Promise<Report> {
  const chosen = reportPeriods(choice, now, choice.all ? await store.firstReceivedAt() : null, options.weekText);
  const { period, previous } = chosen;
  const trend = trendOf(now, choice.all ? period.from : null);
  const counts = await store.receivedBetween(trend.bounds);
  const overdue = await store.listDue({ before: now });
  const figures = await store.reportFigures(period);
  return {
    period: {
      ...iso(period),
      days: Math.round((period.to.getTime() - period.from.getTime()) / DAY_MS),
      kind: chosen.kind,
      ...(chosen.week ? { week: chosen.week } : {}),
    },
    previousPeriod: previous ? iso(previous) : null,
    toHandle: toHandle(await store.complaintsToHandle(), overdue, now),
    ...figures,
    previous: previous
      ? await (options.everyPreviousFigure ? store.reportFigures(previous) : store.reportSummary(previous))
      : null,
    trend: counts.map((received, i) =>
      trend.unit === 'week'
        ? { weekStart: isoDay(trend.bounds[i]), received }
        : { monthStart: isoDay(trend.bounds[i]), received },
    ),
    overdue,
    ...(await learning(store, period, figures.satisfaction)),
  };
}
