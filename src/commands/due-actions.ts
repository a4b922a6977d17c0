import { isLate, type CorrectiveAction } from '../domain/actions.js';
import { searchKey } from '../domain/text.js';
import { tn } from '../i18n/index.js';
import { renderActions } from '../render/actions.js';
import type { Store } from '../store/store.js';

// The corrective actions `plainte due` lists after the callbacks: open and their day over,
// whose `--assignee` they are with that option. `due --json` keeps its array of
// callbacks; `action list --open --json` gives the actions (README, "Corrective actions").

export async function lateActions(store: Store, now: Date, owner: string | undefined): Promise<CorrectiveAction[]> {
  return (await store.listActions()).filter(
    (action) => isLate(action, now) && (owner === undefined || searchKey(action.owner ?? '') === searchKey(owner)),
  );
}

export function renderLateActions(actions: readonly CorrectiveAction[], now: Date): string {
  return `${tn('due.actions', actions.length)}\n${renderActions(actions, now)}`;
}
