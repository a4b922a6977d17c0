import type { Status } from '../../domain/types.js';
import type { Period, PeriodSummary, ReportFigures, ReportStore } from '../store.js';
import {
  Numbers,
  countInto,
  countJsonInto,
  countOperatorsInto,
  mean,
  operators,
  ranked,
  remedies,
  round2,
  type OperatorCounts,
} from '../sqlite/report-tally.js';
import type { PgContext } from './context.js';
import {
  ABUSIVE_SQL,
  CUSTOMERS_SQL,
  FOLLOW_UPS_SQL,
  INTAKE_SQL,
  INTAKE_SUMMARY_SQL,
  LESSONS_SQL,
  OUTCOME_SQL,
  TO_HANDLE_SQL,
  TREND_SQL,
} from './report-sql.js';

// The owner's report on the server: the same slices, lists and counting as the SQLite store
// (sqlite/report.ts), so that both give the same figures to the last digit.

const SLICE_MS = 31 * 86_400_000;

type Row = Record<string, number | string | null>;

function slices(period: Period): [string, string][] {
  const ranges: [string, string][] = [];
  const end = period.to.getTime();
  for (let at = period.from.getTime(); at < end; at += SLICE_MS) {
    ranges.push([new Date(at).toISOString(), new Date(Math.min(at + SLICE_MS, end)).toISOString()]);
  }
  return ranges;
}

/** The starts of the local days (the TZ of this process) from the one holding `from` to the
 * first at or after `to`. */
export function localDayStarts(period: Period): string[] {
  const day = new Date(period.from.getTime());
  day.setHours(0, 0, 0, 0);
  const starts = [day.toISOString()];
  while (day.getTime() < period.to.getTime()) {
    day.setDate(day.getDate() + 1);
    day.setHours(0, 0, 0, 0);
    starts.push(day.toISOString());
  }
  return starts;
}

/** Durations as SQLite's round(x, 2) gives them, from a JSON list of unrounded values. */
function addRounded(numbers: Numbers, json: string): void {
  for (const value of JSON.parse(json) as number[]) numbers.add(round2(value));
}

export function reportQueries(ctx: PgContext): ReportStore {
  const one = async (sql: string, params: unknown[]) => (await ctx.row<Row>(sql, params))!;

  async function counted(period: Period, detailed: boolean) {
    const c = {
      received: 0,
      pending: 0,
      closed: 0,
      cost: 0,
      statuses: new Map<string, number>(),
      moods: new Map<string, number>(),
      channels: new Map<string, number>(),
      categories: new Map<string, number>(),
      remedyItems: new Map<string, number>(),
      byOperator: new Map<string | null, OperatorCounts>(),
      outcomes: new Map<string, number>(),
      satisfactions: new Map<string, number>(),
      firstResponse: new Numbers(),
      resolution: new Numbers(),
    };
    for (const range of slices(period)) {
      const intake = await one(detailed ? INTAKE_SQL : INTAKE_SUMMARY_SQL, [...range, ctx.view]);
      c.received += intake.received as number;
      c.pending += intake.pending as number;
      addRounded(c.firstResponse, intake.first_response as string);
      if (detailed) {
        const status = intake.statuses === null ? [] : (intake.statuses as string).split(',');
        countInto(c.statuses, intake.statuses as string | null);
        countInto(c.moods, intake.moods as string | null);
        countInto(c.channels, intake.channels as string | null);
        countInto(c.remedyItems, intake.remedies as string | null);
        countJsonInto(c.categories, intake.categories as string);
        countOperatorsInto(c.byOperator, intake.operators as string, status, intake.satisfactions as string | null);
      }
      const outcome = await one(OUTCOME_SQL, [...range, ctx.view]);
      c.closed += outcome.closed as number;
      c.cost += outcome.cost as number;
      countInto(c.satisfactions, outcome.satisfactions as string | null);
      countInto(c.outcomes, outcome.outcomes as string | null);
      addRounded(c.resolution, outcome.resolution as string);
    }
    return c;
  }

  async function summary(period: Period, c: Awaited<ReturnType<typeof counted>>): Promise<PeriodSummary> {
    const params = [period.from.toISOString(), period.to.toISOString(), ctx.view];
    const abusive = await one(ABUSIVE_SQL, params);
    const followUps = await one(FOLLOW_UPS_SQL, [...params, localDayStarts(period)]);
    const customers = await one(CUSTOMERS_SQL, params);
    const rated = mean(c.satisfactions);
    const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (const key of ['1', '2', '3', '4', '5'] as const) distribution[key] = c.satisfactions.get(key) ?? 0;
    return {
      received: c.received,
      closed: c.closed,
      open: c.pending,
      abusive: { complaints: abusive.complaints as number, escalations: abusive.escalations as number },
      resolutionDays: c.resolution.spread(),
      firstResponseHours: c.firstResponse.spread(),
      followUps: {
        onTime: followUps.on_time as number,
        late: followUps.late as number,
        unscheduled: followUps.unscheduled as number,
      },
      satisfaction: { count: rated.count, mean: rated.mean, distribution },
      costCents: c.cost,
      customers: { total: customers.total as number, repeat: customers.repeat as number },
    };
  }

  return {
    async reportFigures(period) {
      const c = await counted(period, true);
      const s = await summary(period, c);
      const lessons = await ctx.rows(LESSONS_SQL, [period.from.toISOString(), period.to.toISOString(), ctx.view]);
      // In the order of the report's JSON, which lists them so.
      return {
        received: s.received,
        closed: s.closed,
        open: s.open,
        byStatus: ranked(c.statuses),
        byCategory: ranked(c.categories),
        byChannel: ranked(c.channels),
        byMood: ranked(c.moods),
        byOutcome: ranked(c.outcomes),
        abusive: s.abusive,
        resolutionDays: s.resolutionDays,
        firstResponseHours: s.firstResponseHours,
        followUps: s.followUps,
        remedies: remedies(c.remedyItems),
        satisfaction: s.satisfaction,
        costCents: s.costCents,
        customers: s.customers,
        operators: operators(c.byOperator),
        lessons: lessons as ReportFigures['lessons'],
      };
    },

    async reportSummary(period) {
      return summary(period, await counted(period, false));
    },

    async receivedBetween(bounds) {
      const counts = bounds.slice(1).map(() => 0);
      if (counts.length === 0) return counts;
      const rows = await ctx.rows<{ period: number; n: number }>(TREND_SQL, [
        bounds.map((b) => b.toISOString()),
        ctx.view,
      ]);
      for (const { period, n } of rows) counts[period - 1] = n;
      return counts;
    },

    async complaintsToHandle() {
      return ctx.rows<{ id: number; status: Status; receivedAt: string }>(TO_HANDLE_SQL, [ctx.view]);
    },

    async firstReceivedAt() {
      return ctx.value<string | null>('SELECT min(received_at) FROM complaints WHERE ($1::text IS NULL OR shop = $1)', [
        ctx.view,
      ]);
    },
  };
}
