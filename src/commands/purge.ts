import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { parseDuration } from '../domain/dates.js';
import { retentionCutoff } from '../domain/retention.js';
import { defaultSetting } from '../domain/settings.js';
import { UserError } from '../errors.js';
import { t, tn } from '../i18n/index.js';
import { formatDay } from '../format/dates.js';
import { reportScrub } from '../render/erasure.js';
import { printLine, printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import type { PurgeMode } from '../store/store.js';
import { confirmOrStop } from './confirm.js';
import { notScrubbed } from '../store/open.js';

export const run: Handler<typeof DECLARATIONS.purge> = async (_args, options, context) => {
  const given = options.olderThan === undefined ? null : parseDuration(options.olderThan);
  if (options.olderThan !== undefined && !given)
    throw new UserError('purge.badDuration', { value: sanitize(options.olderThan) });
  const mode: PurgeMode = options.delete ? 'delete' : 'anonymise';
  await withStore(context, async (store, clock) => {
    // The setting was checked when it was saved.
    const retention = given ?? parseDuration((await store.getSetting('retention')) ?? defaultSetting('retention')!)!;
    const cutoff = retentionCutoff(clock(), retention);
    const date = formatDay(cutoff.toISOString());
    const planned = await store.planPurge(cutoff, mode);
    if (planned.complaints === 0) {
      printMessage(t('purge.nothing', { date }));
      return;
    }
    const plan = t(mode === 'delete' ? 'purge.plan.delete' : 'purge.plan.anonymise', {
      complaints: tn('count.closedComplaints', planned.complaints),
      customers: tn('count.customers', planned.customers),
      date,
    });
    if (options.dryRun) {
      printLine(plan);
      printMessage(t('purge.dryRun'));
      return;
    }
    await confirmOrStop(context, options, `${plan} ${t('purge.confirm')}`);
    const done = await store.purge(cutoff, mode, await context.operatorFor(store, options.operator));
    const deleted = mode === 'delete';
    printMessage(
      t('purge.done', {
        complaints: tn(deleted ? 'purge.count.deleted' : 'purge.count.anonymised', done.complaints),
        customers: tn(deleted ? 'purge.count.customersDeleted' : 'purge.count.erased', done.customers),
      }),
    );
    // On a server, a role that does not own the tables cannot rewrite them (VACUUM FULL).
    if (done.scrub === 'busy') printMessage(t(notScrubbed(context.logbook)));
    else reportScrub(done.scrub, store.location);
  });
};
