import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import { reopenStep } from '../domain/lifecycle.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseId, text } from '../options/values.js';
import { complaintFor, recordStep } from './lifecycle.js';

export const run: Handler<typeof DECLARATIONS.reopen> = async ([idText], options, context) => {
  const id = parseId(idText);
  const reason = text(options.reason);
  if (!reason) throw new UserError('reopen.noReason', { id });
  await withStore(context, async (store) => {
    await complaintFor(store, id, 'reopen');
    const operator = await context.operatorFor(store, options.operator);
    await recordStep(
      store,
      { id, step: reopenStep(), kind: EVENT_KINDS.reopened, operator, details: { reason } },
      options.json,
      () => t('reopen.done', { id }),
    );
  });
};
