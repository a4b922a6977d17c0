import { EVENT_KINDS } from '../../domain/events.js';
import type { RatingStore } from '../store.js';
import type { SqliteContext } from './context.js';

// The customers' own ratings, given at follow-ups (follow_up events' `rating`) in the period,
// in the order given. The events' index by kind and date reads the range.
export const RATINGS_SQL = `
  SELECT complaint_id, json_extract(details, '$.rating') AS rating FROM events
  WHERE kind = '${EVENT_KINDS.followUp}' AND at >= @from AND at < @to AND json_extract(details, '$.rating') IS NOT NULL
  ORDER BY at, id`;

export function ratingQueries(ctx: SqliteContext): RatingStore {
  return {
    async customerRatings(period) {
      const [from, to] = [period.from.toISOString(), period.to.toISOString()];
      const rows = ctx.statement(RATINGS_SQL).all({ from, to }) as { complaint_id: number; rating: number }[];
      return rows.map((row) => ({ complaintId: row.complaint_id, rating: row.rating }));
    },
  };
}
