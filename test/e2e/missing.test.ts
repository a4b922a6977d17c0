import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, plainte, tempDir } from '../helpers/cli.js';

// Only the commands that write create a logbook; any other command given a path where there
// is none says so and leaves the disk as it was, so that a cron job with a typo in --db
// fails loudly instead of reading an empty logbook it has just made.

const READERS: string[][] = [
  ['due'],
  ['due', '--json'],
  ['list'],
  ['show', '1'],
  ['report'],
  ['customer', 'Dupont'],
  ['export', '--format', 'json'],
  ['doctor'],
  ['config', 'get', 'operator'],
  ['config', 'list'],
  ['backup'],
  ['follow-up', '1', '--note', 'rappelée', '--no-input'],
  ['close', '1', '--outcome', 'resolved', '--satisfaction', '4'],
  ['forget', 'Dupont', '--yes'],
  ['purge', '--yes'],
];

describe('a command given a logbook that does not exist', () => {
  it('exits 1 naming the path, and creates neither the file nor its folders', () => {
    const root = tempDir();
    const db = join(root, 'srv', 'typo', 'plainte.db');
    for (const args of READERS) {
      const run = plainte(args, { db });
      expect({ args, status: run.status, stdout: run.stdout }).toEqual({ args, status: 1, stdout: '' });
      expect(run.stderr).toContain(`aucun cahier ici : ${db} (créé par \`plainte new\`, ou donnez --db)`);
    }
    expect(readdirSync(root)).toEqual([]);
  });

  it('says so in English too', () => {
    const db = join(tempDir(), 'plainte.db');
    const run = plainte(['due'], { db, env: { PLAINTE_LANG: 'en' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no logbook here: ${db}`);
  });

  it('fails under cron’s bare environment with a typo in --db, instead of printing nothing', () => {
    const db = join(tempDir(), 'srv', 'typo', 'plainte.db');
    const run = spawnSync('/usr/bin/env', ['-i', 'PATH=/usr/bin:/bin', process.execPath, BIN, 'due', '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('aucun cahier ici');
    expect(existsSync(join(db, '..'))).toBe(false);
  });

  it('is an error for due without HOME, --db or PLAINTE_DB: no guess at a home folder', () => {
    const run = spawnSync('/usr/bin/env', ['-i', 'PATH=/usr/bin:/bin', process.execPath, BIN, 'due'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('ni --db, ni PLAINTE_DB, ni HOME');
  });

  it('is created by the commands that write: new, import, config set', () => {
    const made = (args: string[], prepare?: (dir: string) => string[]) => {
      const dir = tempDir();
      const db = join(dir, 'shop', 'plainte.db');
      const run = plainte([...args, ...(prepare ? prepare(dir) : [])], { db });
      expect({ args, status: run.status, stderr: run.stderr }).toMatchObject({ args, status: 0 });
      return existsSync(db);
    };
    expect(made(['new', '--no-input', '--customer', 'Marie Dupont', '--description', 'Le lave-linge fuit'])).toBe(true);
    expect(made(['config', 'set', 'shop.name', 'Quincaillerie Martin'])).toBe(true);
    expect(
      made(['import'], (dir) => {
        const file = join(dir, 'cahier.csv');
        writeFileSync(file, 'date;client;motif\n23/11/2026;Marie Dupont;Le lave-linge fuit\n');
        return [file];
      }),
    ).toBe(true);
  });

  it('is not looked for when an option’s value is a usage error: that error comes first, exit 2', () => {
    const root = tempDir();
    const db = join(root, 'srv', 'typo', 'plainte.db');
    const refused: [string[], string][] = [
      [['list', '--status', 'nope'], '--status : « nope » n’est pas une valeur possible.'],
      [['liste', '--status', 'ouverte,nope'], '--status : « nope » n’est pas une valeur possible.'],
      [['due', '--within', '0'], '--within attend un nombre entier positif, pas « 0 ».'],
      [['search', 'x', '--limit', 'dix'], '--limit attend un nombre entier positif, pas « dix ».'],
      [['follow-up', '1', '--channel', 'pigeon'], '--channel : « pigeon » n’est pas une valeur possible.'],
      [['export', '--status', 'nope'], '--status : « nope » n’est pas une valeur possible.'],
      // The commands that write would create the logbook: the refusal comes before.
      [['new', '--no-input', '--customer', 'A', '--description', 'B', '--mood', 'ravi'], '--mood : « ravi »'],
      [
        ['new', '--no-input', '--customer', 'A', '--description', 'B', '--satisfaction', '9'],
        '« 9 » n’est pas une note',
      ],
    ];
    for (const [args, message] of refused) {
      const run = plainte(args, { db });
      expect({ args, status: run.status, stdout: run.stdout }).toEqual({ args, status: 2, stdout: '' });
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('aucun cahier');
    }
    expect(readdirSync(root)).toEqual([]);
    // The values a list takes are still read in words, and in English.
    expect(plainte(['list', '--status', 'Rappel prévu,open'], { db }).stderr).toContain('aucun cahier ici');
    const english = plainte(['list', '--status', 'nope', '--lang', 'en'], { db });
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('--status: “nope” is not a possible value. Possible: draft, open,');
  });

  it('is not looked for when a date option cannot be read: the date is named first, exit 1', () => {
    const root = tempDir();
    const db = join(root, 'srv', 'typo', 'plainte.db');
    for (const args of [
      ['list', '--since', 'nope'],
      ['report', '--until', 'nope'],
      ['export', '--format', 'csv', '--since', 'nope'],
    ]) {
      const run = plainte(args, { db });
      expect({ args, status: run.status, stdout: run.stdout }).toEqual({ args, status: 1, stdout: '' });
      expect(run.stderr).toContain('date non reconnue « nope »');
      expect(run.stderr).not.toContain('aucun cahier');
    }
    expect(readdirSync(root)).toEqual([]);
    // A date that is read still leads to the missing logbook.
    expect(plainte(['list', '--since', 'hier'], { db }).stderr).toContain('aucun cahier ici');
  });
});
