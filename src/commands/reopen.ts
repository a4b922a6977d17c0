import type { Command } from 'commander';
import { operatorFor, withStore } from '../context.js';
import { EVENT_KINDS } from '../domain/events.js';
import { reopenStep } from '../domain/lifecycle.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { complaintFor, recordStep, text, type WriteOptions } from './lifecycle.js';
import { parseId } from '../options/values.js';

export async function run(command: Command): Promise<void> {
  const [idText] = command.processedArgs as [string];
  const id = parseId(idText);
  const options = command.opts<WriteOptions & { reason?: string }>();
  const reason = text(options.reason);
  if (!reason) throw new UserError('reopen.noReason', { id });
  await withStore(command, async (store) => {
    await complaintFor(store, id, 'reopen');
    const operator = await operatorFor(store, options.operator);
    await recordStep(
      store,
      { id, step: reopenStep(), kind: EVENT_KINDS.reopened, operator, details: { reason } },
      options.json,
      () => t('reopen.done', { id }),
    );
  });
}
