import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir } from '../helpers/cli.js';
import { PG, PG_MISSING, SQLITE, pgLogbook } from '../helpers/logbooks.js';

// Several shops on one logbook on a server: each machine says which shop it is (--shop,
// PLAINTE_SHOP, or its own configuration file), its complaints record it, and its lists,
// callbacks, reports and exports are its own, unless it asks for every shop.

const take = (db: string, shop: string, customer: string, extra: string[] = []) =>
  plainte(['new', '--no-input', '--customer', customer, '--description', 'Fuite', ...extra], {
    db,
    env: { PLAINTE_SHOP: shop },
  });

const ids = (run: { stdout: string }) => (JSON.parse(run.stdout) as { id: number }[]).map((c) => c.id).sort();

describe.skipIf(PG === null)(`shops sharing a logbook on a server ${PG_MISSING}`, () => {
  it('gives each shop its own list, callbacks, report and export, and every shop side by side with --shop all', () => {
    const db = pgLogbook();
    expect(take(db, 'Paris', 'Marie', ['--callback', "aujourd'hui 18:00"]).stdout).toBe('1\n');
    expect(take(db, 'Lyon', 'Karim').stdout).toBe('2\n');
    expect(take(db, 'Paris', 'Zoé').stdout).toBe('3\n');
    const paris = { db, env: { PLAINTE_SHOP: 'Paris' } };
    expect(ids(plainte(['list', '--json'], paris))).toEqual([1, 3]);
    expect(ids(plainte(['list', '--json', '--shop', 'Lyon'], { db }))).toEqual([2]);
    expect(ids(plainte(['--shop', 'all', 'list', '--json'], paris))).toEqual([1, 2, 3]);
    expect(ids(plainte(['due', '--json'], paris))).toEqual([1]);
    expect(plainte(['due', '--json'], { db, env: { PLAINTE_SHOP: 'Lyon' } }).stdout).toBe('[]\n');
    const exported = plainte(['export', '--format', 'json'], { db, env: { PLAINTE_SHOP: 'Lyon' } }).stdout;
    expect(exported.split('\n').filter((line) => line.startsWith('{"id"'))).toHaveLength(1);
    expect(JSON.parse(plainte(['report', '--json', '--all'], paris).stdout)).toMatchObject({ received: 2 });

    const all = JSON.parse(plainte(['report', '--json', '--all', '--shop', 'all'], paris).stdout) as {
      received: number;
      shops: { shop: string; report: { received: number } }[];
    };
    expect(all.received).toBe(3);
    expect(all.shops.map(({ shop, report }) => [shop, report.received])).toEqual([
      ['Lyon', 1],
      ['Paris', 2],
    ]);
    const text = plainte(['report', '--all', '--shop', 'all'], { db }).stdout;
    expect(text).toContain('Par magasin');
    expect(text).toMatch(/Reçues\s+│?\s*1\s+│?\s*2\s+│?\s*3/);
    // `show`, `follow-up` and the others act on a complaint by its number, whatever its shop.
    expect(plainte(['show', '2'], paris).status).toBe(0);
  });

  it('reads the shop and the default operator from the machine’s own configuration file', () => {
    const db = pgLogbook();
    const config = tempDir();
    const env = { XDG_CONFIG_HOME: config };
    const saved = plainte(['config', 'set', 'shop', 'Lyon'], { db, env });
    expect(saved.stderr).toContain('pour cette machine');
    // On a server the operator belongs to the counter too, not to the shared logbook.
    expect(plainte(['config', 'set', 'operator', 'Karim'], { db, env }).status).toBe(0);
    expect(readFileSync(join(config, 'plainte', 'config'), 'utf8')).toBe('shop = Lyon\noperator = Karim\n');
    expect(plainte(['config', 'get', 'shop'], { db, env }).stdout).toBe('Lyon\n');
    expect(take(db, '', 'Marie').status).toBe(0);
    const lyon = plainte(['new', '--no-input', '--customer', 'Paul', '--description', 'x'], { db, env });
    expect(lyon.stdout).toBe('2\n');
    expect(ids(plainte(['list', '--json'], { db, env }))).toEqual([2]);
    expect(JSON.parse(plainte(['show', '2', '--json'], { db, env }).stdout)).toMatchObject({ operator: 'Karim' });
    // PLAINTE_SHOP, then --shop, come before the file.
    expect(ids(plainte(['list', '--json'], { db, env: { ...env, PLAINTE_SHOP: 'Paris' } }))).toEqual([]);
    writeFileSync(join(config, 'plainte', 'config'), '# this counter\nshop = Paris\n');
    expect(ids(plainte(['list', '--json', '--shop', 'Lyon'], { db, env }))).toEqual([2]);
  });

  it('keeps a file as the one shop’s logbook: --shop changes nothing there', () => {
    const file = SQLITE.logbook();
    expect(take(file, 'Paris', 'Marie').status).toBe(0);
    expect(take(file, 'Lyon', 'Karim').status).toBe(0);
    expect(ids(plainte(['list', '--json', '--shop', 'Lyon'], { db: file }))).toEqual([1, 2]);
    const all = JSON.parse(plainte(['report', '--json', '--all', '--shop', 'all'], { db: file }).stdout) as object;
    expect(all).toMatchObject({ received: 2 });
    expect(all).not.toHaveProperty('shops');
  });
});
