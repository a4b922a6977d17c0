import { lang, t } from '../i18n/index.js';

// Numbers and amounts as Intl's fr-FR and en-GB formats write them, written by hand: the
// first Intl formatter a process makes loads ICU's locale data, as dates.ts explains.
// test/format/dates.test.ts compares them with Intl.

/** 1 234,50 € or €1,234.50, as Intl's currency style writes them, without the ICU data it loads
 * on first use. */
export function formatCost(cents: number | null): string | null {
  if (cents === null) return null;
  const whole = String(Math.floor(Math.abs(cents) / 100));
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  const sign = cents < 0 ? '-' : '';
  if (lang() === 'fr') return `${sign}${groups(whole, '\u202f')},${fraction}\u00a0€`;
  return `${sign}€${groups(whole, ',')}.${fraction}`;
}

/** 1234567 as 1<sep>234<sep>567. */
function groups(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/** A figure with at most one decimal (1 234,5 or 1,234.5), rounded as Intl rounds: the
 * shortest decimal that reads back as the number, halves away from zero. */
export function formatNumber(value: number): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const text = String(Math.abs(value));
  let whole: string;
  let tenth: number;
  if (Math.abs(value) >= 1e21) {
    // Written with an exponent by String(): a whole number, exact as a BigInt.
    whole = BigInt(Math.abs(value)).toString();
    tenth = 0;
  } else if (text.includes('e')) {
    // Below 1e-6: nothing that rounds up to a tenth.
    whole = '0';
    tenth = 0;
  } else {
    const [int = '0', fraction = ''] = text.split('.');
    const tenths = Number(int) * 10 + Number(fraction[0] ?? '0') + ((fraction[1] ?? '0') >= '5' ? 1 : 0);
    whole = String(Math.floor(tenths / 10));
    tenth = tenths % 10;
  }
  const fr = lang() === 'fr';
  const digits = groups(whole, fr ? '\u202f' : ',');
  return `${sign}${digits}${tenth === 0 ? '' : `${fr ? ',' : '.'}${tenth}`}`;
}

/** A file's size as a shop reads it: 512 o, 48 ko, 2,1 Mo (decimal units, as phones and
 * file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return t('size.bytes', { value: bytes });
  if (bytes < 1000 ** 2) return t('size.kilo', { value: formatNumber(bytes / 1000) });
  if (bytes < 1000 ** 3) return t('size.mega', { value: formatNumber(bytes / 1000 ** 2) });
  return t('size.giga', { value: formatNumber(bytes / 1000 ** 3) });
}
