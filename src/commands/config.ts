import type { Command } from 'commander';
import { withNewStore, withStore } from '../context.js';
import { assertSettingKey, checkSetting, defaultSetting, SETTING_KEYS } from '../domain/settings.js';
import { t, type MessageKey } from '../i18n/index.js';
import { printJson, printLine, printMessage } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';

export async function get(command: Command): Promise<void> {
  const key = assertSettingKey((command.processedArgs as [string])[0]);
  await withStore(command, async (store) => {
    const value = (await store.getSetting(key)) ?? defaultSetting(key);
    if (value !== null) printLine(sanitize(value));
  });
}

export async function set(command: Command): Promise<void> {
  const [rawKey, rawValue] = command.processedArgs as [string, string];
  const key = assertSettingKey(rawKey);
  // "-" puts the setting back to its default.
  const value = rawValue === '-' ? null : checkSetting(key, rawValue);
  await withNewStore(command, async (store) => {
    await store.setSetting(key, value);
    printMessage(t('config.saved', { key, value: sanitize(value ?? defaultSetting(key) ?? t('config.unset')) }));
  });
}

export async function list(command: Command): Promise<void> {
  const { json } = command.opts<{ json?: boolean }>();
  await withStore(command, async (store) => {
    const stored = await store.listSettings();
    const values = Object.fromEntries(SETTING_KEYS.map((key) => [key, stored[key] ?? defaultSetting(key)]));
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
}
