// Corrective actions: what a lesson becomes so that the problem does not come back (README,
// "Corrective actions"). An action lives in the history of the complaint it came from, as
// two events: `action_added` (its number, what, who and by when) and `action_done` (its
// number, a note). Export, import, copy and the erasure carry them as any event.

/** The events of an action and the details they carry. */
export const ACTION_EVENTS = {
  /** details: { action, what, owner?, due? } */
  added: 'action_added',
  /** details: { action, note? } */
  done: 'action_done',
} as const;

export interface CorrectiveAction {
  /** Its number, given in the order actions are added, across the logbook. */
  number: number;
  complaintId: number;
  what: string;
  owner: string | null;
  /** When it is to be done (ISO 8601), if said. */
  due: string | null;
  addedAt: string;
  addedBy: string | null;
  doneAt: string | null;
  doneBy: string | null;
  note: string | null;
}

/** Whether an action is still to do and its date has passed by `before` (an instant). */
export function isLate(action: CorrectiveAction, before: Date): boolean {
  return action.doneAt === null && action.due !== null && new Date(action.due).getTime() < before.getTime();
}

/** The actions of a report's period: added in it, still open at its end, done by their date
 * or after it, and those late at its end. */
export interface ActionTally {
  added: number;
  open: number;
  doneOnTime: number;
  doneLate: number;
  late: number;
}

export function tallyActions(actions: readonly CorrectiveAction[], from: Date, to: Date): ActionTally {
  const within = (at: string | null) => at !== null && at >= from.toISOString() && at < to.toISOString();
  const done = actions.filter((action) => within(action.doneAt));
  const onTime = (action: CorrectiveAction) => action.due === null || action.doneAt! <= action.due;
  const openAtEnd = actions.filter(
    (action) => action.addedAt < to.toISOString() && (action.doneAt === null || action.doneAt >= to.toISOString()),
  );
  return {
    added: actions.filter((action) => within(action.addedAt)).length,
    open: openAtEnd.length,
    doneOnTime: done.filter(onTime).length,
    doneLate: done.filter((action) => !onTime(action)).length,
    late: openAtEnd.filter((action) => action.due !== null && action.due < to.toISOString()).length,
  };
}
