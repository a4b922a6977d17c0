import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir } from '../helpers/cli.js';

// Every command's bundle loads the stores from files of their own (scripts/bundle.js,
// STORES): the SQLite store is in dist/bundle/sqlite.cjs once, not copied into each command
// (README, "Install"). The store takes the errors and messages of the command that loads it,
// so that what it refuses is told as any other error of that command.

const bundles = fileURLToPath(new URL('../../dist/bundle/', import.meta.url));

describe('the bundles', () => {
  it('hold the SQLite store once, in sqlite.cjs, and no copy of it in any command', () => {
    // The logbook's first table, as the store's migrations create it.
    const store = 'CREATE TABLE complaints (';
    expect(readFileSync(join(bundles, 'sqlite.cjs'), 'utf8')).toContain(store);
    const commands = readdirSync(join(bundles, 'commands')).filter((name) => name.endsWith('.cjs'));
    expect(commands.length).toBeGreaterThan(20);
    for (const name of commands)
      expect(readFileSync(join(bundles, 'commands', name), 'utf8'), name).not.toContain(store);
  });

  it('tell what the SQLite store refuses as the command’s own error, in the run’s language', () => {
    const notLogbook = join(tempDir(), 'notes.db');
    writeFileSync(notLogbook, 'pas une base\n');
    const english = plainte(['list', '--lang', 'en'], { db: notLogbook });
    expect(english).toMatchObject({ status: 1, stdout: '' });
    expect(english.stderr).toBe(
      `plainte: ${notLogbook} is not a plainte logbook (it is not an SQLite file). It was not changed; ` +
        'check --db or PLAINTE_DB.\n',
    );
    const french = plainte(['rappels'], { db: notLogbook });
    expect(french.status).toBe(1);
    expect(french.stderr).toMatch(/^plainte : .* n’est pas un cahier plainte/);
    expect(readFileSync(notLogbook, 'utf8')).toBe('pas une base\n');
  });

  it('tell a server that cannot be reached, from the PostgreSQL store, as the command’s own error', () => {
    const run = plainte(['list', '--lang', 'en', '--db', 'postgresql:///plainte?host=/nonexistent']);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(/^plainte: cannot reach the logbook postgresql:\/\/\/plainte\?host=\/nonexistent: /);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
