import { t } from '../i18n/index.js';
import type { Callback } from '../store/store.js';
import { formatLateness } from './dates.js';
import { oneLine } from './sanitize.js';

// What `due` and the report say of a callback, cell by cell.

/** The cells of one callback: number, how late (or when), customer, phone, assignee, summary. */
export function callbackCells(callback: Callback, now: Date): string[] {
  return [
    `#${callback.id}`,
    formatLateness(callback.due, now),
    oneLine(callback.customer, 30) || t('common.none'),
    oneLine(callback.phone, 20) || t('due.noPhone'),
    `→ ${oneLine(callback.assignee, 20) || t('due.unassigned')}`,
    oneLine(callback.summary, 60),
  ];
}
