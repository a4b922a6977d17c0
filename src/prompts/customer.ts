import { isPlausiblePhone } from '../domain/text.js';
import { t, tn } from '../i18n/index.js';
import { formatDay } from '../format/dates.js';
import { oneLine } from '../format/sanitize.js';
import type { CustomerMatch } from '../store/store.js';
import type { Ask } from './ask.js';
import type { Given, Setting } from './answers.js';

// Phase 2's first question: who is the customer? Found by name, phone or order number;
// several matches are listed for the operator to pick, never guessed.

type CustomerPick = { existing: CustomerMatch } | { name: string; phone?: string };

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

export async function askCustomer(ask: Ask, given: Given, setting: Setting): Promise<CustomerPick> {
  if (given.customerId !== undefined) {
    const [match] = (await setting.findCustomers(String(given.customerId))).filter(
      (m) => m.customer.id === given.customerId,
    );
    if (match) return { existing: match };
  }
  if (!ask.interactive) return { name: given.customerName ?? '' };
  const query =
    given.customerName ?? given.phone ?? (await ask.text({ message: t('wizard.q.customerSearch'), required: true }));
  const matches = await setting.findCustomers(query);
  if (matches.length > 0) {
    ask.say(tn('wizard.customer.found', matches.length));
    const picked = await ask.choose({
      message: t('wizard.q.customerPick'),
      choices: [
        ...matches.map((match) => ({ value: String(match.customer.id), name: describe(match) })),
        { value: 'new', name: t('wizard.customer.new') },
      ],
      default: String(matches[0].customer.id),
    });
    const match = matches.find((m) => String(m.customer.id) === picked);
    if (match) return { existing: match };
  }
  const typedPhone = isPlausiblePhone(query) && given.customerName === undefined;
  const name =
    given.customerName ??
    (await ask.text({
      message: t('wizard.q.customerName'),
      default: typedPhone || /\d/.test(query) ? undefined : query,
      required: true,
    }));
  return typedPhone ? { name, phone: query } : { name };
}
