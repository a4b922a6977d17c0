import { dayOf, dayText, instantDay, monthsAfter } from './days.js';

// The legal warranty of conformity of the Code de la consommation, shown as information
// to the shopkeeper: it is not legal advice and decides nothing on its own.

export interface Warranty {
  /** Delivery + 2 years (L217-3). */
  coveredUntil: string;
  /** Until then a defect is presumed to exist at delivery: + 24 months, + 12 for second-hand goods (L217-7). */
  presumedUntil: string;
  /** Repair or replacement is due within 30 days of the request (L217-10). */
  repairDeadline: string;
  /** The request came after coveredUntil. */
  expired: boolean;
}

/** The day number of a day written YYYY-MM-DD. */
function day(text: string): number {
  const days = dayOf(text);
  // A malformed day is a bug in the caller (the wizard validates what is typed).
  if (Number.isNaN(days)) throw new RangeError(`not a calendar day: ${text}`);
  return days;
}

/**
 * The warranty for goods delivered on `deliveryDate` and a request made on `requestDate`
 * (both YYYY-MM-DD), or null for a business customer, whom the consumer warranty does not
 * cover. Calendar arithmetic: 29 February + 2 years is 28 February.
 */
export function legalWarranty(input: {
  deliveryDate: string;
  requestDate: string;
  secondHand: boolean;
  business: boolean;
}): Warranty | null {
  if (input.business) return null;
  day(input.deliveryDate);
  const request = day(input.requestDate);
  const coveredUntil = monthsAfter(input.deliveryDate, 24);
  return {
    coveredUntil: dayText(coveredUntil),
    presumedUntil: dayText(monthsAfter(input.deliveryDate, input.secondHand ? 12 : 24)),
    repairDeadline: dayText(request + 30),
    expired: request > coveredUntil,
  };
}

/** The day (a day number) a consumer's complaint, received at `receivedAt` (an instant), was
 * made while the legal warranty ran; NaN for a business, goods without a purchase date, a
 * purchase date after the request, or a request after the two years. */
export function requestUnderWarranty(complaint: {
  business: boolean;
  purchaseDate: string | null;
  receivedAt: string;
}): number {
  if (complaint.business || complaint.purchaseDate === null) return NaN;
  const request = instantDay(complaint.receivedAt);
  const delivery = day(complaint.purchaseDate);
  if (Number.isNaN(request)) throw new RangeError(`not an instant: ${complaint.receivedAt}`);
  return delivery > request || request > monthsAfter(complaint.purchaseDate, 24) ? NaN : request;
}

/** The warranty a consumer's complaint (received at `receivedAt`, an instant) was made under,
 * when still running then: null for a business, goods without a purchase date, a purchase
 * date after the request, or a request after the two years. */
export function warrantyAtRequest(complaint: {
  business: boolean;
  purchaseDate: string | null;
  receivedAt: string;
  secondHand: boolean;
}): Warranty | null {
  const request = requestUnderWarranty(complaint);
  if (Number.isNaN(request) || complaint.purchaseDate === null) return null;
  return legalWarranty({
    deliveryDate: complaint.purchaseDate,
    requestDate: dayText(request),
    secondHand: complaint.secondHand,
    business: false,
  });
}

/** The categories that are goods by nature; any complaint with a purchase date is about goods too. */
const GOODS_CATEGORIES: readonly string[] = ['defective', 'installation'];

/**
 * Whether a complaint is about goods (a defective product, an installation, or anything with
 * a purchase or delivery date), as opposed to a late delivery or a service: only goods have a
 * legal warranty of conformity, so only they are asked the purchase date and second-hand.
 */
export function concernsGoods(complaint: { category: string | null; purchaseDate: string | null }): boolean {
  return complaint.purchaseDate !== null || GOODS_CATEGORIES.includes(complaint.category ?? '');
}
