import { tallyActions, type ActionTally, type CorrectiveAction } from '../domain/actions.js';
import type { Period, Store } from '../store/store.js';

// What the shop learns from its complaints, in the report: the corrective actions (README,
// "Corrective actions").

export interface ActionsReport extends ActionTally {
  /** The actions open at the period's end and those done in it, in the order they were added. */
  list: CorrectiveAction[];
}

export interface Learning {
  actions: ActionsReport;
}

export async function learning(store: Store, period: Period): Promise<Learning> {
  const all = await store.listActions();
  const [from, to] = [period.from.toISOString(), period.to.toISOString()];
  const list = all.filter((action) => action.addedAt < to && (action.doneAt === null || action.doneAt >= from));
  return { actions: { ...tallyActions(all, period.from, period.to), list } };
}
