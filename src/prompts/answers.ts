import type { CallbackRules } from '../domain/hours.js';
import type { Channel, CustomerRequest, Mood, Outcome, SolutionType } from '../domain/types.js';
import type { CustomerInput, CustomerMatch } from '../store/store.js';

// What each phase returns: plain data, saved by the wizard (src/wizard/), never here.

/** Answers given as command-line options: these questions are not asked. */
export interface Given {
  operator?: string;
  channel?: Channel;
  mood?: Mood;
  account?: string;
  customerName?: string;
  /** An existing customer chosen before the wizard (no terminal: exact name match). */
  customerId?: number;
  phone?: string;
  email?: string;
  company?: string;
  orderRef?: string;
  /** YYYY-MM-DD */
  purchaseDate?: string;
  product?: string;
  category?: string;
  request?: CustomerRequest;
  business?: boolean;
  secondHand?: boolean;
  /** YYYY-MM-DD */
  writtenAt?: string;
  apologised?: boolean;
  apologyNote?: string;
  solution?: string;
  solutionType?: SolutionType;
  assignee?: string;
  costCents?: number;
  /** ISO 8601 instant */
  callbackAt?: string;
  resolved?: boolean;
  satisfaction?: number;
  note?: string;
}

/** What the phases need to know about the shop and the moment. */
export interface Setting {
  now: Date;
  operator: string | null;
  categories: readonly string[];
  callback: CallbackRules;
  noteWords: readonly string[];
  findCustomers(query: string): Promise<CustomerMatch[]>;
}

export interface ListenAnswers {
  channel: Channel;
  operator: string | null;
  account: string;
  mood: Mood;
}

export interface FactsAnswers {
  customer: { id: number } | CustomerInput;
  customerPatch?: Partial<CustomerInput>;
  orderRef: string | null;
  purchaseDate: string | null;
  product: string | null;
  category: string;
  request: CustomerRequest;
  business: boolean;
  secondHand: boolean;
  writtenAt: string | null;
  facts: string | null;
}

export interface ApologyAnswers {
  apologised: boolean;
  apologyNote: string | null;
  /** The customer became abusive: the wizard offers the escalation steps. */
  turnedAbusive: boolean;
}

export interface SolutionAnswers {
  solution: string | null;
  solutionType: SolutionType | null;
  assignee: string | null;
  costCents: number | null;
}

export type ClosingAnswers =
  | { kind: 'solved'; outcome: Outcome; satisfaction: number | null }
  | { kind: 'later'; nextContactAt: string | null; callbackPhone: string | null; callbackNote: string | null }
  | { kind: 'abusive' };

/** '' -> null, for optional answers. */
export function orNull(text: string): string | null {
  return text === '' ? null : text;
}
