import { addDays } from 'date-fns/addDays';
import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { endOfLocalDay } from '../domain/dates.js';
import { EXIT, Exit } from '../errors.js';
import { printJson, printLine } from '../render/output.js';
import { renderCallbacks, type DueScope } from '../render/callbacks.js';
import { parsePositiveInteger } from '../options/checks.js';
import { dueClocks, printDueClocks } from './due-clocks.js';
import { lateActions, renderLateActions } from './due-actions.js';

// `plainte due`, run by cron many times a day on the biggest logbooks: it imports only what
// it uses (no tables, no prompts) and prints nothing at all when nothing is due, since cron
// mails whatever a job prints.

type DueOptions = Parameters<Handler<typeof DECLARATIONS.due>>[1];

/** Contacts due before this instant are listed: now for --overdue, else the end of today
 * (local time), moved on by --within days. */
function dueBefore(options: DueOptions, now: Date): Date {
  if (options.overdue) return now;
  const within = options.within === undefined ? 0 : parsePositiveInteger('--within', options.within);
  // endOfDay is 23:59:59.999 local; the contacts due are those strictly before the next
  // midnight. addDays moves by calendar days, so a change of summer time moves nothing.
  return new Date(endOfLocalDay(addDays(now, within)).getTime() + 1);
}

function scopeOf(options: DueOptions, now: Date): DueScope {
  if (options.overdue) return { kind: 'overdue' };
  if (options.within === undefined) return { kind: 'today' };
  return { kind: 'within', until: addDays(now, parsePositiveInteger('--within', options.within)) };
}

export const run: Handler<typeof DECLARATIONS.due> = async (_args, options, context) => {
  const found = await withStore(context, async (store, clock) => {
    const now = clock();
    const assignee = options.assignee?.trim();
    const before = dueBefore(options, now);
    const callbacks = await store.listDue({ before, ...(assignee ? { assignee } : {}) });
    const clocks = await dueClocks(store, { before, now, overdue: options.overdue === true, assignee });
    if (options.json) {
      printJson(options.clocks ? [...callbacks.map((c) => ({ kind: 'callback', ...c })), ...clocks.json] : callbacks);
      return callbacks.length + clocks.json.length;
    }
    if (callbacks.length > 0) printLine(renderCallbacks(callbacks, now, scopeOf(options, now)));
    printDueClocks(clocks, now, callbacks.length > 0);
    // The corrective actions late, after the callbacks and the clocks.
    const actions = await lateActions(store, now, assignee || undefined);
    if (actions.length > 0 && callbacks.length + clocks.lines.length > 0) printLine();
    if (actions.length > 0) printLine(renderLateActions(actions, now));
    return callbacks.length + clocks.json.length + actions.length;
  });
  if (options.exitCode && found > 0) throw new Exit(EXIT.due);
};
