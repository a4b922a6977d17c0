import type { Period, PeriodSummary, ReportFigures, ReportStore } from '../store.js';
import type { SqliteContext } from './context.js';
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
import {
  Numbers,
  countInto,
  countJsonInto,
  countOperatorsInto,
  mean,
  operators,
  ranked,
  remedies,
  type OperatorCounts,
} from './report-tally.js';

export { REPORT_SQL } from './report-sql.js';

// The owner's report, computed from index ranges of the period (see report-sql.ts); SQLite
// returns aggregates and lists of values, never the complaints themselves.

// The lists of values are read a month at a time and added up: those of a million
// complaints at once (`report --all`) took hundreds of megabytes.
const SLICE_MS = 31 * 86_400_000;

type Row = Record<string, number | string | null>;
type Range = { from: string; to: string };

function slices(period: Period): Range[] {
  const ranges: Range[] = [];
  const end = period.to.getTime();
  for (let at = period.from.getTime(); at < end; at += SLICE_MS) {
    ranges.push({ from: new Date(at).toISOString(), to: new Date(Math.min(at + SLICE_MS, end)).toISOString() });
  }
  return ranges;
}

export function reportQueries(ctx: SqliteContext): ReportStore {
  const one = (sql: string, params: object) => ctx.statement(sql).get(params) as Row;
  const all = (sql: string, params: object) => ctx.statement(sql).all(params) as Row[];

  /** The figures computed from the lists of values: intake (received in the period) and
   * outcome (closed in it). Of intake, the summary needs only how many were received and
   * are still pending, and the first response times. */
  function counted(period: Period, detailed: boolean) {
    const statuses = new Map<string, number>();
    const moods = new Map<string, number>();
    const channels = new Map<string, number>();
    const categories = new Map<string, number>();
    const remedyItems = new Map<string, number>();
    const byOperator = new Map<string | null, OperatorCounts>();
    const outcomes = new Map<string, number>();
    const satisfactions = new Map<string, number>();
    const firstResponse = new Numbers();
    const resolution = new Numbers();
    let received = 0;
    let pending = 0;
    let closed = 0;
    let cost = 0;
    for (const range of slices(period)) {
      const intake = one(detailed ? INTAKE_SQL : INTAKE_SUMMARY_SQL, range);
      received += intake.received as number;
      pending += intake.pending as number;
      firstResponse.addJson(intake.first_response as string);
      if (detailed) {
        const status = intake.statuses === null ? [] : (intake.statuses as string).split(',');
        countInto(statuses, intake.statuses as string | null);
        countInto(moods, intake.moods as string | null);
        countInto(channels, intake.channels as string | null);
        countInto(remedyItems, intake.remedies as string | null);
        countJsonInto(categories, intake.categories as string);
        countOperatorsInto(byOperator, intake.operators as string, status, intake.satisfactions as string | null);
      }
      const outcome = one(OUTCOME_SQL, range);
      closed += outcome.closed as number;
      cost += outcome.cost as number;
      countInto(satisfactions, outcome.satisfactions as string | null);
      countInto(outcomes, outcome.outcomes as string | null);
      resolution.addJson(outcome.resolution as string);
    }
    return {
      received,
      pending,
      closed,
      cost,
      statuses,
      moods,
      channels,
      categories,
      remedyItems,
      byOperator,
      outcomes,
      satisfactions,
      firstResponse,
      resolution,
    };
  }

  function summary(period: Period, c: ReturnType<typeof counted>): PeriodSummary {
    const params = { from: period.from.toISOString(), to: period.to.toISOString() };
    const abusive = one(ABUSIVE_SQL, params);
    const followUps = one(FOLLOW_UPS_SQL, params);
    const customers = one(CUSTOMERS_SQL, params);
    const rated = mean(c.satisfactions);
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
      satisfaction: {
        count: rated.count,
        mean: rated.mean,
        distribution: {
          1: c.satisfactions.get('1') ?? 0,
          2: c.satisfactions.get('2') ?? 0,
          3: c.satisfactions.get('3') ?? 0,
          4: c.satisfactions.get('4') ?? 0,
          5: c.satisfactions.get('5') ?? 0,
        },
      },
      costCents: c.cost,
      customers: { total: customers.total as number, repeat: customers.repeat as number },
    };
  }

  return {
    async reportFigures(period: Period): Promise<ReportFigures> {
      const c = counted(period, true);
      const s = summary(period, c);
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
        lessons: all(LESSONS_SQL, {
          from: period.from.toISOString(),
          to: period.to.toISOString(),
        }) as ReportFigures['lessons'],
      };
    },

    async reportSummary(period: Period): Promise<PeriodSummary> {
      return summary(period, counted(period, false));
    },

    async receivedBetween(bounds) {
      // One count per week: a count with a condition per week would test every complaint
      // of the eight weeks eight times.
      const count = ctx.statement(TREND_SQL).pluck();
      return bounds
        .slice(1)
        .map((to, i) => count.get({ from: bounds[i].toISOString(), to: to.toISOString() }) as number);
    },

    async complaintsToHandle() {
      return ctx.statement(TO_HANDLE_SQL).all() as Awaited<ReturnType<ReportStore['complaintsToHandle']>>;
    },

    async firstReceivedAt() {
      return (ctx.statement('SELECT min(received_at) AS first FROM complaints').get() as { first: string | null })
        .first;
    },
  };
}
