import { STATUSES, type Status } from './types.js';

// Every status change a complaint may make, and every group of statuses the program
// counts or filters by, in one place. The wizard, the lifecycle commands and the store
// check a change with `canMove`.
const ALLOWED: Readonly<Record<Status, readonly Status[]>> = {
  // A draft is finished by the wizard (or `resume`), which decides where it lands;
  // an abusive call ended early may be closed straight away.
  draft: ['open', 'awaiting_callback', 'transferred', 'resolved', 'closed'],
  open: ['awaiting_callback', 'transferred', 'resolved', 'closed'],
  // A new callback date or a new hand-over keeps the same status.
  awaiting_callback: ['awaiting_callback', 'open', 'transferred', 'resolved', 'closed'],
  transferred: ['transferred', 'awaiting_callback', 'open', 'resolved', 'closed'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

export function nextStatuses(from: Status): readonly Status[] {
  return ALLOWED[from];
}

export function canMove(from: Status, to: Status): boolean {
  return ALLOWED[from].includes(to);
}

/** Resolved or closed: nothing more is owed to the customer. */
export const FINISHED_STATUSES: readonly Status[] = ['resolved', 'closed'];

/** Not yet resolved or closed, drafts included: the complaints the shop still has to deal
 * with (the report's "still pending", a customer's pending complaints). */
export const IN_PROGRESS_STATUSES: readonly Status[] = STATUSES.filter((status) => !FINISHED_STATUSES.includes(status));

/** Completed by the wizard and not yet resolved or closed: a contact promised to the customer
 * is still owed (`due`, the calendar export). A draft's callback is not promised yet. */
export const CALLBACK_PENDING_STATUSES: readonly Status[] = IN_PROGRESS_STATUSES.filter((status) => status !== 'draft');
