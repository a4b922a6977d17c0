import { searchKey } from './text.js';

// Recurring problems, in the report (README, "Weekly report"): the products complained about
// twice or more, by product and by family of products, in the period and over the 90 days
// before its end; and the customers who came back.

/** How far back the report looks for a product or a customer seen again. */
export const RECURRING_DAYS = 90;

/** A product's family: the shop's own word (setting `products.families`, `word=family`
 * pairs), else the product's first word. */
export interface FamilyRule {
  word: string;
  family: string;
}

/** The `products.families` setting read: `cafetière=Petit électroménager, tondeuse=Jardin`;
 * null when a pair lacks its word or its family. */
export function parseFamilies(value: string): FamilyRule[] | null {
  const rules: FamilyRule[] = [];
  for (const item of value.split(',')) {
    if (item.trim() === '') continue;
    const [word, family, ...rest] = item.split('=').map((part) => part.trim());
    if (!word || !family || rest.length > 0) return null;
    rules.push({ word, family });
  }
  return rules.length > 0 ? rules : null;
}

const firstWord = (product: string) => product.trim().split(/\s+/)[0] ?? '';

/** The family of `product`: the first rule whose word starts one of its words (accents and
 * case ignored, so that `cafetière` takes in `Cafetières`), else its first word. */
export function familyOf(product: string, rules: readonly FamilyRule[]): string {
  const words = searchKey(product).split(/[^\p{L}\p{N}]+/u);
  const rule = rules.find((r) => words.some((word) => word.startsWith(searchKey(r.word))));
  if (rule) return rule.family;
  const first = firstWord(product);
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/** How many complaints name a product, in the period and over the last 90 days. */
export interface ProductCount {
  product: string;
  period: number;
  recent: number;
}

export interface ByProduct {
  /** Products twice or more in the period or over the last 90 days, most first. */
  products: (ProductCount & { family: string })[];
  /** The same counts by family, twice or more. */
  families: { family: string; period: number; recent: number }[];
}

/** Products and families seen twice or more (products counted by their name, case and
 * accents ignored, shown as most often written). */
export function byProduct(
  period: readonly { product: string; count: number }[],
  recent: readonly { product: string; count: number }[],
  rules: readonly FamilyRule[],
): ByProduct {
  const products = new Map<string, ProductCount & { family: string; spelled: Map<string, number> }>();
  const add = (rows: readonly { product: string; count: number }[], field: 'period' | 'recent') => {
    for (const { product, count } of rows) {
      const key = searchKey(product.trim());
      if (key === '') continue;
      const entry = products.get(key) ?? {
        product,
        period: 0,
        recent: 0,
        family: familyOf(product, rules),
        spelled: new Map<string, number>(),
      };
      entry[field] += count;
      if (field === 'recent') entry.spelled.set(product, (entry.spelled.get(product) ?? 0) + count);
      products.set(key, entry);
    }
  };
  add(period, 'period');
  add(recent, 'recent');
  const families = new Map<string, { family: string; period: number; recent: number }>();
  for (const entry of products.values()) {
    // The spelling most written over the 90 days (else in the period), capitals first on a tie.
    const spellings = entry.spelled.size > 0 ? [...entry.spelled] : [[entry.product, 1] as const];
    entry.product = spellings.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
    const family = families.get(searchKey(entry.family)) ?? { family: entry.family, period: 0, recent: 0 };
    family.period += entry.period;
    family.recent += entry.recent;
    families.set(searchKey(entry.family), family);
  }
  const twice = (c: { period: number; recent: number }) => c.period >= 2 || c.recent >= 2;
  const order = <T extends { period: number; recent: number }>(a: T, b: T) =>
    b.period - a.period || b.recent - a.recent;
  return {
    products: [...products.values()]
      .filter(twice)
      .sort((a, b) => order(a, b) || a.product.localeCompare(b.product))
      .map(({ product, period: p, recent: r, family }) => ({ product, family, period: p, recent: r })),
    families: [...families.values()].filter(twice).sort((a, b) => order(a, b) || a.family.localeCompare(b.family)),
  };
}
