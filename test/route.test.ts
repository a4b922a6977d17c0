import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/program.js';
import { setLang } from '../src/i18n/index.js';
import { ALIASES, COMMANDS, commandOf, readCommandLine } from '../src/route.js';

// bin/plainte.js loads only the bundle of the command a command line runs (src/route.ts).
// If route.ts and commander disagreed, a command would run from a bundle without its code.

const bundles = fileURLToPath(new URL('../dist/bundle/', import.meta.url));

describe('the command a command line runs', () => {
  it('knows every command commander has, under its name and its alias', () => {
    const program = buildProgram(null, { complete: true });
    const registered = program.commands.map((command) => [command.name(), command.aliases()] as const);
    expect(registered.map(([name]) => name).sort()).toEqual([...COMMANDS].sort());
    for (const [name, aliases] of registered) {
      expect(commandOf([name])).toBe(name);
      expect(aliases).toEqual(ALIASES[name as keyof typeof ALIASES] ? [ALIASES[name as keyof typeof ALIASES]] : []);
      for (const alias of aliases) expect(commandOf([alias])).toBe(name);
    }
  });

  it('skips the program options and their values, as commander does', () => {
    expect(commandOf(['--db', 'due', 'list'])).toBe('list');
    expect(commandOf(['--db=due', 'rappels', '--json'])).toBe('due');
    expect(commandOf(['--lang', 'en', '--no-color', 'report', '--all'])).toBe('report');
    expect(commandOf(['--', 'due'])).toBe('due');
    expect(commandOf(['config', 'set', 'operator', 'Anne'])).toBe('config');
  });

  it('sends the help of a command to that command, and the program help to the program', () => {
    expect(commandOf(['help', 'rappels'])).toBe('due');
    expect(commandOf(['due', '--help'])).toBe('due');
    expect(commandOf(['--help', 'due'])).toBeNull();
    expect(commandOf(['--db', 'x', '-h', 'due'])).toBeNull();
    expect(commandOf(['help'])).toBeNull();
  });

  it('reads once what the program needs before commander: the command, --lang, a repeated option, the switches', () => {
    expect(readCommandLine(['--lang', 'en', 'rappels', '--json', '--no-color'])).toEqual({
      args: ['--lang', 'en', 'rappels', '--json', '--no-color'],
      command: 'due',
      language: 'en',
      repeated: null,
      noColor: true,
      noPager: false,
    });
    expect(readCommandLine(['list', '--no-pager'])).toMatchObject({ command: 'list', noPager: true });
    expect(readCommandLine(['list', '--lang=fr', '--status', 'open', '--status=closed'])).toMatchObject({
      command: 'list',
      language: 'fr',
      repeated: '--status',
      noColor: false,
    });
    // After `--` nothing is an option.
    expect(readCommandLine(['new', '--', '--lang', 'xx', '--lang'])).toMatchObject({
      language: undefined,
      repeated: null,
    });
  });

  it('sends unknown words and empty command lines to the program without commands', () => {
    expect(commandOf([])).toBeNull();
    expect(commandOf(['--help'])).toBeNull();
    expect(commandOf(['nimportequoi'])).toBeNull();
    expect(commandOf(['__proto__'])).toBeNull();
    expect(commandOf(['--db'])).toBeNull();
  });

  it('lists every command in the program help as it would with all their options defined', () => {
    for (const lang of ['fr', 'en'] as const) {
      setLang(lang);
      const listed = buildProgram().helpInformation();
      expect(listed).toBe(buildProgram(null, { complete: true }).helpInformation());
      expect(listed).toContain('due|rappels [options]');
      expect(listed).toMatch(/config {2,}/);
    }
    setLang('fr');
  });

  it('has a bundle, with the code V8 compiled for it, for every command', () => {
    for (const name of COMMANDS) {
      expect(existsSync(`${bundles}commands/${name}.cjs`), name).toBe(true);
      expect(existsSync(`${bundles}commands/${name}.cjs.cache`), name).toBe(true);
    }
    // The files the commands' bundles load: the stores', the letters' (scripts/code-cache.js).
    for (const name of ['cli', 'sqlite', 'pg', 'pdfkit', 'mail-composer'])
      expect(existsSync(`${bundles}${name}.cjs.cache`), name).toBe(true);
  });

  it('starts each bundle from the code V8 saved for it, not from a cache it would refuse', () => {
    const { savedCodeAccepted } = createRequire(import.meta.url)(`${bundles}launch.cjs`) as {
      savedCodeAccepted: (file: string) => boolean;
    };
    for (const name of COMMANDS) expect(savedCodeAccepted(`${bundles}commands/${name}.cjs`), name).toBe(true);
    for (const name of ['cli', 'sqlite', 'pg', 'pdfkit', 'mail-composer'])
      expect(savedCodeAccepted(`${bundles}${name}.cjs`), name).toBe(true);
  });
});
