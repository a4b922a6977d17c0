import { EVENT_KINDS } from '../../domain/events.js';
import type { RatingStore } from '../store.js';
import type { PgContext } from './context.js';

// The customers' own ratings, as in a file (store/sqlite/ratings.ts); only this shop's
// complaints, for a shop's view.
export const RATINGS = `
  SELECT e.complaint_id, (e.details ->> 'rating')::int AS rating
  FROM events e JOIN complaints c ON c.id = e.complaint_id
  WHERE e.kind = '${EVENT_KINDS.followUp}' AND e.at >= $1 AND e.at < $2 AND e.details ->> 'rating' IS NOT NULL
    AND ($3::text IS NULL OR c.shop = $3)
  ORDER BY e.at, e.id`;

export function ratingQueries(ctx: PgContext): RatingStore {
  return {
    async customerRatings(period) {
      const rows = await ctx.rows(RATINGS, [period.from.toISOString(), period.to.toISOString(), ctx.view]);
      return rows.map((row) => ({ complaintId: Number(row.complaint_id), rating: Number(row.rating) }));
    },
  };
}
