import type { Complaint, Outcome, Status } from './types.js';

// What each after-the-counter action needs and where it leads. The statuses themselves
// are checked by the store against status.ts; these rules add what the table cannot say:
// a draft is finished by the wizard, and a closed complaint is reopened before anything else.

export type Action = 'followUp' | 'transfer' | 'close' | 'reopen';

/** Why an action is refused before any status move is tried, or null. `movesOn`: the
 * follow-up plans a callback or resolves the complaint. */
export function refusal(action: Action, status: Status, movesOn = false): 'draft' | 'closed' | null {
  // Closing a draft stays possible: an abusive call may be ended and closed at once.
  if (status === 'draft' && action !== 'close') return 'draft';
  // A closed complaint still takes a contact logged (the call a few days after a complaint
  // settled at the counter); a new callback or a hand-over needs it reopened first.
  if (status === 'closed' && (action === 'transfer' || (action === 'followUp' && movesOn))) return 'closed';
  return null;
}

export interface FollowUp {
  /** When the next contact is promised; the complaint then awaits that callback. */
  callback?: Date;
  resolved?: boolean;
}

export interface Step {
  status?: Status;
  patch: Partial<Complaint>;
}

/** A contact with the customer: the first one answers the complaint; then a callback, a resolution or nothing. */
export function followUpStep(complaint: Complaint, next: FollowUp, now: Date): Step {
  const patch: Partial<Complaint> = {};
  if (complaint.firstResponseAt === null) patch.firstResponseAt = now.toISOString();
  if (next.callback)
    return { status: 'awaiting_callback', patch: { ...patch, nextContactAt: next.callback.toISOString() } };
  if (next.resolved)
    return { status: 'resolved', patch: { ...patch, nextContactAt: null, resolvedAt: now.toISOString() } };
  return { patch };
}

export function transferStep(to: string, due: Date | undefined): Step {
  const patch: Partial<Complaint> = { assignee: to };
  if (due) patch.nextContactAt = due.toISOString();
  return { status: 'transferred', patch };
}

export interface Closing {
  outcome: Outcome;
  satisfaction: number;
  cause?: string;
  lesson?: string;
}

export function closeStep(complaint: Complaint, closing: Closing, now: Date): Step {
  const patch: Partial<Complaint> = {
    outcome: closing.outcome,
    satisfaction: closing.satisfaction,
    closedAt: now.toISOString(),
    nextContactAt: null,
  };
  if (closing.cause !== undefined) patch.cause = closing.cause;
  if (closing.lesson !== undefined) patch.lesson = closing.lesson;
  // A complaint closed as resolved without a `--resolved` follow-up was resolved now.
  if (closing.outcome === 'resolved' && complaint.resolvedAt === null) patch.resolvedAt = now.toISOString();
  return { status: 'closed', patch };
}

export function reopenStep(): Step {
  return { status: 'open', patch: { closedAt: null } };
}

/** A satisfaction mark is a whole number from 1 to 5. */
export function parseSatisfaction(text: string): number | null {
  return /^\s*[1-5]\s*$/.test(text) ? Number(text) : null;
}
