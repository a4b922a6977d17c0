import { callbackRulesOf, withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import { transferStep } from '../domain/lifecycle.js';
import { searchKey } from '../domain/text.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { callbackOption, parseId, text, warnIfClosed } from '../options/values.js';
import { complaintFor, promised, recordStep } from './lifecycle.js';

export const run: Handler<typeof DECLARATIONS.transfer> = async ([idText], options, context) => {
  const id = parseId(idText);
  const to = text(options.to);
  if (!to) throw new UserError('transfer.noName');
  await withStore(context, async (store, clock) => {
    const rules = await callbackRulesOf(store);
    const due = options.due === undefined ? undefined : await callbackOption('--due', options.due, clock(), rules);
    await complaintFor(store, id, 'transfer');
    warnIfClosed(due, rules);
    const team =
      (await store.getSetting('operators'))
        ?.split(',')
        .map((name) => name.trim())
        .filter(Boolean) ?? [];
    if (team.length > 0 && !team.some((name) => searchKey(name) === searchKey(to))) {
      printMessage(t('transfer.notInTeam', { name: sanitize(to), team: sanitize(team.join(', ')) }));
    }
    const operator = await context.operatorFor(store, options.operator);
    const details = { to, dueAt: due?.toISOString(), note: text(options.note) };
    await recordStep(
      store,
      { id, step: transferStep(to, due), kind: EVENT_KINDS.transferred, operator, details },
      options.json,
      () =>
        due
          ? t('transfer.done.due', { id, name: sanitize(to), when: promised(due.toISOString()) })
          : t('transfer.done', { id, name: sanitize(to) }),
    );
  });
};
