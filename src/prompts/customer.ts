import { isPlausiblePhone, phoneKey, readCustomerText, searchKey, type CustomerText } from '../domain/text.js';
import { t, tn } from '../i18n/index.js';
import { formatDay } from '../format/dates.js';
import { oneLine } from '../format/sanitize.js';
import type { CustomerMatch } from '../store/store.js';
import type { Ask } from './ask.js';
import type { Given, Setting } from './answers.js';

// Phase 2's first question: who is the customer? One line: a name, a phone number, both, or
// an order number. The customers on file it matches are offered as a numbered choice, never
// guessed; a new name is taken as typed.

export type CustomerPick = ({ existing: CustomerMatch } | { name: string }) & {
  /** Typed with the name (or alone): the customer's phone. */
  phone: string | null;
  /** Typed instead of a name: the order or invoice number. */
  order: string | null;
};

function describe(match: CustomerMatch): string {
  const { customer } = match;
  const parts = [oneLine(customer.name)];
  if (customer.company) parts.push(oneLine(customer.company));
  if (customer.phone) parts.push(oneLine(customer.phone));
  if (match.complaints > 0) {
    parts.push(tn('customer.count', match.complaints));
    if (match.lastReceivedAt) parts.push(t('wizard.customer.last', { date: formatDay(match.lastReceivedAt) }));
    if (match.pending > 0) parts.push(t('wizard.customer.pending'));
  }
  return parts.join(' · ');
}

/** The line is refused only for a phone number that cannot be dialled. */
function customerCheck(value: string): string | true {
  const { phone } = readCustomerText(value);
  return phone === null || isPlausiblePhone(phone) ? true : t('wizard.invalid.phone');
}

/** Everyone on file matching the phone, the order number or the name typed, in that order. */
async function matchesOf(typed: CustomerText, setting: Setting): Promise<CustomerMatch[]> {
  const found = new Map<number, CustomerMatch>();
  for (const query of [typed.phone, typed.order, typed.name]) {
    if (query === null) continue;
    for (const match of await setting.findCustomers(query)) {
      if (!found.has(match.customer.id)) found.set(match.customer.id, match);
    }
  }
  return [...found.values()];
}

/** The match that is plainly the one typed (same phone, the order number, or the same name
 * with no other phone on file): Enter picks it; otherwise Enter makes a new customer. */
function sameCustomer(matches: readonly CustomerMatch[], typed: CustomerText): CustomerMatch | undefined {
  if (typed.name === null) return matches[0];
  return matches.find(({ customer }) => {
    const samePhone = typed.phone !== null && customer.phone !== null;
    if (samePhone) return phoneKey(customer.phone!) === phoneKey(typed.phone!);
    return searchKey(customer.name) === searchKey(typed.name!);
  });
}

const NEW = 'new';

export async function askCustomer(ask: Ask, given: Given, setting: Setting): Promise<CustomerPick> {
  if (given.customerId !== undefined) {
    const [match] = (await setting.findCustomers(String(given.customerId))).filter(
      (m) => m.customer.id === given.customerId,
    );
    if (match) return { existing: match, phone: null, order: null };
  }
  if (!ask.interactive) return { name: given.customerName ?? '', phone: null, order: null };
  const typed: CustomerText =
    given.customerName !== undefined
      ? { name: given.customerName, phone: given.phone ?? null, order: null }
      : readCustomerText(
          await ask.text({ message: t('wizard.q.customerSearch'), required: true, validate: customerCheck }),
        );
  const matches = await matchesOf(typed, setting);
  if (matches.length > 0) {
    ask.say(tn('wizard.customer.found', matches.length));
    const picked = await ask.choose({
      message: t('wizard.q.customerPick'),
      choices: [
        ...matches.map((match) => ({ value: String(match.customer.id), name: describe(match) })),
        {
          value: NEW,
          name: typed.name ? t('wizard.customer.newNamed', { name: oneLine(typed.name) }) : t('wizard.customer.new'),
        },
      ],
      default: String(sameCustomer(matches, typed)?.customer.id ?? NEW),
    });
    const match = matches.find((m) => String(m.customer.id) === picked);
    if (match) return { existing: match, phone: typed.phone, order: typed.order };
  }
  // A phone or an order number alone, found nowhere: the name is still needed.
  const name = typed.name ?? (await ask.text({ message: t('wizard.q.customerName'), required: true }));
  return { name, phone: typed.phone, order: typed.order };
}
