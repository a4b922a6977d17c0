// The statements of the owner's report on PostgreSQL: the same figures as SQLite's
// (sqlite/report-sql.ts), handed over in the same shapes (comma-separated lists of the
// enumerated columns, JSON lists of free text and of durations) so that the same code counts
// them (sqlite/report-tally.ts). Each reads one period ($1, $2) of one shop ($3, NULL for
// every shop) as a range of an index.

const SHOP = '($3::text IS NULL OR shop = $3)';
const RECEIVED = `received_at >= $1 AND received_at < $2 AND ${SHOP}`;
const CLOSED = `closed_at >= $1 AND closed_at < $2 AND ${SHOP}`;
/** The events of the period whose complaint was taken in the shop. */
const OF_SHOP = `($3::text IS NULL OR EXISTS (SELECT 1 FROM complaints s WHERE s.id = e.complaint_id AND s.shop = $3))`;

/** SQLite's julianday() of an instant, to the last bit: milliseconds since the Julian epoch
 * divided as a double, so that durations come out exactly as SQLite computes them, and round
 * the same way at a half (2440587.5 days before 1970 = 210,866,760,000,000 ms). */
const julianDay = (instant: string) =>
  `((extract(epoch FROM ${instant} - timestamptz '1970-01-01 00:00:00+00') * 1000)::bigint + 210866760000000)::float8` +
  ' / 86400000.0::float8';

/** The durations, unrounded: rounded in JavaScript as SQLite's round(x, 2) (report-tally.ts). */
const FIRST_RESPONSE_HOURS = `(${julianDay('first_response_at')} - ${julianDay('received_at')}) * 24`;
const RESOLUTION_DAYS = `${julianDay('closed_at')} - ${julianDay('received_at')}`;

const listOf = (duration: string, present: string) => `coalesce(json_agg(${duration}) FILTER (WHERE ${present}), '[]')`;

const PENDING = `status IN ('draft', 'open', 'awaiting_callback', 'transferred')`;

export const INTAKE_SQL = `
  SELECT count(*) AS received, count(*) FILTER (WHERE ${PENDING}) AS pending, string_agg(status, ',') AS statuses,
         string_agg(mood, ',') AS moods, string_agg(channel, ',') AS channels,
         string_agg(CASE WHEN request IS NOT NULL OR solution_type IS NOT NULL
                         THEN coalesce(request, '') || ' ' || coalesce(solution_type, '') END, ',') AS remedies,
         ${listOf(FIRST_RESPONSE_HOURS, 'first_response_at IS NOT NULL')} AS first_response,
         coalesce(json_agg(category), '[]') AS categories, coalesce(json_agg(operator), '[]') AS operators,
         string_agg(coalesce(satisfaction::text, ''), ',') AS satisfactions
  FROM complaints WHERE ${RECEIVED}`;

export const INTAKE_SUMMARY_SQL = `
  SELECT count(*) AS received, count(*) FILTER (WHERE ${PENDING}) AS pending,
         ${listOf(FIRST_RESPONSE_HOURS, 'first_response_at IS NOT NULL')} AS first_response
  FROM complaints WHERE ${RECEIVED}`;

export const OUTCOME_SQL = `
  SELECT count(*) AS closed, coalesce(sum(cost_cents), 0) AS cost, string_agg(satisfaction::text, ',') AS satisfactions,
         string_agg(outcome, ',') AS outcomes, ${listOf(RESOLUTION_DAYS, 'true')} AS resolution
  FROM complaints WHERE ${CLOSED}`;

// The complaints abusive at intake, counted from the index of the period alone (no row read),
// and the complaints escalated in the period that are not among them.
export const ABUSIVE_SQL = `
  SELECT (SELECT count(*) FROM complaints WHERE ${RECEIVED} AND mood = 'abusive')
         + (SELECT count(DISTINCT complaint_id) FROM events e
            WHERE kind = 'escalation' AND at >= $1 AND at < $2 AND ${OF_SHOP}
              AND NOT EXISTS (SELECT 1 FROM complaints a WHERE a.id = e.complaint_id AND a.mood = 'abusive'
                                AND a.received_at >= $1 AND a.received_at < $2))
           AS complaints,
         (SELECT count(*) FROM events e WHERE kind = 'escalation' AND at >= $1 AND at < $2 AND ${OF_SHOP})
           AS escalations`;

/** An instant as the domain writes it (Date.toISOString: 2026-11-23T10:00:00.000Z). */
const ISO_TEXT = (instant: string) => `to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A due date as the text of an instant in the domain's form, NULL when it is not a date
 * (SQLite's julianday() gives NULL too). Written as the domain writes it, it is kept as it
 * is (a check of its digits, no parsing): such texts sort as their instants do. Any other form
 * of date is parsed. */
const DUE = `CASE WHEN translate(due_text, '0123456789', '0000000000') = '0000-00-00T00:00:00.000Z' THEN due_text
                  WHEN due_text ~ '^\\d{4}-\\d\\d-\\d\\d([T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?)?(Z|[+-]\\d\\d:\\d\\d)?$'
                  THEN ${ISO_TEXT('due_text::timestamptz')} END`;

// A follow-up is on time when it was not due before the start of the local day it happened
// (promising "Tuesday" and calling Tuesday evening is on time). The local days are the
// shop's (the TZ of the process, not the server's): their starts come as $4, computed in
// JavaScript, the first at or before $1 and the last at or after $2. Each day's start is
// written once as the due dates are, and compared with them as text.
export const FOLLOW_UPS_SQL = `
  WITH day AS (SELECT s AS start, ${ISO_TEXT('s')} AS start_text, lead(s) OVER (ORDER BY s) AS next
               FROM unnest($4::timestamptz[]) AS s)
  SELECT count(*) FILTER (WHERE due >= start_text) AS on_time, count(*) FILTER (WHERE due < start_text) AS late,
         count(*) FILTER (WHERE due_text IS NULL) AS unscheduled
  FROM (SELECT day.start_text, due_text, ${DUE} AS due
        FROM day JOIN events e
          ON e.kind = 'follow_up' AND e.at >= greatest(day.start, $1) AND e.at < least(day.next, $2)
        CROSS JOIN LATERAL (SELECT e.details->>'dueAt' AS due_text) AS d
        WHERE day.next IS NOT NULL AND ${OF_SHOP}
        -- Each due date read once, not once per count.
        OFFSET 0) AS f`;

// Of one shop: its customers of the period, repeat when they had two complaints by its end in
// any shop of the business (their first complaint may be another shop's).
export const CUSTOMERS_SQL = `
  WITH p AS MATERIALIZED (
    SELECT customer_id AS id, count(*) AS n FROM complaints
    WHERE ${RECEIVED} AND customer_id IS NOT NULL GROUP BY customer_id)
  SELECT count(*) AS total,
         count(*) - CASE
           WHEN $3::text IS NOT NULL THEN (SELECT count(*) FROM p WHERE n = 1
             AND (SELECT count(*) FROM complaints x WHERE x.customer_id = p.id AND x.received_at < $2) = 1)
           WHEN NOT EXISTS (SELECT 1 FROM complaints WHERE received_at < $1) THEN (SELECT count(*) FROM p WHERE n = 1)
           ELSE (SELECT count(*) FROM customers c JOIN p ON p.id = c.id
                 WHERE c.first_received_at >= $1 AND c.first_received_at < $2 AND p.n = 1)
         END AS repeat
  FROM p`;

export const LESSONS_SQL = `
  SELECT id, category, nullif(trim(cause), '') AS cause, nullif(trim(lesson), '') AS lesson
  FROM complaints WHERE ${CLOSED} AND (coalesce(trim(cause), '') <> '' OR coalesce(trim(lesson), '') <> '')
  ORDER BY closed_at, id LIMIT 100`;

/** The complaints received in each of the periods between consecutive bounds ($1, in order):
 * one read of the index over all the weeks, each complaint counted in its own. */
export const TREND_SQL = `
  SELECT width_bucket(received_at, $1::timestamptz[]) AS period, count(*) AS n FROM complaints
  WHERE received_at >= ($1::timestamptz[])[1] AND received_at < ($1::timestamptz[])[cardinality($1::timestamptz[])]
    AND ($2::text IS NULL OR shop = $2)
  GROUP BY 1`;

/** The drafts, and the pending complaints with no next contact, oldest first: the partial
 * index complaints_to_handle (migration 4) holds only them. */
export const TO_HANDLE_SQL = `
  SELECT id, status, received_at AS "receivedAt" FROM complaints
  WHERE (status = 'draft' OR (status IN ('open', 'awaiting_callback', 'transferred') AND next_contact_at IS NULL))
    AND ($1::text IS NULL OR shop = $1)
  ORDER BY received_at, id`;
