// The shop's vocabulary. Stored values are these English identifiers; what the
// user sees is translated through src/i18n.

export const CHANNELS = ['counter', 'phone', 'email', 'web', 'mail'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MOODS = ['calm', 'upset', 'angry', 'abusive'] as const;
export type Mood = (typeof MOODS)[number];

/** Built-in categories; the shop can add its own with `config set categories`. */
export const DEFAULT_CATEGORIES = [
  'defective',
  'late_delivery',
  'installation',
  'billing',
  'service',
  'other',
] as const;

export const REQUESTS = ['refund', 'exchange', 'repair', 'gesture', 'apology', 'other'] as const;
export type CustomerRequest = (typeof REQUESTS)[number];

export const SOLUTION_TYPES = ['refund', 'exchange', 'repair', 'credit', 'gesture', 'explanation', 'other'] as const;
export type SolutionType = (typeof SOLUTION_TYPES)[number];

export const OUTCOMES = ['resolved', 'partial', 'unresolved'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const STATUSES = ['draft', 'open', 'awaiting_callback', 'transferred', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** The five phases of the method; `phaseReached` is the last one saved (0 = none). */
export const PHASES = [1, 2, 3, 4, 5] as const;
export type Phase = (typeof PHASES)[number];

export interface Customer {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  company: string | null;
  /** Postal address, for letters: lines as typed. */
  address: string | null;
  createdAt: string;
  /** Set when the customer's personal data was erased on request. */
  forgottenAt: string | null;
}

/** One complaint with every answer of the wizard and what happened after. ISO 8601 dates. */
export interface Complaint {
  id: number;
  status: Status;
  phaseReached: number;
  receivedAt: string;
  createdAt: string;
  updatedAt: string;
  // Phase 1: listen
  channel: Channel | null;
  operator: string | null;
  mood: Mood | null;
  account: string | null;
  // Phase 2: take it seriously
  customerId: number | null;
  customer: Customer | null;
  orderRef: string | null;
  purchaseDate: string | null;
  product: string | null;
  category: string | null;
  request: CustomerRequest | null;
  facts: string | null;
  business: boolean;
  secondHand: boolean;
  writtenAt: string | null;
  // Phase 3: apologise
  apologised: boolean | null;
  apologyNote: string | null;
  // Phase 4: solution
  solution: string | null;
  solutionType: SolutionType | null;
  assignee: string | null;
  costCents: number | null;
  // Phase 5 and follow-up
  nextContactAt: string | null;
  callbackPhone: string | null;
  callbackNote: string | null;
  outcome: Outcome | null;
  satisfaction: number | null;
  cause: string | null;
  lesson: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  // Letters (README, "Écrire au client")
  /** The day (YYYY-MM-DD) by which the first acknowledgement promised a written answer. */
  answerDueAt: string | null;
  /** When the first written answer was made. */
  writtenAnswerAt: string | null;
}

/** A line of the append-only history of a complaint. */
export interface ComplaintEvent {
  id: number;
  complaintId: number;
  at: string;
  operator: string | null;
  kind: string;
  statusBefore: Status | null;
  statusAfter: Status | null;
  details: Record<string, unknown>;
}

/** What `list` shows: enough for one line per complaint. */
export interface ComplaintSummary {
  id: number;
  status: Status;
  receivedAt: string;
  customer: string | null;
  category: string | null;
  channel: Channel | null;
  summary: string | null;
  nextContactAt: string | null;
  assignee: string | null;
}
