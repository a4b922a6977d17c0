import type { CorrectiveAction } from '../domain/actions.js';
import { actionCells } from '../format/actions.js';

/** Corrective actions one per line (`action list`, `due`), their cells apart by a dot. */
export function renderActions(actions: readonly CorrectiveAction[], now: Date): string {
  return actions.map((action) => actionCells(action, now).join(' · ')).join('\n');
}
