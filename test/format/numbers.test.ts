import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { formatCost, formatNumber } from '../../src/format/numbers.js';

// Amounts and figures are written by hand (Intl's first use costs start-up time); they must
// read exactly as Intl's currency style and one-decimal numbers write them.

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

afterEach(() => setLang('fr'));

describe('amounts and figures as the shop reads them', () => {
  it('writes euros as Intl does, negative and large amounts included', () => {
    for (const lang of ['fr', 'en'] as const) {
      setLang(lang);
      const euros = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' });
      for (const cents of [0, 5, 50, 1250, 99_99, 123_456, 123_456_789, -320, -100_000_00]) {
        expect(formatCost(cents)).toBe(euros.format(cents / 100));
      }
    }
    expect(formatCost(null)).toBeNull();
  });

  it('writes figures with at most one decimal as Intl does, halves included', () => {
    const values = [
      0,
      3,
      1234,
      12_345.67,
      0.05,
      0.15,
      2.25,
      2.35,
      4.95,
      99.95,
      -1.25,
      -0.04,
      1e6,
      123_456_789.06,
      1 / 3,
      2 / 3,
      1e-7,
      1e22,
    ];
    for (const lang of ['fr', 'en'] as const) {
      setLang(lang);
      const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
      for (const value of values) expect(formatNumber(value), String(value)).toBe(number.format(value));
      for (let i = 0; i < 2000; i++) {
        const value = Math.round(Math.random() * 1e6) / 100;
        expect(formatNumber(value), String(value)).toBe(number.format(value));
      }
    }
  });
});
