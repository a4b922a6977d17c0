import type { Period, ReportFigures, ReportStore } from '../store.js';
import type { SqliteContext } from './context.js';
import { ABUSIVE_SQL, CUSTOMERS_SQL, FOLLOW_UPS_SQL, INTAKE_SQL, LESSONS_SQL, OUTCOME_SQL, TREND_SQL } from './report-sql.js';
import { Numbers, countInto, countJsonInto, countOperatorsInto, mean, operators, ranked, remedies } from './report-tally.js';

export { REPORT_SQL } from './report-sql.js';

// The owner's report, computed from index ranges of the period (see report-sql.ts); SQLite
// returns aggregates and lists of values, never the complaints themselves.

const PENDING = ['draft', 'open', 'awaiting_callback', 'transferred'];

// A short period is read at a few thousand places scattered over the file (one probe per
// customer, for the repeat customers), pages this process has not read yet: through a
// memory map each costs a page fault, instead of a system call and a copy into SQLite's
// cache (on a million complaints, a week's report: 90 -> 55 ms). Not for long periods,
// which would map most of the logbook into the process' memory. SQLite caps the size at
// its own maximum (2 GiB unless built otherwise); beyond it, pages are read as before.
const MAPPED_DAYS = 92;
const MAP_SIZE = 2 ** 40;

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

  let mapped = false;
  const mapShort = (period: Period) => {
    if (mapped || period.to.getTime() - period.from.getTime() > MAPPED_DAYS * 86_400_000) return;
    ctx.db.pragma(`mmap_size = ${MAP_SIZE}`);
    mapped = true;
  };

  /** The figures computed from the lists of values: intake (received in the period) and
   * outcome (closed in it). */
  function counted(period: Period) {
    const statuses = new Map<string, number>();
    const moods = new Map<string, number>();
    const channels = new Map<string, number>();
    const categories = new Map<string, number>();
    const remedyItems = new Map<string, number>();
    const byOperator = new Map();
    const outcomes = new Map<string, number>();
    const satisfactions = new Map<string, number>();
    const firstResponse = new Numbers();
    const resolution = new Numbers();
    let received = 0;
    let closed = 0;
    let cost = 0;
    for (const range of slices(period)) {
      const intake = one(INTAKE_SQL, range);
      received += intake.received as number;
      const status = intake.statuses === null ? [] : (intake.statuses as string).split(',');
      countInto(statuses, status);
      countInto(moods, intake.moods as string | null);
      countInto(channels, intake.channels as string | null);
      countInto(remedyItems, intake.remedies as string | null);
      countJsonInto(categories, intake.categories as string);
      countOperatorsInto(byOperator, intake.operators as string, status, intake.satisfactions as string | null);
      firstResponse.addJson(intake.first_response as string);
      const outcome = one(OUTCOME_SQL, range);
      closed += outcome.closed as number;
      cost += outcome.cost as number;
      countInto(satisfactions, outcome.satisfactions as string | null);
      countInto(outcomes, outcome.outcomes as string | null);
      resolution.addJson(outcome.resolution as string);
    }
    return { received, closed, cost, statuses, moods, channels, categories, remedyItems, byOperator, outcomes, satisfactions, firstResponse, resolution };
  }

  return {
    async reportFigures(period: Period): Promise<ReportFigures> {
      mapShort(period);
      const params = { from: period.from.toISOString(), to: period.to.toISOString() };
      const c = counted(period);
      const abusive = one(ABUSIVE_SQL, params);
      const followUps = one(FOLLOW_UPS_SQL, params);
      const customers = one(CUSTOMERS_SQL, params);
      const rated = mean(c.satisfactions);
      return {
        received: c.received,
        closed: c.closed,
        open: PENDING.reduce((sum, status) => sum + (c.statuses.get(status) ?? 0), 0),
        byStatus: ranked(c.statuses),
        byCategory: ranked(c.categories),
        byChannel: ranked(c.channels),
        byMood: ranked(c.moods),
        byOutcome: ranked(c.outcomes),
        abusive: { complaints: abusive.complaints as number, escalations: abusive.escalations as number },
        resolutionDays: c.resolution.spread(),
        firstResponseHours: c.firstResponse.spread(),
        followUps: { onTime: followUps.on_time as number, late: followUps.late as number, unscheduled: followUps.unscheduled as number },
        remedies: remedies(c.remedyItems),
        satisfaction: {
          count: rated.count,
          mean: rated.mean,
          distribution: { 1: c.satisfactions.get('1') ?? 0, 2: c.satisfactions.get('2') ?? 0, 3: c.satisfactions.get('3') ?? 0, 4: c.satisfactions.get('4') ?? 0, 5: c.satisfactions.get('5') ?? 0 },
        },
        costCents: c.cost,
        customers: { total: customers.total as number, repeat: customers.repeat as number },
        operators: operators(c.byOperator),
        lessons: all(LESSONS_SQL, params) as ReportFigures['lessons'],
      };
    },

    async receivedBetween(bounds) {
      // One count per week: a count with a condition per week would test every complaint
      // of the eight weeks eight times.
      const count = ctx.statement(TREND_SQL).pluck();
      return bounds.slice(1).map((to, i) => count.get({ from: bounds[i]!.toISOString(), to: to.toISOString() }) as number);
    },

    async firstReceivedAt() {
      return (ctx.statement('SELECT min(received_at) AS first FROM complaints').get() as { first: string | null }).first;
    },
  };
}
