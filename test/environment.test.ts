import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// README's "Environment" is one table of every variable plainte reads: each one the code
// reads is in it, and the manual page lists the same.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Set by plainte for the SQLite driver, never asked of the user. */
const SET_FOR_THE_DRIVER = ['SQLITE_USE_URI'];
/** Read by Node and SQLite themselves, not by plainte's code. */
const READ_BY_NODE = ['TZ'];

/** The code's files; the messages, which name the variables, are not code. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.(ts|js)$/.test(entry.name) ? [path] : [];
  });
}

function readByCode(): Set<string> {
  const names = new Set<string>();
  for (const file of [...sources(join(ROOT, 'src')), join(ROOT, 'bin', 'plainte.js')])
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)) names.add(name);
  // The PostgreSQL store reads libpq's variables by the names of its table.
  const url = readFileSync(join(ROOT, 'src', 'store', 'pg', 'url.ts'), 'utf8');
  for (const [, name] of url.matchAll(/'(PG[A-Z_]+)'/g)) names.add(name);
  for (const name of SET_FOR_THE_DRIVER) names.delete(name);
  return names;
}

function inReadmeTable(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Environment\n'), readme.indexOf('\n## Install\n'));
  const names = new Set<string>();
  for (const line of section.split('\n').filter((row) => row.startsWith('| `'))) {
    const firstCell = line.split('|')[1];
    for (const [, name] of firstCell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.add(name);
  }
  return names;
}

describe('the environment', () => {
  it('is one table in the README that names every variable the code reads, and no other', () => {
    const table = inReadmeTable();
    expect([...readByCode()].filter((name) => !table.has(name))).toEqual([]);
    const read = new Set([...readByCode(), ...READ_BY_NODE]);
    expect([...table].filter((name) => !read.has(name))).toEqual([]);
  });

  it('is listed the same in the manual pages', () => {
    for (const page of ['plainte.1', 'plainte-en.1']) {
      const text = readFileSync(join(ROOT, 'dist', 'man', page), 'utf8').replaceAll('\\-', '-');
      const section = text.slice(text.indexOf('.SH "ENVIRON'), text.indexOf('.SH "', text.indexOf('.SH "ENVIRON') + 4));
      for (const name of inReadmeTable()) expect(section, `${page} ${name}`).toContain(name);
    }
  });
});
