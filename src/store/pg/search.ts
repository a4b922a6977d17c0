import type { SearchStore } from '../store.js';
import type { PgContext } from './context.js';
import { RANKED } from '../sqlite/search.js';
import { toSummary } from './rows.js';

// Finding a past case in the full-text index of migration 6: the French configuration stems
// the words on both sides, each word typed also finds the words it starts.

/** The tsquery text: every word, as the start of a word (`:*`). The words are folded letters
 * and digits (searchWords): nothing in them means anything to to_tsquery. */
export function tsquery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}

/** The query as the index reads it, from the tsquery text in parameter `n`. */
export const QUERY = (n: number) => `to_tsquery('french', plainte_unaccent($${n}))`;

// Ranked by ts_rank, the customer's details (weight A) and the product (B) above the rest;
// among equal matches the most recent first; as in a file, only the `RANKED` most recent
// complaints holding the words are ranked. Only this shop's complaints, for a shop's view.
const SEARCH_SQL = `
  WITH recent AS (
    SELECT w.complaint_id AS id, w.words
    FROM complaint_words w JOIN complaints c ON c.id = w.complaint_id, ${QUERY(1)} q
    WHERE w.words @@ q AND ($3::text IS NULL OR c.shop = $3)
    ORDER BY w.complaint_id DESC
    LIMIT ${RANKED}
  ), hit AS (
    SELECT id, ts_rank(words, ${QUERY(1)}) AS score FROM recent ORDER BY score DESC, id DESC LIMIT $2
  )
  SELECT c.id, c.status, c.received_at, cu.name AS customer, c.category, c.channel,
         coalesce(c.product, c.account) AS summary, c.next_contact_at, c.assignee, t.who, t.what, t.said, t.notes
  FROM hit JOIN complaints c ON c.id = hit.id LEFT JOIN customers cu ON cu.id = c.customer_id,
       plainte_words_of(ARRAY[c.id]) t
  ORDER BY hit.score DESC, c.received_at DESC, c.id DESC`;

export function searchQueries(ctx: PgContext): SearchStore {
  return {
    async searchComplaints(words, limit) {
      if (words.length === 0) return [];
      const rows = await ctx.rows(SEARCH_SQL, [tsquery(words), limit, ctx.view]);
      return rows.map((row) => ({
        ...toSummary(row),
        customer: row.customer as string | null,
        texts: [row.who, row.what, row.said, row.notes]
          .flatMap((field) => (typeof field === 'string' ? field.split('\n') : []))
          .filter((text) => text !== ''),
      }));
    },
  };
}
