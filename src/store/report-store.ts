import type { Status } from '../domain/types.js';

// The figures the report reads (src/store/store.ts gathers every area).

/** Half-open range of instants [from, to). */
export interface Period {
  from: Date;
  to: Date;
}

export interface Spread {
  /** How many values the median and p90 are taken from. */
  count: number;
  median: number | null;
  p90: number | null;
}

/** The figures of a period that the report compares with the period before (its summary). */
export interface PeriodSummary {
  received: number;
  closed: number;
  open: number;
  abusive: { complaints: number; escalations: number };
  resolutionDays: Spread;
  firstResponseHours: Spread;
  followUps: { onTime: number; late: number; unscheduled: number };
  satisfaction: { count: number; mean: number | null; distribution: Record<'1' | '2' | '3' | '4' | '5', number> };
  costCents: number;
  customers: { total: number; repeat: number };
}

export interface ReportFigures extends PeriodSummary {
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  byChannel: Record<string, number>;
  byMood: Record<string, number>;
  byOutcome: Record<string, number>;
  remedies: {
    asked: Record<string, number>;
    granted: Record<string, number>;
    pairs: { asked: string | null; granted: string | null; count: number }[];
  };
  operators: { operator: string | null; received: number; settled: number; satisfaction: number | null }[];
  lessons: { id: number; category: string | null; cause: string | null; lesson: string | null }[];
}

export interface ReportStore {
  /** Every figure of one period, in SQL aggregates over that period's index ranges. */
  reportFigures(period: Period): Promise<ReportFigures>;
  /** The summary figures alone, the same as reportFigures gives: the period before, in a
   * report read by a person, is only compared figure by figure. */
  reportSummary(period: Period): Promise<PeriodSummary>;
  /** Complaints received in each of the consecutive ranges given by `bounds` (n + 1 instants). */
  receivedBetween(bounds: readonly Date[]): Promise<number[]>;
  /** When the first complaint was received, for `report --all`. */
  firstReceivedAt(): Promise<string | null>;
  /** The drafts, and the pending complaints with no next contact, oldest first: what the
   * report's "to handle" section lists (read from an index of them alone). */
  complaintsToHandle(): Promise<{ id: number; status: Status; receivedAt: string }[]>;
}
