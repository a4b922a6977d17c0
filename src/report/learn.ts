import { tallyActions, type ActionTally, type CorrectiveAction } from '../domain/actions.js';
import { byProduct, parseFamilies, RECURRING_DAYS, type ByProduct } from '../domain/recurring.js';
import type { Period, Store } from '../store/store.js';

const DAY_MS = 86_400_000;

// What the shop learns from its complaints, in the report: the corrective actions, the
// customers' own satisfaction beside the shop's estimate, the products and customers that
// come back (README, "Corrective actions", "The customer's rating", "Weekly report").

export interface ActionsReport extends ActionTally {
  /** The actions open at the period's end and those done in it, in the order they were added. */
  list: CorrectiveAction[];
}

/** The satisfaction side by side: the customers' own rating (the last of each complaint
 * rated at a follow-up in the period) and the shop's estimate at the close. */
export interface RatingsReport {
  byCustomer: { rated: number; mean: number | null };
  byShop: { rated: number; mean: number | null };
}

export interface Learning {
  actions: ActionsReport;
  ratings: RatingsReport;
  byProduct: ByProduct;
  /** The period's customers with two complaints or more over the 90 days before its end. */
  recurring: { since: string; customers: { id: number; name: string; complaints: number[] }[] };
}

/** The mean mark, to two decimals as the shop's satisfaction is. */
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((sum, n) => sum + n, 0) / values.length) * 100) / 100;

export async function learning(
  store: Store,
  period: Period,
  shop: { count: number; mean: number | null },
): Promise<Learning> {
  const all = await store.listActions();
  const [from, to] = [period.from.toISOString(), period.to.toISOString()];
  const list = all.filter((action) => action.addedAt < to && (action.doneAt === null || action.doneAt >= from));
  const last = new Map((await store.customerRatings(period)).map((r) => [r.complaintId, r.rating]));
  const ratings = {
    byCustomer: { rated: last.size, mean: mean([...last.values()]) },
    byShop: { rated: shop.count, mean: shop.mean },
  };
  const recent = { from: new Date(period.to.getTime() - RECURRING_DAYS * DAY_MS), to: period.to };
  const rules = parseFamilies((await store.getSetting('products.families')) ?? '') ?? [];
  return {
    actions: { ...tallyActions(all, period.from, period.to), list },
    ratings,
    byProduct: byProduct(await store.productCounts(period), await store.productCounts(recent), rules),
    recurring: { since: recent.from.toISOString(), customers: await store.repeatCustomers(period, recent.from) },
  };
}
