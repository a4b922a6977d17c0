import type { Status } from './types.js';

// Every status change a complaint may make, in one place. The wizard, the
// lifecycle commands and the import all go through `canMove`/`assertMove`.
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

/** Statuses in which a promised contact is still owed to the customer. */
export const PENDING_STATUSES: readonly Status[] = ['open', 'awaiting_callback', 'transferred'];

export function isPending(status: Status): boolean {
  return PENDING_STATUSES.includes(status);
}
