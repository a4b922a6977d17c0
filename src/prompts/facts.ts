import { isoDay } from '../domain/dates.js';
import { DEFAULT_CATEGORIES, REQUESTS, type CustomerRequest } from '../domain/types.js';
import { legalWarranty } from '../domain/warranty.js';
import { label, t } from '../i18n/index.js';
import { formatDay } from '../format/dates.js';
import type { CustomerInput } from '../store/store.js';
import { phaseHeader, type Ask } from './ask.js';
import { askCustomer } from './customer.js';
import { askDate, askFactual, emailCheck, phoneCheck } from './fields.js';
import { orNull, type FactsAnswers, type Given, type Setting } from './answers.js';

/** A detail of an existing customer: asked with the known value as default; a changed value updates the record. */
async function detail(
  ask: Ask,
  message: string,
  known: string | null,
  given: string | undefined,
  validate?: (v: string) => string | true,
): Promise<string | null> {
  return given ?? orNull(await ask.text({ message, default: known ?? undefined, validate }));
}

/** Phase 2: who the customer is and the facts of the complaint. */
export async function askFacts(ask: Ask, given: Given, setting: Setting): Promise<FactsAnswers> {
  phaseHeader(ask, 2);
  const pick = await askCustomer(ask, given, setting);
  const known = 'existing' in pick ? pick.existing.customer : null;
  const business =
    given.business ?? (await ask.confirm({ message: t('wizard.q.business'), default: known?.company != null }));
  const phone = await detail(
    ask,
    t('wizard.q.phone'),
    known?.phone ?? ('phone' in pick ? (pick.phone ?? null) : null),
    given.phone,
    phoneCheck,
  );
  const email = await detail(ask, t('wizard.q.email'), known?.email ?? null, given.email, emailCheck);
  const company =
    business || given.company ? await detail(ask, t('wizard.q.company'), known?.company ?? null, given.company) : null;

  let customer: FactsAnswers['customer'];
  let customerPatch: Partial<CustomerInput> | undefined;
  if (known) {
    customer = { id: known.id };
    const changes = Object.entries({ phone, email, company }).filter(
      ([key, value]) => value !== null && value !== known[key as 'phone'],
    );
    if (changes.length > 0) customerPatch = Object.fromEntries(changes);
  } else {
    customer = { name: 'name' in pick ? pick.name : '', phone, email, company };
  }

  const orderRef = given.orderRef ?? orNull(await ask.text({ message: t('wizard.q.order') }));
  let purchaseDate = given.purchaseDate ?? null;
  if (given.purchaseDate === undefined) {
    const day = await askDate(ask, { message: t('wizard.q.purchaseDate') }, setting.now, 'past');
    purchaseDate = day ? isoDay(day.at) : null;
  }
  const product = given.product ?? orNull(await ask.text({ message: t('wizard.q.product') }));
  const categories = [...new Set([...DEFAULT_CATEGORIES, ...setting.categories])];
  const category =
    given.category ??
    (await ask.choose({
      message: t('wizard.q.category'),
      choices: categories.map((value) => ({ value, name: label('category', value) })),
      default: ask.interactive ? undefined : 'other',
    }));
  const request =
    given.request ??
    (await ask.choose<CustomerRequest>({
      message: t('wizard.q.request'),
      choices: REQUESTS.map((value) => ({ value, name: label('request', value) })),
      default: ask.interactive ? undefined : 'other',
    }));
  const secondHand = given.secondHand ?? (await ask.confirm({ message: t('wizard.q.secondHand'), default: false }));

  let writtenAt = given.writtenAt ?? null;
  if (given.writtenAt === undefined && ask.interactive) {
    ask.say(t('wizard.written.why'));
    if (await ask.confirm({ message: t('wizard.q.written'), default: false })) {
      const day = await askDate(
        ask,
        { message: t('wizard.q.writtenAt'), default: t('time.today'), required: true },
        setting.now,
        'past',
      );
      writtenAt = day ? isoDay(day.at) : null;
    }
  }

  if (purchaseDate && !business) showWarranty(ask, purchaseDate, secondHand, setting.now);
  const facts = orNull(await askFactual(ask, { message: t('wizard.q.facts') }, setting.noteWords));
  return {
    customer,
    ...(customerPatch ? { customerPatch } : {}),
    orderRef,
    purchaseDate,
    product,
    category,
    request,
    business,
    secondHand,
    writtenAt,
    facts,
  };
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
