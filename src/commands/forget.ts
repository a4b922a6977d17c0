import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import type { Customer } from '../domain/types.js';
import { UserError } from '../errors.js';
import { t, tn } from '../i18n/index.js';
import { formatDay } from '../format/dates.js';
import { reportScrub } from '../render/erasure.js';
import { printMessage } from '../render/output.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import type { CustomerMatch, Store } from '../store/store.js';
import { confirmOrStop } from './confirm.js';
import { notScrubbed } from '../store/open.js';

/** The one customer `query` designates; several matches are listed so the user can give
 * the customer's number instead. */
async function chooseCustomer(store: Store, query: string): Promise<Pick<CustomerMatch, 'customer' | 'complaints'>> {
  // A number names that customer even when it also appears in names, phones or order numbers.
  const byId = /^\d+$/.test(query.trim()) ? await store.getCustomer(Number(query)) : null;
  if (byId) {
    const complaints = await store.customerComplaints(byId.id);
    return { customer: byId, complaints: complaints.length };
  }
  const matches = await store.findCustomers(query);
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw new UserError('forget.none', { query: sanitize(query) });
  for (const { customer, complaints, lastReceivedAt } of matches) {
    const who = t('forget.match', {
      id: customer.id,
      name: oneLine(customer.name, 30),
      phone: oneLine(customer.phone, 20),
    });
    printMessage(`  ${who}  ${tn('forget.complaints', complaints, { last: formatDay(lastReceivedAt) })}`);
  }
  throw new UserError('forget.several', { query: sanitize(query), id: matches[0].customer.id });
}

function describe(customer: Customer): string {
  return [customer.name, customer.phone, customer.email, customer.company]
    .filter(Boolean)
    .map((value) => oneLine(value, 40))
    .join(', ');
}

export const run: Handler<typeof DECLARATIONS.forget> = async ([query], options, context) => {
  if (query.trim() === '') throw new UserError('forget.none', { query: '' });
  await withStore(context, async (store) => {
    const { customer, complaints } = await chooseCustomer(store, query);
    if (customer.forgottenAt) {
      printMessage(t('forget.already', { id: customer.id, date: formatDay(customer.forgottenAt) }));
      // What an earlier erasure may have left in the files goes now.
      reportScrub(await store.scrubErased(), store.location);
      return;
    }
    await confirmOrStop(
      context,
      options,
      t('forget.confirm', { id: customer.id, who: describe(customer), complaints: tn('customer.count', complaints) }),
    );
    const erasure = await store.forgetCustomer(customer.id, await context.operatorFor(store, options.operator));
    printMessage(tn('forget.done', erasure.complaints, { id: customer.id }));
    // On a server, a role that does not own the tables cannot rewrite them (VACUUM FULL).
    if (erasure.scrub === 'busy') printMessage(t(notScrubbed(context.logbook)));
    else reportScrub(erasure.scrub, store.location);
  });
};
