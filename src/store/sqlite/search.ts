import { stem } from '../../domain/search.js';
import type { SearchStore } from '../store.js';
import type { SqliteContext } from './context.js';
import { toSummary } from './rows.js';

// Finding a past case in the full-text index of migration 9 (FTS5: accents and case folded by
// its tokenizer, French word forms by the stem and a prefix, domain/search.ts).

/** The FTS5 query: every word, as the start of a word of the index (its stem, then `*`). */
export function matchExpression(words: readonly string[]): string {
  return words.map((word) => `"${stem(word).replaceAll('"', '""')}"*`).join(' ');
}

/** Complaints whose texts hold every word, for `list --search`. Its parameter is @match. */
export const MATCHING_IDS = 'SELECT rowid FROM complaint_words WHERE complaint_words MATCH @match';

// Ranked by bm25, the customer's details weighing most, then the product and order number:
// a name or an order typed is what a shop most often looks for. Among equal matches the most
// recent come first. Only the `RANKED` most recent complaints holding the words are ranked
// (the index gives them newest first without reading the others): a word a sixth of a
// million complaints hold is answered in 60 ms rather than 300.
export const RANKED = 1000;
const SEARCH_SQL = `
  SELECT c.id, c.status, c.received_at, cu.name AS customer, c.category, c.channel,
         coalesce(c.product, c.account) AS summary, c.next_contact_at, c.assignee,
         w.who, w.what, w.said, w.notes
  FROM (SELECT id, score FROM (
          SELECT rowid AS id, bm25(complaint_words, 4, 3, 1, 1) AS score FROM complaint_words
          WHERE complaint_words MATCH @match ORDER BY rowid DESC LIMIT ${RANKED})
        ORDER BY score, id DESC LIMIT @limit) hit
  JOIN complaints c ON c.id = hit.id
  JOIN complaint_words w ON w.rowid = hit.id
  LEFT JOIN customers cu ON cu.id = c.customer_id
  ORDER BY hit.score, c.received_at DESC, c.id DESC`;

/** A field of the index holds several texts, one per line. */
const textsOf = (...fields: unknown[]): string[] =>
  fields.flatMap((field) => (typeof field === 'string' ? field.split('\n') : [])).filter((text) => text !== '');

export function searchQueries(ctx: SqliteContext): SearchStore {
  return {
    async searchComplaints(words, limit) {
      if (words.length === 0) return [];
      const rows = ctx.statement(SEARCH_SQL).all({ match: matchExpression(words), limit }) as Record<string, unknown>[];
      return rows.map((row) => ({
        ...toSummary(row),
        customer: row.customer as string | null,
        texts: textsOf(row.who, row.what, row.said, row.notes),
      }));
    },
  };
}
