import { IN_PROGRESS_SQL } from './statuses.js';

// The statements of the owner's report. Each reads one period (@from, @to) as a range of an
// index that holds every column it needs (migration 4), so a week costs the same whether the
// logbook holds a year or twenty: no lookup in the tables, no date arithmetic in local time
// per row. Intake figures are about complaints received in the period; outcome figures
// (closed, resolution time, satisfaction, cost, causes) about complaints closed in it.
//
// The period's values are handed over whole, one list per column, and counted in JavaScript
// (report-tally.ts): the driver spends about half a microsecond on each row it returns, more
// than SQLite spends reading it, and a GROUP BY per column would sort the period once per
// column. Columns with a fixed set of values (CHECK constraints: no comma in any of them)
// and numbers come comma-separated; free text as a JSON list.

const RECEIVED = 'received_at >= @from AND received_at < @to';
const CLOSED = 'closed_at >= @from AND closed_at < @to';

// The durations a median and a 90th percentile are taken from, rounded as shown, written as
// indexed by migration 4 (any other spelling would make SQLite compute them from the dates).
// Their ranks are picked in JavaScript, from a JSON list (SQLite's window functions would
// copy the period into a temporary table first). NULL where a date is missing or unreadable.
const FIRST_RESPONSE_HOURS = 'round((julianday(first_response_at) - julianday(received_at)) * 24, 2)';
const RESOLUTION_DAYS = 'round(julianday(closed_at) - julianday(received_at), 2)';

/** The durations of the period as a JSON list of numbers, without the NULLs (the median
 * leaves them out), so that JavaScript copies it whole rather than value by value. */
const listOf = (duration: string) => `json_group_array(${duration}) FILTER (WHERE ${duration} IS NOT NULL)`;

/** Received and still to deal with: drafts included. */
const PENDING = `status IN (${IN_PROGRESS_SQL})`;

/** Received in the period: how many, how many still pending, the values of the enumerated
 * columns, and the first response times. A remedy is "request solution_type", either side
 * empty when not given. Free text (the shop's own categories, operators' names) comes as
 * JSON lists; the operators, statuses and satisfactions are aligned, one item per complaint. */
export const INTAKE_SQL = `
  SELECT count(*) AS received, coalesce(sum(${PENDING}), 0) AS pending, group_concat(status) AS statuses,
         group_concat(mood) AS moods,
         group_concat(channel) AS channels,
         group_concat(CASE WHEN request IS NOT NULL OR solution_type IS NOT NULL
                           THEN ifnull(request, '') || ' ' || ifnull(solution_type, '') END) AS remedies,
         ${listOf(FIRST_RESPONSE_HOURS)} AS first_response, json_group_array(category) AS categories,
         json_group_array(operator) AS operators, group_concat(ifnull(satisfaction, '')) AS satisfactions
  FROM complaints WHERE ${RECEIVED}`;

/** Received in the period, what the summary compares with the period before: how many, how
 * many still pending, and the first response times. */
export const INTAKE_SUMMARY_SQL = `
  SELECT count(*) AS received, coalesce(sum(${PENDING}), 0) AS pending,
         ${listOf(FIRST_RESPONSE_HOURS)} AS first_response
  FROM complaints WHERE ${RECEIVED}`;

/** Closed in the period: totals, the values of the enumerated columns, resolution times. */
export const OUTCOME_SQL = `
  SELECT count(*) AS closed, coalesce(sum(cost_cents), 0) AS cost, group_concat(satisfaction) AS satisfactions,
         group_concat(outcome) AS outcomes, ${listOf(RESOLUTION_DAYS)} AS resolution
  FROM complaints WHERE ${CLOSED}`;

export const ABUSIVE_SQL = `
  SELECT (SELECT count(*) FROM (
            SELECT id FROM complaints WHERE ${RECEIVED} AND mood = 'abusive'
            UNION
            SELECT complaint_id FROM events WHERE kind = 'escalation' AND at >= @from AND at < @to)) AS complaints,
         (SELECT count(*) FROM events WHERE kind = 'escalation' AND at >= @from AND at < @to) AS escalations`;

// A follow-up is on time when it happened before the end (local midnight) of the calendar
// day its callback was due: promising "Tuesday" and calling Tuesday evening is on time.
// Put the other way round: when it was not due before the start of the day it happened.
// So the period is cut into its local days (a few 'localtime' conversions per day, not per
// event) and each day's follow-ups are compared with that day's start. SQLite's 'localtime'
// reads the same TZ as Node, so the days are the shop's. The due date is read through the
// expressions indexed by events_by_kind_due, written the same way.
const ISO = `'%Y-%m-%dT%H:%M:%fZ'`;
const DUE = `json_extract(e.details, '$.dueAt')`;
export const FOLLOW_UPS_SQL = `
  WITH RECURSIVE day(start, next, jd) AS (
    SELECT strftime(${ISO}, @from, 'localtime', 'start of day', 'utc'),
           strftime(${ISO}, @from, 'localtime', 'start of day', '+1 day', 'utc'),
           julianday(strftime(${ISO}, @from, 'localtime', 'start of day', 'utc'))
    UNION ALL
    SELECT next, strftime(${ISO}, next, 'localtime', 'start of day', '+1 day', 'utc'), julianday(next)
    FROM day WHERE next < @to)
  SELECT coalesce(sum(julianday(${DUE}) >= day.jd), 0) AS on_time,
         coalesce(sum(julianday(${DUE}) < day.jd), 0) AS late,
         coalesce(sum(${DUE} IS NULL), 0) AS unscheduled
  FROM day JOIN events e ON e.kind = 'follow_up' AND e.at >= max(day.start, @from) AND e.at < min(day.next, @to)`;

// A repeat customer has had at least two complaints by the end of the period: two in the
// period, or one in it and one before it. The others, the period's new customers, have one
// complaint in the period and their first complaint in it (customers.first_received_at,
// migration 5): one range of customers_by_first_complaint, matched against the period's.
// When nothing was received before the period (report --all), every customer with one
// complaint in it is new, without matching hundreds of thousands of them.
export const CUSTOMERS_SQL = `
  WITH p AS MATERIALIZED (
    SELECT customer_id AS id, count(*) AS n FROM complaints
    WHERE ${RECEIVED} AND customer_id IS NOT NULL GROUP BY customer_id)
  SELECT count(*) AS total,
         count(*) - CASE
           WHEN NOT EXISTS (SELECT 1 FROM complaints WHERE received_at < @from)
             THEN (SELECT count(*) FROM p WHERE n = 1)
           ELSE (SELECT count(*) FROM customers c JOIN p ON p.id = c.id
                 WHERE c.first_received_at >= @from AND c.first_received_at < @to AND p.n = 1)
         END AS repeat
  FROM p`;

// The condition is the one of the partial index complaints_report_lessons, word for word.
export const LESSONS_SQL = `
  SELECT id, category, nullif(trim(cause), '') AS cause, nullif(trim(lesson), '') AS lesson
  FROM complaints WHERE ${CLOSED} AND (coalesce(trim(cause), '') <> '' OR coalesce(trim(lesson), '') <> '')
  ORDER BY closed_at, id LIMIT 100`;

// The condition is the one of the partial index complaints_to_handle, word for word. SQLite
// does not see by itself that an OR of terms is the index's condition, and would read every
// complaint through complaints_by_received for its order: INDEXED BY names the index.
export const TO_HANDLE_SQL = `
  SELECT id, status, received_at AS receivedAt FROM complaints INDEXED BY complaints_to_handle
  WHERE status = 'draft' OR (status IN ('open', 'awaiting_callback', 'transferred') AND next_contact_at IS NULL)
  ORDER BY received_at`;

/** Complaints received in one week of the trend. */
export const TREND_SQL = `SELECT count(*) AS n FROM complaints WHERE ${RECEIVED}`;

/** Every SQL statement the report runs on a period, for the test that checks their query
 * plans and for the benchmark, which runs them in the sqlite3 shell (on --all's period). */
export const REPORT_SQL = [INTAKE_SQL, OUTCOME_SQL, ABUSIVE_SQL, FOLLOW_UPS_SQL, CUSTOMERS_SQL, LESSONS_SQL, TREND_SQL];

/** What the summary of the period before runs instead (no --all report has one). */
export const SUMMARY_SQL = [INTAKE_SUMMARY_SQL, OUTCOME_SQL, ABUSIVE_SQL, FOLLOW_UPS_SQL, CUSTOMERS_SQL];
