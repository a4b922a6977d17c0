// How names and phone numbers are compared: "lefevre" finds "Lefèvre", and
// "+33 6 12 34 56 78" finds "06.12.34.56.78".

/** Lower case, without accents, single spaces: the key names are searched by. */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A word typed as an option's value, compared without case, accents, spaces or punctuation:
 * "Téléphone" is "telephone", "e-mail" is "email", "late delivery" is "late_delivery". */
export function choiceKey(text: string): string {
  return searchKey(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Digits only, with the French international prefix folded to the national 0 (and the
 * "(0)" sometimes written after it left out). */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\(0\)/, '').replace(/\D/g, '');
  const international = /^\s*(\+|00)/.test(phone);
  if (international && digits.startsWith('0033')) return `0${digits.slice(4)}`;
  if (international && digits.startsWith('33')) return `0${digits.slice(2)}`;
  return digits;
}

/**
 * A phone number as people write it, with the usual separators, and enough digits to be
 * dialled: a French number has 10 (06 12 34 56 78), or 9 after +33 or 0033 (a "(0)" after
 * the country code left out); another country's, after + or 00, 8 to 15 (E.164 allows 15).
 */
export function isPlausiblePhone(phone: string): boolean {
  const text = phone.trim();
  if (!/^[+\d(][\d\s.\-()/]*$/.test(text)) return false;
  const international = /^(\+|00)/.test(text);
  const digits = text.replace(/\(0\)/, '').replace(/\D/g, '');
  if (!international) return digits.length === 10 && digits.startsWith('0');
  const number = text.startsWith('+') ? digits : digits.slice(2);
  if (number.startsWith('33')) return number.length === 11;
  return number.length >= 8 && number.length <= 15;
}

/** What was typed at "Client : nom, téléphone ou n° de commande". */
export interface CustomerText {
  name: string | null;
  /** As typed; it may not be a plausible number (isPlausiblePhone says). */
  phone: string | null;
  /** Words with digits that are not a phone number: an order or invoice number. */
  order: string | null;
}

const NUMBER_WORD = /^[+(]?\d[\d.\-()/]*$/;

/** The number-like words at one end of `words` (`fromEnd`), when they start with 0 or +, as
 * a phone number is written; else none. */
function phoneWords(words: readonly string[], fromEnd: boolean): number {
  let count = 0;
  const at = (i: number) => words[fromEnd ? words.length - 1 - i : i];
  while (count < words.length && NUMBER_WORD.test(at(count))) count++;
  if (count === 0) return 0;
  const first = fromEnd ? words[words.length - count] : words[0];
  return /^(\+|\(?0)/.test(first) ? count : 0;
}

/**
 * Splits one line into a name, a phone number and an order number: "Marie Dupont 06 12 34
 * 56 78", "06 12 34 56 78", "Dupont F-2026-118". The phone is the run of number-like words
 * at the end (or at the start) that begins with 0 or +; other words with digits are the order
 * number; the words left are the name.
 */
export function readCustomerText(text: string): CustomerText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let rest = words;
  let phone: string[] = [];
  const atEnd = phoneWords(words, true);
  const atStart = atEnd === 0 ? phoneWords(words, false) : 0;
  if (atEnd > 0) [rest, phone] = [words.slice(0, -atEnd), words.slice(-atEnd)];
  else if (atStart > 0) [phone, rest] = [words.slice(0, atStart), words.slice(atStart)];
  const join = (list: string[]) => (list.length > 0 ? list.join(' ') : null);
  return {
    name: join(rest.filter((word) => !/\d/.test(word))),
    phone: join(phone),
    order: join(rest.filter((word) => /\d/.test(word))),
  };
}

/** An e-mail address looks plausible: something@something.tld, no spaces. */
export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim());
}
