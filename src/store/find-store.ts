import type { CorrectiveAction } from '../domain/actions.js';
import type { ComplaintSummary } from '../domain/types.js';
import type { Period } from './report-store.js';

// What the logbook answers to find a past case, follow a lesson up and see what comes back:
// search, corrective actions, the customer's own rating, recurring problems (README,
// "Finding a past case", "Corrective actions", "The customer's rating", "Weekly report").

// ── finding a past case (plainte search) ──

/** A complaint found, with the texts it was found in. */
export interface SearchHit extends ComplaintSummary {
  /** The texts searched, one per field (the customer's name, phone, e-mail; the product; what
   * was said and done; the notes of the history), for the excerpt shown with it. */
  texts: string[];
}

export interface SearchStore {
  /** The complaints whose texts hold every word (searchWords, folded), the best matches
   * first, at most `limit`. Read from the logbook's full-text index, which every write keeps
   * in step in its own transaction. */
  searchComplaints(words: readonly string[], limit: number): Promise<SearchHit[]>;
}

// ── corrective actions (plainte action) ──

export interface ActionStore {
  /** A new action on the complaint, numbered after the last one, with its event. */
  addAction(
    complaintId: number,
    action: { what: string; owner: string | null; due: string | null },
    operator: string | null,
  ): Promise<CorrectiveAction>;
  /** Marks the action done, with its event on its complaint; refused (UserError) when there
   * is no such action or it is done already. */
  finishAction(number: number, note: string | null, operator: string | null): Promise<CorrectiveAction>;
  /** Every action, in the order they were added. */
  listActions(): Promise<CorrectiveAction[]>;
}

// ── the customer's own rating (follow-up --rating) ──

export interface RatingStore {
  /** The ratings customers gave at follow-ups in the period, in the order given. */
  customerRatings(period: Period): Promise<{ complaintId: number; rating: number }[]>;
}

// ── recurring problems (the report's "par produit") ──

export interface RecurringStore {
  /** The complaints received in the range, counted by product as written. */
  productCounts(range: Period): Promise<{ product: string; count: number }[]>;
  /** The period's customers (not erased) with two complaints or more received from `since`
   * to the period's end, most first, with the numbers of those complaints. */
  repeatCustomers(period: Period, since: Date): Promise<{ id: number; name: string; complaints: number[] }[]>;
}
