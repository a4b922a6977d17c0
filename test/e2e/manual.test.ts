import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARATIONS } from '../../src/declarations.js';
import type { Declaration } from '../../src/options/declare.js';
import { COMMANDS } from '../../src/route.js';
import { BIN, plainte } from '../helpers/cli.js';

// The manual pages the build makes from the program the help is made from (README,
// "Manual"), read as `man` shows them, and `plainte help <command>`.

const MAN = join(BIN, '..', '..', 'dist', 'man');

function rendered(page: string): string {
  const run = spawnSync('man', ['-l', '-P', 'cat', join(MAN, page)], {
    env: { PATH: process.env.PATH, MANWIDTH: '100', LANG: 'C.UTF-8' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
}

/** The long flags a command's help lists. */
function flagsOf(name: (typeof COMMANDS)[number]): string[] {
  const declaration: Declaration = DECLARATIONS[name];
  return [...declaration.options, ...(declaration.subcommands ?? []).flatMap((sub) => sub.options)]
    .filter((option) => !option.hidden)
    .map((option) => /--[\w-]+/.exec(option.flags)![0]);
}

describe('the manual pages', () => {
  it('show every command with its French name, arguments and options, in French by default', () => {
    const page = rendered('plainte.1');
    for (const title of ['NOM', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDES', 'OPTIONS GÉNÉRALES', 'ENVIRONNEMENT'])
      expect(page).toMatch(new RegExp(`^${title}$`, 'm'));
    for (const title of ['FICHIERS', 'CODES DE SORTIE', 'EXEMPLES', 'VOIR AUSSI'])
      expect(page).toMatch(new RegExp(`^${title}$`, 'm'));
    expect(page).toContain('plainte due|rappels [options]');
    expect(page).toContain('plainte show|voir [options] <n°>');
    expect(page).toContain('plainte config set [options] <clé> <valeur>');
    for (const name of COMMANDS) {
      const section = page.slice(page.indexOf(`plainte ${name}`));
      expect(section.length, name).toBeLessThan(page.length);
      for (const flag of flagsOf(name)) expect(section, `${name} ${flag}`).toContain(flag);
    }
    for (const variable of ['PLAINTE_DB', 'PLAINTE_LANG', 'LC_MESSAGES', 'PLAINTE_PAGER', 'NO_COLOR', 'FORCE_COLOR'])
      expect(page).toContain(variable);
    for (const english of ['Usage:', '(default:', '[command]', '<path>', 'Arguments:'])
      expect(page).not.toContain(english);
    expect(page).toContain('man plainte-en');
  });

  it('has an English page too, and both are read by roff without a warning', () => {
    const page = rendered('plainte-en.1');
    for (const title of ['NAME', 'COMMANDS', 'GLOBAL OPTIONS', 'ENVIRONMENT', 'EXIT STATUS'])
      expect(page).toMatch(new RegExp(`^${title}$`, 'm'));
    expect(page).toContain('plainte show|voir [options] <id>');
    for (const file of ['plainte.1', 'plainte-en.1']) {
      const check = spawnSync('groff', ['-man', '-ww', '-z', join(MAN, file)], { encoding: 'utf8' });
      expect(check, file).toMatchObject({ status: 0, stderr: '' });
    }
  });
});

describe('plainte help <command>', () => {
  it('prints the command’s help, as --help does, and exits 0', () => {
    const help = plainte(['help', 'rappels']);
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toBe(plainte(['due', '--help']).stdout);
    expect(plainte(['help'])).toMatchObject({ status: 0, stdout: plainte(['--help']).stdout });
    expect(plainte(['config', 'help', 'set']).stdout).toBe(plainte(['config', 'set', '--help']).stdout);
    const set = plainte(['help', 'config', 'set']);
    expect(set).toMatchObject({ status: 0, stdout: plainte(['config', 'set', '--help']).stdout });
    expect(set.stdout).toContain('Utilisation : plainte config set [options] <clé> <valeur>');
  });

  it('refuses a command that does not exist as a usage error', () => {
    const run = plainte(['help', 'nimportequoi']);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toBe('plainte : commande inconnue « nimportequoi ». Voir « plainte --help ».\n');
  });
});
