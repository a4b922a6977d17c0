import type { Period, ReportFigures, ReportStore, Spread } from '../store.js';
import type { SqliteContext } from './context.js';

// The owner's report, computed by SQLite: each query reads one period through an index
// (received_at, closed_at, events by kind and time) and returns aggregates, never rows.
// Intake figures are about complaints received in the period; outcome figures (closed,
// resolution time, satisfaction, cost, causes) about complaints closed in it.

const RECEIVED = 'received_at >= @from AND received_at < @to';
const CLOSED = 'closed_at >= @from AND closed_at < @to';
const PENDING = "('draft', 'open', 'awaiting_callback', 'transferred')";

/** Columns the report counts by; a fixed list, since they are put into the SQL text. */
const GROUPED = ['status', 'category', 'channel', 'mood', 'request', 'solution_type'] as const;

// Median: the middle value, or the mean of the two middle ones. 90th percentile: nearest
// rank, the value at rank ceil(0.9 n). Both from ordered ranks, without loading the values.
function spreadSql(value: string, where: string): string {
  return `
    WITH v AS (SELECT round(${value}, 2) AS x FROM complaints WHERE ${where} AND ${value} IS NOT NULL),
         o AS (SELECT x, row_number() OVER (ORDER BY x) AS rn, count(*) OVER () AS n FROM v)
    SELECT count(*) AS count,
           round(avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN x END), 2) AS median,
           max(CASE WHEN rn = (9 * n + 9) / 10 THEN x END) AS p90
    FROM o`;
}

const RESOLUTION_SQL = spreadSql('julianday(closed_at) - julianday(received_at)', CLOSED);
const FIRST_RESPONSE_SQL = spreadSql('(julianday(first_response_at) - julianday(received_at)) * 24', RECEIVED);

const INTAKE_SQL = `
  SELECT count(*) AS received, coalesce(sum(status IN ${PENDING}), 0) AS open
  FROM complaints WHERE ${RECEIVED}`;

const OUTCOME_SQL = `
  SELECT count(*) AS closed, coalesce(sum(cost_cents), 0) AS cost, count(satisfaction) AS rated,
         round(avg(satisfaction), 2) AS mean,
         coalesce(sum(satisfaction = 1), 0) AS s1, coalesce(sum(satisfaction = 2), 0) AS s2,
         coalesce(sum(satisfaction = 3), 0) AS s3, coalesce(sum(satisfaction = 4), 0) AS s4,
         coalesce(sum(satisfaction = 5), 0) AS s5
  FROM complaints WHERE ${CLOSED}`;

const ABUSIVE_SQL = `
  SELECT (SELECT count(*) FROM (
            SELECT id FROM complaints WHERE ${RECEIVED} AND mood = 'abusive'
            UNION
            SELECT complaint_id FROM events WHERE kind = 'escalation' AND at >= @from AND at < @to)) AS complaints,
         (SELECT count(*) FROM events WHERE kind = 'escalation' AND at >= @from AND at < @to) AS escalations`;

// A follow-up is on time when it happened before the end (local midnight) of the calendar
// day its callback was due: promising "Tuesday" and calling Tuesday evening is on time.
// SQLite's 'localtime' reads the same TZ as Node, so the day is the shop's.
const FOLLOW_UPS_SQL = `
  SELECT coalesce(sum(julianday(at) < julianday(due, 'localtime', 'start of day', '+1 day', 'utc')), 0) AS on_time,
         coalesce(sum(julianday(at) >= julianday(due, 'localtime', 'start of day', '+1 day', 'utc')), 0) AS late,
         coalesce(sum(due IS NULL), 0) AS unscheduled
  FROM (SELECT at, json_extract(details, '$.dueAt') AS due FROM events
        WHERE kind = 'follow_up' AND at >= @from AND at < @to)`;

// A repeat customer has had at least two complaints by the end of the period.
const CUSTOMERS_SQL = `
  SELECT count(*) AS total,
         coalesce(sum((SELECT count(*) FROM complaints c2
                       WHERE c2.customer_id = p.customer_id AND c2.received_at < @to) >= 2), 0) AS repeat
  FROM (SELECT DISTINCT customer_id FROM complaints WHERE ${RECEIVED} AND customer_id IS NOT NULL) p`;

const OPERATORS_SQL = `
  SELECT operator, count(*) AS received, coalesce(sum(status IN ('resolved', 'closed')), 0) AS settled,
         round(avg(satisfaction), 2) AS satisfaction
  FROM complaints WHERE ${RECEIVED}
  GROUP BY operator ORDER BY received DESC, operator`;

const PAIRS_SQL = `
  SELECT request AS asked, solution_type AS granted, count(*) AS count
  FROM complaints WHERE ${RECEIVED} AND (request IS NOT NULL OR solution_type IS NOT NULL)
  GROUP BY request, solution_type ORDER BY count DESC, asked, granted`;

const LESSONS_SQL = `
  SELECT id, category, nullif(trim(cause), '') AS cause, nullif(trim(lesson), '') AS lesson
  FROM complaints WHERE ${CLOSED} AND (coalesce(trim(cause), '') <> '' OR coalesce(trim(lesson), '') <> '')
  ORDER BY closed_at, id LIMIT 100`;

const countBySql = (column: (typeof GROUPED)[number]) =>
  `SELECT ${column} AS key, count(*) AS n FROM complaints WHERE ${RECEIVED} AND ${column} IS NOT NULL GROUP BY ${column} ORDER BY n DESC, key`;
const CLOSED_BY_SQL = `SELECT outcome AS key, count(*) AS n FROM complaints WHERE ${CLOSED} AND outcome IS NOT NULL GROUP BY outcome ORDER BY n DESC, key`;

/** Every SQL statement the report runs on a period (@from, @to), for the test that checks
 * their query plans and for the benchmark, which runs them in the sqlite3 shell. */
export const REPORT_SQL = [
  RESOLUTION_SQL, FIRST_RESPONSE_SQL, INTAKE_SQL, OUTCOME_SQL, ABUSIVE_SQL, FOLLOW_UPS_SQL, CUSTOMERS_SQL, OPERATORS_SQL, PAIRS_SQL, LESSONS_SQL,
  CLOSED_BY_SQL, ...GROUPED.map(countBySql),
];

type Row = Record<string, number | string | null>;

export function reportQueries(ctx: SqliteContext): ReportStore {
  const one = (sql: string, params: object) => ctx.statement(sql).get(params) as Row;
  const all = (sql: string, params: object) => ctx.statement(sql).all(params) as Row[];
  const spread = (sql: string, params: object): Spread => {
    const row = one(sql, params);
    return { count: row.count as number, median: row.median as number | null, p90: row.p90 as number | null };
  };
  const countBy = (column: (typeof GROUPED)[number], params: object): Record<string, number> => {
    const rows = all(countBySql(column), params);
    return Object.fromEntries(rows.map((row) => [row.key as string, row.n as number]));
  };

  return {
    async reportFigures(period: Period): Promise<ReportFigures> {
      const params = { from: period.from.toISOString(), to: period.to.toISOString() };
      const intake = one(INTAKE_SQL, params);
      const outcome = one(OUTCOME_SQL, params);
      const abusive = one(ABUSIVE_SQL, params);
      const followUps = one(FOLLOW_UPS_SQL, params);
      const customers = one(CUSTOMERS_SQL, params);
      const closedBy = all(CLOSED_BY_SQL, params);
      return {
        received: intake.received as number,
        closed: outcome.closed as number,
        open: intake.open as number,
        byStatus: countBy('status', params),
        byCategory: countBy('category', params),
        byChannel: countBy('channel', params),
        byMood: countBy('mood', params),
        byOutcome: Object.fromEntries(closedBy.map((row) => [row.key as string, row.n as number])),
        abusive: { complaints: abusive.complaints as number, escalations: abusive.escalations as number },
        resolutionDays: spread(RESOLUTION_SQL, params),
        firstResponseHours: spread(FIRST_RESPONSE_SQL, params),
        followUps: { onTime: followUps.on_time as number, late: followUps.late as number, unscheduled: followUps.unscheduled as number },
        remedies: {
          asked: countBy('request', params),
          granted: countBy('solution_type', params),
          pairs: all(PAIRS_SQL, params) as ReportFigures['remedies']['pairs'],
        },
        satisfaction: {
          count: outcome.rated as number,
          mean: outcome.mean as number | null,
          distribution: { 1: outcome.s1 as number, 2: outcome.s2 as number, 3: outcome.s3 as number, 4: outcome.s4 as number, 5: outcome.s5 as number },
        },
        costCents: outcome.cost as number,
        customers: { total: customers.total as number, repeat: customers.repeat as number },
        operators: all(OPERATORS_SQL, params) as ReportFigures['operators'],
        lessons: all(LESSONS_SQL, params) as ReportFigures['lessons'],
      };
    },

    async receivedBetween(bounds) {
      const ranges = bounds.slice(1).map((_, i) => `coalesce(sum(received_at >= @b${i} AND received_at < @b${i + 1}), 0) AS w${i}`);
      const last = bounds.length - 1;
      const sql = `SELECT ${ranges.join(', ')} FROM complaints WHERE received_at >= @b0 AND received_at < @b${last}`;
      const row = ctx.statement(sql).get(Object.fromEntries(bounds.map((at, i) => [`b${i}`, at.toISOString()]))) as Row;
      return bounds.slice(1).map((_, i) => row[`w${i}`] as number);
    },

    async firstReceivedAt() {
      return (ctx.statement('SELECT min(received_at) AS first FROM complaints').get() as { first: string | null }).first;
    },
  };
}
