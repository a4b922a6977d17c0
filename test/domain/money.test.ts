import { describe, expect, it } from 'vitest';
import { parseEuros } from '../../src/domain/money.js';

describe('amounts in euros', () => {
  it('reads them as a shop writes them, with thousands and decimals in the French or English way', () => {
    const cases: [string, number][] = [
      ['12', 1200],
      ['12,5', 1250],
      ['12,50', 1250],
      ['12.50', 1250],
      ['30 €', 3000],
      ['€12.50', 1250],
      ['12,50 EUR', 1250],
      ['1 200,00', 120000],
      ['1\u00a0200,00 €', 120000],
      ['1\u202f200,00\u00a0€', 120000],
      ['1.200,00 €', 120000],
      ['1,200.00', 120000],
      ['1.200', 120000],
      ['1 234 567,89', 123456789],
      [',50', 50],
    ];
    for (const [text, cents] of cases) expect(parseEuros(text), text).toBe(cents);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['douze', '-3', '1 20,00', '12,50,10', '', '€', '1e3', '12 €€', '999999999'])
      expect(parseEuros(text), text).toBeNull();
  });
});
