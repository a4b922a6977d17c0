// Amounts in euros as a shop types them, in the wizard, as an option or in a spreadsheet:
// 12, 12,5, 12,50, 12.50, 1 200,00, 1.200,00 €, 1,200.00, €12.50, 12,50 EUR. The last
// separator followed by one or two digits is the decimal one; spaces (plain, no-break,
// narrow no-break), dots, commas and apostrophes between groups of three digits separate
// thousands. Anything else (a sign, three decimals, letters) is refused.

const CURRENCY = /^(?:€\s*)?(.*?)(?:\s*(?:€|eur|euros?))?$/i;
const GROUPED = /^\d{1,3}(?:[\s\u00a0\u202f.,']\d{3})*$/;
const PLAIN = /^\d+$/;

/** Cents, or null when `text` is not an amount. */
export function parseEuros(text: string): number | null {
  const body = CURRENCY.exec(text.trim())?.[1]?.trim() ?? '';
  const decimal = /^(.*?)[.,](\d{1,2})$/.exec(body);
  const whole = decimal ? decimal[1] : body;
  const fraction = decimal ? decimal[2] : '';
  if (whole === '' ? fraction === '' : !PLAIN.test(whole) && !GROUPED.test(whole)) return null;
  const euros = Number(whole.replace(/\D/g, '') || '0');
  // Up to 100 million euros: beyond, a typing slip rather than a remedy.
  if (euros > 99_999_999) return null;
  return euros * 100 + Number(fraction.padEnd(2, '0'));
}
