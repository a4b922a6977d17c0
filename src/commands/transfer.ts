import { callbackRulesOf, withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import type { CallbackRules } from '../domain/hours.js';
import { transferStep } from '../domain/lifecycle.js';
import { searchKey } from '../domain/text.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { callbackOption, parseId, text, warnIfClosed } from '../options/values.js';
import { askFor, type Ask } from '../prompts/ask.js';
import { askCallback, complaintFor, promised, recordStep, showCard } from './lifecycle.js';

interface Handover {
  to: string;
  due?: Date;
  note?: string;
}

/** At a terminal, without --to: the colleague from the team (a numbered menu, or typed), then
 * when they call back and what they should know, each left out with Enter. */
async function askHandover(
  ask: Ask,
  given: Omit<Handover, 'to'>,
  team: readonly string[],
  { now, rules }: { now: Date; rules: CallbackRules },
): Promise<Handover> {
  const other = '';
  const picked =
    team.length === 0
      ? other
      : await ask.choose({
          message: t('transfer.ask.to'),
          choices: [
            ...team.map((name) => ({ value: name, name: sanitize(name) })),
            { value: other, name: t('transfer.ask.other') },
          ],
        });
  const to = picked === other ? await ask.text({ message: t('transfer.ask.name'), required: true }) : picked;
  const due = given.due ?? (await askCallback(ask, { message: t('transfer.ask.due'), required: false }, now, rules));
  const note = given.note ?? text(await ask.text({ message: t('transfer.ask.note') }));
  return { to, due, note };
}

export const run: Handler<typeof DECLARATIONS.transfer> = async ([idText], options, context) => {
  const id = parseId(idText);
  const to = text(options.to);
  // Without --to the colleague is asked, which needs a terminal.
  const ask = to === undefined ? askFor(context, options) : null;
  if (ask && !ask.interactive) throw new UserError('transfer.noName');
  await withStore(context, async (store, clock) => {
    const now = clock();
    const rules = await callbackRulesOf(store);
    const due = options.due === undefined ? undefined : await callbackOption('--due', options.due, now, rules);
    const complaint = await complaintFor(store, id, 'transfer');
    const team =
      (await store.getSetting('operators'))
        ?.split(',')
        .map((name) => name.trim())
        .filter(Boolean) ?? [];
    let handover: Handover = { to: to ?? '', due, note: text(options.note) };
    if (ask) {
      await showCard(ask, store, complaint, now);
      handover = await askHandover(ask, handover, team, { now, rules });
    }
    warnIfClosed(handover.due, rules);
    if (team.length > 0 && !team.some((name) => searchKey(name) === searchKey(handover.to))) {
      printMessage(t('transfer.notInTeam', { name: sanitize(handover.to), team: sanitize(team.join(', ')) }));
    }
    const operator = await context.operatorFor(store, options.operator);
    const details = { to: handover.to, dueAt: handover.due?.toISOString(), note: handover.note };
    await recordStep(
      store,
      { id, step: transferStep(handover.to, handover.due), kind: EVENT_KINDS.transferred, operator, details },
      options.json,
      () =>
        handover.due
          ? t('transfer.done.due', { id, name: sanitize(handover.to), when: promised(handover.due.toISOString()) })
          : t('transfer.done', { id, name: sanitize(handover.to) }),
    );
  });
};
