import { isoDay } from '../domain/dates.js';
import { phoneKey } from '../domain/text.js';
import { DEFAULT_CATEGORIES, REQUESTS, type Complaint, type CustomerRequest } from '../domain/types.js';
import { concernsGoods, legalWarranty } from '../domain/warranty.js';
import { label, t } from '../i18n/index.js';
import { formatDay } from '../format/dates.js';
import type { Customer } from '../domain/types.js';
import type { CustomerInput } from '../store/store.js';
import { phaseHeader, type Ask } from './ask.js';
import { askCustomer, type CustomerPick } from './customer.js';
import { askPastDay } from './fields.js';
import { defined, type Answers, type Draft, type Given, type Setting } from './answers.js';

// Phase 2: who the customer is, what the complaint is about, what they ask for; the goods'
// dates only for goods. The optional details (e-mail, order, product, facts…) are one choice
// of phase 5 away (prompts/details.ts). Each answer is kept as soon as it is given.

/** The customer's details given as options or typed with the name, and what changes on file. */
function customerAnswers(pick: CustomerPick, given: Given): Answers {
  const phone = given.phone ?? pick.phone ?? undefined;
  const orderRef = given.orderRef ?? pick.order ?? undefined;
  const known: Customer | null = 'existing' in pick ? pick.existing.customer : null;
  const business = given.business ?? (known ? known.company !== null : undefined);
  const patch = defined({ orderRef, business });
  if (!known) {
    const name = 'name' in pick ? pick.name : '';
    return {
      customer: { name, phone: phone ?? null, email: given.email ?? null, company: given.company ?? null },
      patch,
    };
  }
  // The same number written otherwise (0611111111 for 06 11 11 11 11) is no change.
  const samePhone = phone !== undefined && known.phone !== null && phoneKey(phone) === phoneKey(known.phone);
  const details: Partial<CustomerInput> = {
    phone: samePhone ? undefined : phone,
    email: given.email,
    company: given.company,
  };
  const changed = Object.entries(details).filter(
    ([key, value]) => value !== undefined && value !== known[key as keyof CustomerInput],
  );
  return {
    customer: { id: known.id },
    patch,
    ...(changed.length > 0 ? { customerPatch: Object.fromEntries(changed) } : {}),
  };
}

/** The purchase or delivery date of goods, second-hand or not, and the legal warranty they
 * give a consumer (information for the operator). Also asked among the details. */
export async function askGoods(ask: Ask, given: Given, setting: Setting, draft: Draft): Promise<void> {
  let purchaseDate = given.purchaseDate ?? null;
  if (given.purchaseDate === undefined && ask.interactive) {
    const day = await askPastDay(ask, t('wizard.q.purchaseDate'), setting.now);
    purchaseDate = day && isoDay(day);
  }
  if (purchaseDate === null) return;
  await draft.keep({ patch: { purchaseDate } });
  // Second-hand goods are presumed defective at delivery for 12 months instead of 24.
  const secondHand =
    given.secondHand ?? (ask.interactive && (await ask.confirm({ message: t('wizard.q.secondHand'), default: false })));
  await draft.keep({ patch: { secondHand } });
  if (!draft.current?.business && given.business !== true) showWarranty(ask, purchaseDate, secondHand, setting.now);
}

/** Phase 2. A draft cut short in it is asked only what it does not have yet. */
export async function askFacts(ask: Ask, given: Given, setting: Setting, draft: Draft): Promise<void> {
  phaseHeader(ask, 2);
  const known: Complaint | null = draft.current;
  const customerGiven = given.customerId !== undefined || given.customerName !== undefined;
  if (customerGiven || known?.customerId == null) {
    await draft.keep(customerAnswers(await askCustomer(ask, given, setting), given));
  }
  const categories = [...new Set([...DEFAULT_CATEGORIES, ...setting.categories])];
  const category =
    given.category ??
    known?.category ??
    (await ask.choose({
      message: t('wizard.q.category'),
      choices: categories.map((value) => ({ value, name: label('category', value) })),
      default: ask.interactive ? undefined : 'other',
    }));
  await draft.keep({ patch: { category } });
  const request =
    given.request ??
    known?.request ??
    (await ask.choose<CustomerRequest>({
      message: t('wizard.q.request'),
      choices: REQUESTS.map((value) => ({ value, name: label('request', value) })),
      default: ask.interactive ? undefined : 'other',
    }));
  await draft.keep({
    patch: defined({ request, product: given.product, writtenAt: given.writtenAt, secondHand: given.secondHand }),
  });
  if (concernsGoods({ category, purchaseDate: given.purchaseDate ?? null })) await askGoods(ask, given, setting, draft);
}

/** The legal warranty of conformity, as information for the operator (L217-3, L217-7). */
function showWarranty(ask: Ask, deliveryDate: string, secondHand: boolean, now: Date): void {
  const warranty = legalWarranty({ deliveryDate, requestDate: isoDay(now), secondHand, business: false });
  if (!warranty) return;
  ask.say(
    t(warranty.expired ? 'wizard.warranty.expired' : 'wizard.warranty.covered', {
      covered: formatDay(warranty.coveredUntil),
      presumed: formatDay(warranty.presumedUntil),
      repair: formatDay(warranty.repairDeadline),
    }),
  );
}
