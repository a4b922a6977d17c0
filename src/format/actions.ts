import type { CorrectiveAction } from '../domain/actions.js';
import { t } from '../i18n/index.js';
import { formatDay, formatLateness } from './dates.js';
import { oneLine } from './sanitize.js';

// A corrective action as cells (`action list`, `due`, the report): the number to mark it done
// with, the complaint it came from, whose it is, where it stands, and what it is.

/** Where an action stands: done (when), late (by how much), or by when. */
export function actionState(action: CorrectiveAction, now: Date): string {
  if (action.doneAt !== null) return t('action.state.done', { at: formatDay(action.doneAt) });
  if (action.due === null) return t('action.state.open');
  if (new Date(action.due).getTime() < now.getTime()) return formatLateness(action.due, now);
  return t('action.state.due', { at: formatDay(action.due) });
}

export function actionCells(action: CorrectiveAction, now: Date): string[] {
  return [
    t('action.number', { number: action.number }),
    `#${action.complaintId}`,
    action.owner ? oneLine(action.owner, 20) : '—',
    actionState(action, now),
    oneLine(action.what, 70),
  ];
}
