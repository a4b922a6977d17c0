import { withNewStore, withStore, type Context, type Handler } from '../context.js';
import { machineConfigPath, machineSettings, setMachineSetting, type MachineKey } from '../options/machine.js';
import { isPostgresUrl } from '../store/open.js';
import type { ConfigDeclaration } from '../declarations.js';
import {
  checkSetting,
  defaultSetting,
  isSettingKey,
  SETTING_KEYS,
  shownSetting,
  type SettingKey,
  type SettingProblem,
} from '../domain/settings.js';
import { UserError } from '../errors.js';
import { labelsOf, t, type MessageKey } from '../i18n/index.js';
import { choiceKey } from '../domain/text.js';
import { DEFAULT_CATEGORIES } from '../domain/types.js';
import { printJson, printLine, printMessage } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';

function settingKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw new UserError('config.unknownKey', { key, keys: SETTING_KEYS.join(', ') });
  return key;
}

/** The value to store for `key`, or a UserError saying what is expected. */
function checked(key: SettingKey, value: string): string {
  const result = checkSetting(key, value);
  if ('refused' in result) refuse(key, result);
  const label = key === 'categories' ? builtInLabel(result.ok) : null;
  if (label) refuse(key, label);
  return result.ok;
}

function refuse(key: SettingKey, { refused, value }: { refused: SettingProblem; value?: string }): never {
  const reason = t(`config.reason.${refused}`, { value: sanitize(value ?? '') });
  throw new UserError('config.invalid', { key, reason });
}

/** A shop's category that is a built-in one under its French or English label ("Facturation"). */
function builtInLabel(categories: string): { refused: 'categoryBuiltIn'; value: string } | null {
  const builtIn = new Set(DEFAULT_CATEGORIES.flatMap((id) => labelsOf('category', id).map(choiceKey)));
  const found = categories.split(',').find((category) => builtIn.has(choiceKey(category)));
  return found === undefined ? null : { refused: 'categoryBuiltIn', value: found };
}

/** Whether `key` is kept on this machine (machine.ts): the shop always; the default
 * operator when the logbook is on a server, shared by counters each with its own operator. */
function onMachine(key: string, context: Context): key is MachineKey {
  if (key === 'shop') return true;
  return key === 'operator' && isPostgresUrl(context.logbook);
}

export const get: Handler<ConfigDeclaration<'get'>> = async ([rawKey], _options, context) => {
  if (onMachine(rawKey, context)) {
    const value = machineSettings(context.env)[rawKey];
    if (value !== undefined) printLine(sanitize(value));
    return;
  }
  const key = settingKey(rawKey);
  await withStore(context, async (store) => {
    const value = (await store.getSetting(key)) ?? defaultSetting(key);
    if (value !== null) printLine(sanitize(shownSetting(key, value)));
  });
};

export const set: Handler<ConfigDeclaration<'set'>> = async ([rawKey, rawValue], _options, context) => {
  if (onMachine(rawKey, context)) {
    const value = rawValue === '-' ? null : rawValue.trim();
    setMachineSetting(context.env, rawKey, value);
    const path = sanitize(machineConfigPath(context.env));
    printMessage(t('config.savedMachine', { key: rawKey, value: sanitize(value ?? t('config.unset')), path }));
    return;
  }
  const key = settingKey(rawKey);
  // "-" puts the setting back to its default.
  const value = rawValue === '-' ? null : checked(key, rawValue);
  await withNewStore(context, async (store) => {
    await store.setSetting(key, value);
    const shown = value === null ? (defaultSetting(key) ?? t('config.unset')) : shownSetting(key, value);
    printMessage(t('config.saved', { key, value: sanitize(shown) }));
  });
};

export const list: Handler<ConfigDeclaration<'list'>> = async (_args, { json }, context) => {
  await withStore(context, async (store) => {
    const stored = await store.listSettings();
    // Whatever is shown, the password of smtp.url never is.
    const values = Object.fromEntries(
      SETTING_KEYS.map((key) => {
        const value = stored[key] ?? defaultSetting(key);
        return [key, value === null ? null : shownSetting(key, value)];
      }),
    );
    if (json) {
      printJson(values);
      return;
    }
    const width = Math.max(...SETTING_KEYS.map((key) => key.length));
    for (const key of SETTING_KEYS) {
      const value = values[key];
      printLine(`${key.padEnd(width)}  ${value === null ? t('config.unset') : sanitize(value)}`);
      printLine(`${' '.repeat(width)}  ${t(`config.key.${key}` as MessageKey)}`);
    }
  });
};
