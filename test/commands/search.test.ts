import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyLogbook, tempDir, tempLogbook } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { seedLogbook } from '../transfer/seed.js';

// plainte search and list --search: a past case found in a second by any of its words.

/** Two complaints taken through the commands, as at the counter. */
async function shopLogbook(db: string): Promise<void> {
  for (const args of [
    [
      ...['new', '--no-input', '--customer', 'Hélène Lefèvre', '--phone', '06 12 34 56 78'],
      ...['--product', 'Cafetière Expresso', '--order', 'CMD-2041'],
      ...['--description', 'La cafetière fuit par le dessous depuis la livraison, elle inonde le plan de travail'],
    ],
    ['follow-up', '1', '--channel', 'phone', '--note', 'Joint commandé chez Krups', '--no-input'],
    ['new', '--no-input', '--customer', 'Marc Durand', '--product', 'Tondeuse', '--description', 'Ne démarre plus'],
  ])
    expect((await runIn(args, { db })).status, args.join(' ')).toBe(0);
}

describe.each(BACKENDS)('plainte search ($name)', (backend) => {
  it('finds a complaint by its words, says where they were found, and gives it as JSON', async () => {
    const db = backend.logbook();
    await shopLogbook(db);
    const run = await runIn(['search', 'cafetières', 'fuite'], { db });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      '#1   23 nov. 2026, 11:00 · ouverte · Hélène Lefèvre · Cafetière Expresso\n' +
        '     La cafetière fuit par le dessous depuis la livraison, elle inonde le plan de travail\n',
    );
    expect(run.stderr).toBe('');
    const json = JSON.parse((await runIn(['chercher', 'krups', '--json'], { db })).stdout);
    expect(json).toEqual([
      expect.objectContaining({
        id: 1,
        customer: 'Hélène Lefèvre',
        status: 'open',
        excerpt: 'Joint commandé chez Krups',
      }),
    ]);
    expect(json[0]).not.toHaveProperty('texts');
  });

  it('filters the list by its words, and says when nothing holds them', async () => {
    const db = backend.logbook();
    await shopLogbook(db);
    const list = await runIn(['list', '--search', 'démarre', '--json'], { db });
    expect(JSON.parse(list.stdout).map((c: { id: number }) => c.id)).toEqual([2]);
    const none = await runIn(['search', 'Zorblax'], { db });
    expect(none).toEqual({ status: 0, stdout: '', stderr: 'Aucune réclamation ne contient « Zorblax ».\n' });
    const some = await runIn(['search', 'Lefèvre', '--limit', '1'], { db });
    expect(some.stderr).toBe('1 trouvées, les plus proches d’abord ; --limit pour en voir davantage.\n');
  });
  it('finds what an import brought, into an empty logbook as into one in use', async () => {
    const db = backend.logbook();
    await shopLogbook(db);
    const file = join(tempDir(), 'logbook.json');
    expect((await runIn(['export', '--format', 'json', '-o', file], { db })).status).toBe(0);
    for (const target of [backend.emptyLogbook(), db]) {
      const imported = await runIn(['import', file, ...(target === db ? ['--update'] : [])], { db: target });
      expect(imported.status, imported.stderr).toBe(0);
      const ids = async (words: string) =>
        JSON.parse((await runIn(['search', words, '--json'], { db: target })).stdout).map(
          (hit: { id: number }) => hit.id,
        );
      expect(await ids('krups cafetieres')).toEqual([1]);
      // The index is kept in step after the import as before it.
      const added = await runIn(['follow-up', '2', '--channel', 'phone', '--note', 'Bougie changée'], { db: target });
      expect(added.status, added.stderr).toBe(0);
      expect(await ids('bougie')).toEqual([2]);
    }
    // A product corrected in the file, applied with --update: found by its new name only.
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    exported.complaints[1].product = 'Débroussailleuse';
    writeFileSync(file, JSON.stringify(exported));
    const updated = await runIn(['import', file, '--update'], { db });
    expect(updated.status, updated.stderr).toBe(0);
    const found = async (words: string) => JSON.parse((await runIn(['search', words, '--json'], { db })).stdout);
    expect((await found('debroussailleuse')).map((hit: { id: number }) => hit.id)).toEqual([2]);
    expect(await found('tondeuse')).toEqual([]);
  });

  it('finds the complaints an import adds to a logbook that has others, by their texts and their history', async () => {
    const source = backend.logbook();
    await seedLogbook(source);
    const file = join(tempDir(), 'logbook.json');
    expect((await runIn(['export', '--format', 'json', '-o', file], { db: source })).status).toBe(0);
    const db = backend.logbook();
    const before = await runIn(['import', fileURLToPath(new URL('../fixtures/import/cahier.csv', import.meta.url))], {
      db,
    });
    expect(before.status, before.stderr).toBe(0);
    const imported = await runIn(['import', file], { db });
    expect(imported.status, imported.stderr).toBe(0);
    const ids = async (words: string) =>
      JSON.parse((await runIn(['search', words, '--json'], { db })).stdout).map((hit: { id: number }) => hit.id);
    // The file's complaints were given the next free ids, after the hand-kept ones (1 to 3).
    expect(await ids('perceuse')).toEqual([4]);
    expect(await ids('mention')).toEqual([4]);
    expect(await ids('lave-linge')).toEqual([1]);
  });
});

describe('plainte search, refused', () => {
  it('needs a word to search for, and a logbook', async () => {
    const db = emptyLogbook();
    for (const args of [
      ['search', 'de', 'la'],
      ['search', "l'"],
      ['list', '--search', '…'],
    ]) {
      const run = await runIn(args, { db });
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/que faut-il chercher \? « .* » ne contient aucun mot à chercher/);
    }
    const missing = await runIn(['search', 'cafetière'], { db: tempLogbook() });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('aucun cahier ici');
    expect((await runIn(['search'], { db })).status).toBe(2);
  });
});
