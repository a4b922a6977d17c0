import type { Command } from 'commander';
import { callbackRulesOf, operatorFor, withStore } from '../context.js';
import { EVENT_KINDS } from '../domain/events.js';
import { transferStep } from '../domain/lifecycle.js';
import { searchKey } from '../domain/text.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { printMessage } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';
import { complaintFor, promised, recordStep, text, type WriteOptions } from './lifecycle.js';
import { callbackOption, parseId, warnIfClosed } from './options.js';

interface Options extends WriteOptions {
  to?: string;
  due?: string;
  note?: string;
}

export async function run(command: Command): Promise<void> {
  const [idText] = command.processedArgs as [string];
  const id = parseId(idText);
  const options = command.opts<Options>();
  const to = text(options.to);
  if (!to) throw new UserError('transfer.noName');
  await withStore(command, async (store, clock) => {
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
    const operator = await operatorFor(store, options.operator);
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
}
