import { UserError } from '../errors.js';
import { t, type MessageKey, type Params } from '../i18n/index.js';
import { parseDuration } from './dates.js';
import {
  DEFAULT_CALLBACK_TIME,
  DEFAULT_HOURS,
  formatClock,
  isHoursProblem,
  parseClockTime,
  parseHours,
  tidyHours,
} from './hours.js';

// The shop's settings, stored in the logbook itself so that one file is the whole logbook.
// Each key says how a typed value is checked and normalised before it is saved.
interface SettingRule {
  /** Shown by `config list` when the shop has not set it. */
  defaultValue: string | null;
  /** The reason the value is refused, or the value to store. */
  check(value: string): { ok: string } | { refused: MessageKey; params?: Params };
}

const text: SettingRule['check'] = (value) =>
  value.trim() === '' ? { refused: 'config.reason.empty' } : { ok: value.trim() };

const list: SettingRule['check'] = (value) => {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length === 0 ? { refused: 'config.reason.empty' } : { ok: [...new Set(items)].join(',') };
};

export const SETTINGS = {
  'shop.name': { defaultValue: null, check: text },
  operator: { defaultValue: null, check: text },
  operators: { defaultValue: null, check: list },
  'callback.delay': {
    // Two working days is what a customer will usually accept for a promised callback.
    defaultValue: '2',
    check: (value) =>
      /^\d{1,3}$/.test(value.trim()) ? { ok: String(Number(value)) } : { refused: 'config.reason.integer' },
  },
  'callback.time': {
    defaultValue: DEFAULT_CALLBACK_TIME,
    check: (value) => {
      const time = parseClockTime(value);
      return time === null ? { refused: 'config.reason.time' } : { ok: formatClock(time) };
    },
  },
  hours: {
    defaultValue: DEFAULT_HOURS,
    check: (value) => {
      const read = parseHours(value);
      return isHoursProblem(read)
        ? { refused: `config.reason.hours.${read.problem}`, params: { value: read.value } }
        : { ok: tidyHours(value) };
    },
  },
  categories: {
    defaultValue: null,
    check: (value) => {
      const listed = list(value);
      if ('refused' in listed) return listed;
      return listed.ok.split(',').every((c) => /^[\p{L}\p{N}_]{1,40}$/u.test(c))
        ? listed
        : { refused: 'config.reason.category' };
    },
  },
  retention: {
    // 3 years after the last contact: the benchmark the CNIL applies to inactive customers.
    defaultValue: '3y',
    check: (value) => (parseDuration(value) ? { ok: value.trim() } : { refused: 'config.reason.duration' }),
  },
  'mediator.name': { defaultValue: null, check: text },
  'mediator.url': {
    defaultValue: null,
    check: (value) =>
      /^https?:\/\/\S+\.\S+$/.test(value.trim()) ? { ok: value.trim() } : { refused: 'config.reason.url' },
  },
  'notes.words': { defaultValue: null, check: list },
} satisfies Record<string, SettingRule>;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

export function assertSettingKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw new UserError('config.unknownKey', { key, keys: SETTING_KEYS.join(', ') });
  return key;
}

/** The value to store for `key`, or a UserError saying what is expected. */
export function checkSetting(key: SettingKey, value: string): string {
  const result = (SETTINGS[key] as SettingRule).check(value);
  if ('refused' in result) throw new UserError('config.invalid', { key, reason: t(result.refused, result.params) });
  return result.ok;
}

export function defaultSetting(key: SettingKey): string | null {
  return (SETTINGS[key] as SettingRule).defaultValue;
}
