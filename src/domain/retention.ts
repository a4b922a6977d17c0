import { subtractDuration, type Duration } from './dates.js';
import { ACTION_EVENTS } from './actions.js';
import { ATTACHMENT_EVENT } from './attachments.js';
import { EVENT_KINDS } from './events.js';
import { phoneKey, searchKey } from './text.js';
import type { Complaint } from './types.js';

// How long a customer's personal data is kept, and what is erased when it goes (on the
// customer's request with `forget`, or after the retention period with `purge`).

/**
 * Contacts before this instant are past the retention period. The default period (the
 * `retention` setting, 3y) is 3 years after the customer's last contact: the benchmark the
 * French data-protection authority (CNIL) applies to the data of inactive customers. A
 * shop keeps the complaints of a customer it still deals with; three years after it last
 * heard from them, their personal data goes and only the anonymous facts stay.
 */
export function retentionCutoff(now: Date, retention: Duration): Date {
  return subtractDuration(now, retention);
}

/** What replaces an erased customer's name: the column stays NOT NULL, and reads the same
 * in every logbook, so an erased customer is recognised at a glance. */
export const ERASED_NAME = '(effacé)';

/**
 * The free texts of a complaint that describe the customer or the exchange with them, and
 * so can name them: always erased. The order number identifies a person indirectly (the
 * shop's invoices name them), so it goes too. The solution text is addressed to the
 * customer ("we refund Mrs ... by cheque"): erased, its type is kept.
 */
export const ERASED_FIELDS = [
  'account',
  'facts',
  'orderRef',
  'apologyNote',
  'solution',
  'callbackPhone',
  'callbackNote',
] as const satisfies readonly (keyof Complaint)[];

/**
 * Texts about the shop rather than the customer: what was sold, the root cause, the lesson
 * learned. They are the feedback the method asks to keep, so they stay, unless they
 * mention the customer (see `mentionsCustomer`), in which case they are erased too.
 */
export const KEPT_UNLESS_NAMED = ['product', 'cause', 'lesson'] as const satisfies readonly (keyof Complaint)[];

/**
 * The details of each kind of event that are anonymous facts (phase numbers, steps,
 * colleagues, dates, the outcome and satisfaction of a close). Any other detail is dropped:
 * the notes of a contact, a hand-over or a resolution, what a follow-up achieved (typed
 * freely, unlike the outcome of a close), the reason for reopening, an imported file's
 * name. A kind not listed keeps nothing.
 */
const ANONYMOUS_DETAILS: Readonly<Record<string, readonly string[]>> = {
  [EVENT_KINDS.phase]: ['phase'],
  [EVENT_KINDS.escalation]: ['step', 'to'],
  [EVENT_KINDS.completed]: ['assignee', 'nextContactAt'],
  [EVENT_KINDS.followUp]: ['channel', 'rating', 'dueAt', 'nextContactAt'],
  [EVENT_KINDS.transferred]: ['to', 'dueAt'],
  [EVENT_KINDS.closed]: ['outcome', 'satisfaction', 'cause', 'lesson'],
  [EVENT_KINDS.letter]: ['type', 'format', 'sent', 'answerBy'],
  // What the shop learns from stays: the action, whose it is and its date; a note of its
  // doing goes, as every note.
  [ACTION_EVENTS.added]: ['action', 'what', 'owner', 'due'],
  [ACTION_EVENTS.done]: ['action'],
  // The file itself is erased; its number, type and size say that there was one.
  [ATTACHMENT_EVENT]: ['attachment', 'type', 'size'],
};

/** The personal data a text is checked against. */
export interface PersonalData {
  name: string;
  phone: string | null;
  email: string | null;
  company: string | null;
}

// Words of a name shorter than this ("de", "Le") would match too much text.
const MIN_NAME_WORD = 3;
// Fewer digits than this could be a quantity or a price, not the customer's phone.
const MIN_PHONE_DIGITS = 6;

function words(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_NAME_WORD);
}

/** Whether `text` names the customer: a word of their name or company, their phone number
 * or their e-mail. Errs on the side of erasing: a false match only erases a bit more. */
export function mentionsCustomer(text: string, person: PersonalData | null): boolean {
  if (!person) return false;
  const textWords = new Set(words(text));
  const names = [...words(person.name), ...(person.company ? words(person.company) : [])];
  if (names.some((word) => textWords.has(word))) return true;
  // Without its leading 0, so that "+33 6 12..." written in a note matches "06 12...".
  const phone = person.phone ? phoneKey(person.phone).replace(/^0/, '') : '';
  if (phone.length >= MIN_PHONE_DIGITS && text.replace(/\D/g, '').includes(phone)) return true;
  return (
    person.email !== null &&
    person.email.trim() !== '' &&
    text.toLowerCase().includes(person.email.trim().toLowerCase())
  );
}

/** An event's details with only the anonymous facts of its kind left. */
export function anonymousDetails(
  kind: string,
  details: Record<string, unknown>,
  person: PersonalData | null,
): Record<string, unknown> {
  const kept = Object.hasOwn(ANONYMOUS_DETAILS, kind) ? ANONYMOUS_DETAILS[kind] : [];
  return Object.fromEntries(
    Object.entries(details).filter(
      ([name, value]) => kept.includes(name) && !(typeof value === 'string' && mentionsCustomer(value, person)),
    ),
  );
}
