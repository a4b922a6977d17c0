import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

// Settings that belong to one machine (one counter) rather than to the logbook, which
// several counters may share on a server: which shop it is and who records by default.
// They live in $XDG_CONFIG_HOME/plainte/config (~/.config/plainte/config), one `key = value`
// a line, `#` starting a comment.

export const MACHINE_KEYS = ['shop', 'operator'] as const;
export type MachineKey = (typeof MACHINE_KEYS)[number];

export function machineConfigPath(env: NodeJS.ProcessEnv): string {
  const configHome =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/')
      ? env.XDG_CONFIG_HOME
      : join(env.HOME || homedir(), '.config');
  return join(configHome, 'plainte', 'config');
}

export function machineSettings(env: NodeJS.ProcessEnv): Partial<Record<MachineKey, string>> {
  let text: string;
  try {
    text = readFileSync(machineConfigPath(env), 'utf8');
  } catch {
    return {};
  }
  const settings: Partial<Record<MachineKey, string>> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([a-z.]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && (MACHINE_KEYS as readonly string[]).includes(match[1]) && match[2] !== '')
      settings[match[1] as MachineKey] = match[2];
  }
  return settings;
}

/** Sets (or with null removes) one key of the machine's file, keeping its other lines. */
export function setMachineSetting(env: NodeJS.ProcessEnv, key: MachineKey, value: string | null): void {
  const path = machineConfigPath(env);
  let lines: string[];
  try {
    lines = readFileSync(path, 'utf8').split(/\r?\n/);
  } catch {
    lines = [];
  }
  const kept = lines.filter((line) => line !== '' && !new RegExp(`^\\s*${key.replace('.', '\\.')}\\s*=`).test(line));
  if (value !== null) kept.push(`${key} = ${value.replace(/[\r\n]/g, ' ')}`);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, kept.length > 0 ? `${kept.join('\n')}\n` : '', { mode: 0o600 });
  renameSync(temp, path);
}

/** This machine's shop: --shop, else PLAINTE_SHOP, else the machine's file; null when none
 * is said. `all` is not a shop: it asks for every shop. */
export function shopOf(option: string | undefined, env: NodeJS.ProcessEnv): string | null {
  const shop = (option ?? env.PLAINTE_SHOP ?? machineSettings(env).shop ?? '').trim();
  return shop === '' ? null : shop;
}
