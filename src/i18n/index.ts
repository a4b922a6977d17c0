import { fr } from './fr.js';
import { en } from './en.js';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export type MessageKey = keyof typeof fr;
export type Catalog = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

let current: Lang = 'fr';
let catalog: Catalog = fr;

export function setLang(lang: Lang): void {
  current = lang;
  catalog = lang === 'en' ? en : fr;
}

export function lang(): Lang {
  return current;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Whether the catalog has `key` (for keys built from stored values, like event kinds). */
export function has(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Params): string {
  const text = catalog[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `key.one` or `key.other` depending on `count` (French counts 0 and 1 as singular). */
export function tn(key: string, count: number, params?: Params): string {
  const singular = current === 'fr' ? Math.abs(count) < 2 : Math.abs(count) === 1;
  return t(`${key}.${singular ? 'one' : 'other'}` as MessageKey, { count, ...params });
}

/** Translated label of a stored value (status, channel, mood...), or the value itself
 * for values the catalog does not know (categories the shop added). */
export function label(group: LabelGroup, value: string | null): string {
  if (value === null) return '';
  const key = `${group}.${value}`;
  return key in catalog ? catalog[key as MessageKey] : value;
}

export type LabelGroup = 'status' | 'channel' | 'mood' | 'category' | 'request' | 'solution' | 'outcome';

/** A message in both languages, the current one first: a word understood typed in either. */
export function inBothLanguages(key: MessageKey): string[] {
  return [...new Set([catalog, fr, en].map((each) => each[key]))];
}

/** The labels of a stored value in both languages, the current one first: what an option
 * accepts besides the value itself (`--channel téléphone` with --lang en too). */
export function labelsOf(group: LabelGroup, value: string): string[] {
  const key = `${group}.${value}` as MessageKey;
  return [...new Set([catalog, fr, en].map((each) => (key in each ? each[key] : value)))];
}
