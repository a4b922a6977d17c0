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

/** Digits only, with the French international prefix folded to the national 0. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const international = /^\s*(\+|00)/.test(phone);
  if (international && digits.startsWith('0033')) return `0${digits.slice(4)}`;
  if (international && digits.startsWith('33')) return `0${digits.slice(2)}`;
  return digits;
}

/** A phone number looks plausible: 6 to 15 digits, with the usual separators. */
export function isPlausiblePhone(phone: string): boolean {
  if (!/^[+\d][\d\s.\-()/]*$/.test(phone.trim())) return false;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

/** An e-mail address looks plausible: something@something.tld, no spaces. */
export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim());
}
