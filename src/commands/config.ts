import type { Command } from 'commander';
import { globals, withStore } from '../context.js';
import { machineConfigPath, machineSettings, setMachineSetting, type MachineKey } from '../machine.js';
import { isPostgresUrl, logbookPath } from '../store/open.js';
import { assertSettingKey, checkSetting, defaultSetting, SETTING_KEYS } from '../domain/settings.js';
import { t, type MessageKey } from '../i18n/index.js';
import { printJson, printLine, printMessage } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';

/** Whether `key` is kept on this machine: the shop always; the default operator when the
 * logbook is on a server, shared by counters each with its own operator. */
function onMachine(key: string, command: Command): key is MachineKey {
  if (key === 'shop') return true;
  return key === 'operator' && isPostgresUrl(logbookPath(globals(command).db, process.env));
}

export async function get(command: Command): Promise<void> {
  const [rawKey] = command.processedArgs as [string];
  if (onMachine(rawKey, command)) {
    const value = machineSettings(process.env)[rawKey];
    if (value !== undefined) printLine(sanitize(value));
    return;
  }
  const key = assertSettingKey(rawKey);
  await withStore(command, async (store) => {
    const value = (await store.getSetting(key)) ?? defaultSetting(key);
    if (value !== null) printLine(sanitize(value));
  });
}

export async function set(command: Command): Promise<void> {
  const [rawKey, rawValue] = command.processedArgs as [string, string];
  if (onMachine(rawKey, command)) {
    const value = rawValue === '-' ? null : rawValue.trim();
    setMachineSetting(process.env, rawKey, value);
    printMessage(
      t('config.savedMachine', {
        key: rawKey,
        value: sanitize(value ?? t('config.unset')),
        path: sanitize(machineConfigPath(process.env)),
      }),
    );
    return;
  }
  const key = assertSettingKey(rawKey);
  // "-" puts the setting back to its default.
  const value = rawValue === '-' ? null : checkSetting(key, rawValue);
  await withStore(command, async (store) => {
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
