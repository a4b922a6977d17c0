import type { NewAttachment } from '../domain/attachments.js';
import type { CallbackRules } from '../domain/hours.js';
import type { Channel, Complaint, CustomerRequest, Mood, Outcome, SolutionType } from '../domain/types.js';
import type { ComplaintPatch, CustomerInput, CustomerMatch } from '../store/store.js';

// What the phases answer, handed to the wizard (src/wizard/) to save: never saved here.

/** Answers given as command-line options: these questions are not asked. */
export interface Given {
  operator?: string;
  channel?: Channel;
  mood?: Mood;
  account?: string;
  customerName?: string;
  /** An existing customer: --customer-id, or without a terminal the one customer of that name. */
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
  /** Who records when nobody is asked: --operator, the `operator` setting, else the login name. */
  operator: string | null;
  /** --operator or the `operator` setting named who records: then nobody is asked, unless the
   * team has several names. */
  operatorConfigured: boolean;
  /** The team (the `operators` setting): with several names, who records is one choice among them. */
  team: readonly string[];
  /** Who recorded the last complaint in this logbook: the suggested answer when asked. */
  lastOperator: string | null;
  categories: readonly string[];
  callback: CallbackRules;
  noteWords: readonly string[];
  /** The largest file the shop attaches (the `attach.max` setting). */
  attachmentMax: number;
  findCustomers(query: string): Promise<CustomerMatch[]>;
}

/** Answers to save into the draft, as the store takes them. */
export interface Answers {
  patch?: ComplaintPatch;
  customer?: { id: number } | CustomerInput;
  customerPatch?: Partial<CustomerInput>;
}

/** The complaint being recorded, as the phases see it: what is saved so far (null before the
 * customer's account, which creates it), and `keep`, which saves answers as soon as they are
 * given (the wizard writes them into the draft at a terminal: Ctrl-C loses none). */
export interface Draft {
  readonly current: Complaint | null;
  keep(answers: Answers): Promise<void>;
  /** Keeps a file with the complaint at once, with its event (offered only at a terminal,
   * once the complaint exists). */
  attach(file: NewAttachment): Promise<void>;
}

export type ClosingAnswers =
  | { kind: 'solved'; outcome: Outcome; satisfaction: number | null }
  | { kind: 'later'; nextContactAt: string | null; callbackPhone: string | null; callbackNote: string | null }
  /** The optional answers asked first ("add details"), then phase 5 again. */
  | { kind: 'details' }
  | { kind: 'abusive' };

/** '' -> null, for optional answers. */
export function orNull(text: string): string | null {
  return text === '' ? null : text;
}

/** The patch without the answers left undefined (not given, not asked): they change nothing. */
export function defined(patch: ComplaintPatch): ComplaintPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
