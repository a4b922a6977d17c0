import { DEFAULT_ATTACHMENT_MAX, parseByteSize } from './attachments.js';
import { parseDuration } from './dates.js';
import { parseFamilies } from './recurring.js';
import { choiceKey } from './text.js';
import { DEFAULT_CATEGORIES } from './types.js';
import {
  DEFAULT_CALLBACK_TIME,
  DEFAULT_HOURS,
  formatClock,
  isHoursProblem,
  type HoursProblem,
  parseClockTime,
  parseHours,
  tidyHours,
} from './hours.js';
import { isPlausibleEmail } from './text.js';

// The shop's settings, stored in the logbook itself so that one file is the whole logbook.
// Each key says how a typed value is checked and normalised before it is saved.
interface SettingRule {
  /** Shown by `config list` when the shop has not set it. */
  defaultValue: string | null;
  /** The reason the value is refused, or the value to store. */
  check(value: string): SettingCheck;
}

/** Why a value is refused: `config set` says it (config.reason.<why>, with the part at
 * fault as `value`). */
export type SettingProblem =
  | 'empty'
  | 'integer'
  | 'category'
  | 'categoryBuiltIn'
  | 'duration'
  | 'url'
  | 'time'
  | 'families'
  | 'email'
  | 'siret'
  | 'smtp'
  | 'size'
  | `hours.${HoursProblem['problem']}`;
type SettingCheck = { ok: string } | { refused: SettingProblem; value?: string };

const text: SettingRule['check'] = (value) => (value.trim() === '' ? { refused: 'empty' } : { ok: value.trim() });

const list: SettingRule['check'] = (value) => {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length === 0 ? { refused: 'empty' } : { ok: [...new Set(items)].join(',') };
};

const integer: SettingRule['check'] = (value) =>
  /^\d{1,3}$/.test(value.trim()) ? { ok: String(Number(value)) } : { refused: 'integer' };

/** The parts of a letter a shop may word itself (`letter.<part>`): README, "Écrire au client". */
export const LETTER_PARTS = ['opening', 'ack', 'answer', 'warranty', 'mediator', 'closing'] as const;
export type LetterPart = (typeof LETTER_PARTS)[number];

const letterSettings = Object.fromEntries(
  LETTER_PARTS.map((part) => [`letter.${part}`, { defaultValue: null, check: text }]),
) as Record<`letter.${LetterPart}`, SettingRule>;

/**
 * The shop's own categories, each written as it is to be shown (`Pièces détachées`) and stored
 * as typed on the complaints: up to 40 characters with a letter or a digit, no comma (the
 * separator). One typed twice with other capitals or accents is kept once, as first typed; a
 * built-in category's value is refused (its labels are checked where they are known, by
 * `config`).
 */
function checkCategories(value: string): SettingCheck {
  const listed = list(value);
  if ('refused' in listed) return listed;
  const kept = new Map<string, string>();
  for (const typed of listed.ok.split(',')) {
    const category = typed.replace(/\s+/g, ' ');
    if (category.length > 40 || /\p{C}/u.test(category) || !/[\p{L}\p{N}]/u.test(category))
      return { refused: 'category', value: category };
    if ((DEFAULT_CATEGORIES as readonly string[]).some((id) => choiceKey(id) === choiceKey(category)))
      return { refused: 'categoryBuiltIn', value: category };
    if (!kept.has(choiceKey(category))) kept.set(choiceKey(category), category);
  }
  return { ok: [...kept.values()].join(',') };
}

export const SETTINGS = {
  'shop.name': { defaultValue: null, check: text },
  'shop.address': { defaultValue: null, check: text },
  'shop.phone': { defaultValue: null, check: text },
  'shop.email': {
    defaultValue: null,
    check: (value) => (isPlausibleEmail(value) ? { ok: value.trim() } : { refused: 'email' }),
  },
  'shop.siret': {
    // A SIRET is 14 digits (the SIREN's 9, then the establishment's 5), often typed in groups.
    defaultValue: null,
    check: (value) => {
      const digits = value.replace(/[\s.]/g, '');
      return /^\d{14}$/.test(digits) ? { ok: digits } : { refused: 'siret' };
    },
  },
  operator: { defaultValue: null, check: text },
  operators: { defaultValue: null, check: list },
  'callback.delay': {
    // Two working days is what a customer will usually accept for a promised callback.
    defaultValue: '2',
    check: integer,
  },
  // Ten open days: what a shop can hold to answer in writing, and well within the two months
  // after which consumer mediators usually take a case.
  'answer.days': { defaultValue: '10', check: integer },
  'callback.time': {
    defaultValue: DEFAULT_CALLBACK_TIME,
    check: (value) => {
      const time = parseClockTime(value);
      return time === null ? { refused: 'time' } : { ok: formatClock(time) };
    },
  },
  hours: {
    defaultValue: DEFAULT_HOURS,
    check: (value) => {
      const read = parseHours(value);
      return isHoursProblem(read) ? { refused: `hours.${read.problem}`, value: read.value } : { ok: tidyHours(value) };
    },
  },
  categories: { defaultValue: null, check: (value) => checkCategories(value) },
  retention: {
    // 3 years after the last contact: the benchmark the CNIL applies to inactive customers.
    defaultValue: '3y',
    check: (value) => (parseDuration(value) ? { ok: value.trim() } : { refused: 'duration' }),
  },
  'mediator.name': { defaultValue: null, check: text },
  'mediator.url': {
    defaultValue: null,
    check: (value) => (/^https?:\/\/\S+\.\S+$/.test(value.trim()) ? { ok: value.trim() } : { refused: 'url' }),
  },
  'notes.words': { defaultValue: null, check: list },
  // The largest file `attach` takes (README, "Joindre une pièce"), as typed: 10 Mo, 500 ko.
  'attach.max': {
    defaultValue: `${DEFAULT_ATTACHMENT_MAX / 1000_000} Mo`,
    check: (value) => (parseByteSize(value) === null ? { refused: 'size' } : { ok: value.trim() }),
  },
  'products.families': {
    defaultValue: null,
    check: (value) => {
      const rules = parseFamilies(value);
      return rules ? { ok: rules.map((r) => `${r.word}=${r.family}`).join(',') } : { refused: 'families' };
    },
  },
  'smtp.url': {
    defaultValue: null,
    check: (value) => (/^smtps?:\/\/[^\s/]+(\/\S*)?$/.test(value.trim()) ? { ok: value.trim() } : { refused: 'smtp' }),
  },
  ...letterSettings,
} satisfies Record<string, SettingRule>;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** The value to store for `key`, or why it is refused. */
export function checkSetting(key: SettingKey, value: string): SettingCheck {
  return SETTINGS[key].check(value);
}

export function defaultSetting(key: SettingKey): string | null {
  return SETTINGS[key].defaultValue;
}

/** A setting as it may be shown: the password of `smtp.url` never is (smtp://user:***@host). */
export function shownSetting(key: string, value: string): string {
  if (key !== 'smtp.url') return value;
  return value.replace(/^(smtps?:\/\/[^:@/]*):[^@/]*@/, '$1:***@');
}
