import { withStore, type Context, type Handler } from '../context.js';
import type { ActionDeclaration } from '../declarations.js';
import type { CorrectiveAction } from '../domain/actions.js';
import { endOfLocalDay } from '../domain/dates.js';
import { searchKey } from '../domain/text.js';
import { UserError } from '../errors.js';
import { sanitize } from '../format/sanitize.js';
import { formatDay } from '../format/dates.js';
import { t } from '../i18n/index.js';
import { parseDateOption, parseId, text } from '../options/values.js';
import type { Ask } from '../prompts/ask.js';
import { printJson, printLine, printMessage } from '../render/output.js';
import { renderActions } from '../render/actions.js';
import type { Store } from '../store/store.js';

// `plainte action add|done|list`: a lesson made into a corrective action, someone's to do by
// a date, followed until done (README, "Corrective actions").

export interface ActionInput {
  what: string | undefined;
  owner: string | undefined;
  due: string | undefined;
}

/** An action as given, checked: what (required), whose (if said), by when (a date to come). */
export interface CheckedAction {
  what: string;
  owner: string | undefined;
  due: Date | null;
}

export async function checkAction(input: ActionInput, now: Date, dueOption = '--due'): Promise<CheckedAction> {
  const what = text(input.what);
  if (!what) throw new UserError('action.noWhat');
  // An action is for a day: it is late once that day is over.
  const due = input.due === undefined ? null : (await parseDateOption(dueOption, input.due, now, 'future')).at;
  return { what, owner: text(input.owner), due: due && endOfLocalDay(due) };
}

/** Adds the action to complaint `id`, whose by default who records it, and says so. */
export async function addAction(
  store: Store,
  context: Context,
  id: number,
  action: CheckedAction,
  operatorOption: string | undefined,
): Promise<CorrectiveAction> {
  const operator = await context.operatorFor(store, operatorOption);
  const due = action.due?.toISOString() ?? null;
  const added = await store.addAction(id, { what: action.what, owner: action.owner ?? operator, due }, operator);
  printMessage(
    t(added.due ? 'action.added.due' : 'action.added', {
      number: added.number,
      id,
      owner: sanitize(added.owner ?? '—'),
      due: added.due ? formatDay(added.due) : '',
    }),
  );
  return added;
}

/** At a terminal, after a close: the lesson made into an action, if the operator wants one;
 * a date that cannot be read is asked again. */
export async function offerAction(ask: Ask, now: Date): Promise<CheckedAction | null> {
  const what = (await ask.text({ message: t('action.ask.what') })).trim();
  if (what === '') return null;
  const owner = (await ask.text({ message: t('action.ask.owner') })).trim();
  for (;;) {
    const due = (await ask.text({ message: t('action.ask.due') })).trim();
    try {
      return await checkAction({ what, owner: owner || undefined, due: due || undefined }, now);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      printMessage(error.message);
    }
  }
}

export const add: Handler<ActionDeclaration<'add'>> = async ([idText], options, context) => {
  const id = parseId(idText);
  await withStore(context, async (store, clock) => {
    const added = await addAction(store, context, id, await checkAction(options, clock()), options.operator);
    if (options.json) printJson(added);
  });
};

export const done: Handler<ActionDeclaration<'done'>> = async ([numberText], options, context) => {
  const number = parseId(numberText);
  await withStore(context, async (store) => {
    const operator = await context.operatorFor(store, options.operator);
    const finished = await store.finishAction(number, text(options.note) ?? null, operator);
    if (options.json) printJson(finished);
    printMessage(t('action.done', { number, id: finished.complaintId }));
  });
};

export const list: Handler<ActionDeclaration<'list'>> = async (_args, options, context) => {
  await withStore(context, async (store, clock) => {
    const owner = text(options.owner);
    const actions = (await store.listActions()).filter(
      (action) =>
        (!options.open || action.doneAt === null) &&
        (owner === undefined || searchKey(action.owner ?? '') === searchKey(owner)),
    );
    if (options.json) return printJson(actions);
    if (actions.length === 0) return printMessage(t('action.none'));
    printLine(renderActions(actions, clock()));
  });
};
