import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir } from '../helpers/cli.js';
import { MIGRATIONS as PG_MIGRATIONS } from '../../src/store/pg/migrations.js';
import { PG, PG_MISSING, databaseOf, pgLogbook, pgUrl, psql } from '../helpers/logbooks.js';

// The least-privilege setup of the README, run as written: one role owns the schema and runs
// the migrations, each shop's role may only read and write the rows. Every command works for
// the shop; what only the owner may do is said, not failed.

const NEW = ['new', '--no-input', '--customer', 'Marie Dupont', '--phone', '0612345678', '--description', 'Fuite'];

/** A database as the README sets it up: `plainte_owner` owns it, `caisse_paris` may connect. */
function ownedDatabase(): { database: string; owner: string; shop: string; url: (role: string) => string } {
  const database = databaseOf(pgLogbook());
  const suffix = database.slice(-6);
  const [owner, shop] = [`plainte_owner_${suffix}`, `caisse_paris_${suffix}`];
  psql(database, `CREATE ROLE ${owner} LOGIN; CREATE ROLE ${shop} LOGIN`);
  psql(database, `ALTER DATABASE ${database} OWNER TO ${owner}; ALTER SCHEMA public OWNER TO ${owner}`);
  psql(database, `REVOKE ALL ON DATABASE ${database} FROM PUBLIC; GRANT CONNECT ON DATABASE ${database} TO ${shop}`);
  const url = (role: string) => pgUrl(database).replace(`${PG!.user}@`, `${role}@`);
  return { database, owner, shop, url };
}

/** The rights the README gives a shop's role, on `tables`. */
function grantShop(
  database: string,
  owner: string,
  shop: string,
  tables: string,
  sequences = 'events_id_seq, attachments_id_seq',
): void {
  psql(
    database,
    `SET ROLE ${owner};
     GRANT USAGE ON SCHEMA public TO ${shop};
     GRANT SELECT, INSERT, UPDATE, DELETE ON ${tables} TO ${shop};
     GRANT SELECT ON plainte_logbook TO ${shop};
     GRANT USAGE ON SEQUENCE ${sequences} TO ${shop};`,
  );
}

/** A database set up as the README says: `plainte_owner` owns it, `caisse_paris` writes rows. */
function shopDatabase(): { owner: string; shop: string } {
  const { database, owner, shop, url } = ownedDatabase();
  // The owner's first run creates the schema; then the grants of the README.
  expect(plainte(['doctor'], { db: url(owner) }).status).toBe(0);
  grantShop(
    database,
    owner,
    shop,
    'customers, complaints, events, settings, complaint_words, attachments, attachment_bytes',
  );
  return { owner: url(owner), shop: url(shop) };
}

describe.skipIf(PG === null)(`a shop's role with only the rights the commands need ${PG_MISSING}`, () => {
  it('runs every command of the counter, the owner and cron', () => {
    const { shop } = shopDatabase();
    const ok = (args: string[], env: Record<string, string> = {}) => {
      const run = plainte(args, { db: shop, env });
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      return run;
    };
    ok(NEW);
    ok(['follow-up', '1', '--channel', 'phone', '--note', 'Rappelée', '--callback', 'demain 10h']);
    ok(['transfer', '1', '--to', 'Paul']);
    ok(['close', '1', '--outcome', 'resolved', '--satisfaction', '4']);
    ok(['reopen', '1', '--reason', 'Encore une fuite']);
    ok(['due', '--within', '3']);
    expect(ok(['search', 'fuite']).stdout).toContain('Marie Dupont');
    ok(['report', '--json']);
    ok(['config', 'set', 'operator', 'Léa']);
    ok(['config', 'set', 'operator', '-']);
    ok(['export', '--format', 'json']);
    expect(ok(['doctor']).stdout).toMatch(/Droits\s+lecture et écriture/);
    const forgotten = ok(['forget', 'Marie', '--yes']);
    // Only the owner of the tables may rewrite them (VACUUM FULL): the shop is told so.
    expect(forgotten.stderr).toContain('VACUUM FULL');
    ok(['close', '1', '--outcome', 'resolved', '--satisfaction', '4']);
    const purged = ok(['purge', '--delete', '--yes'], { PLAINTE_NOW: '2031-01-01T00:00:00.000Z' });
    expect(purged.stderr).toContain('1 réclamation supprimée');
  });

  it('cannot change the schema, rewrite the history or read another database', () => {
    const { owner, shop } = shopDatabase();
    expect(plainte(NEW, { db: owner }).status).toBe(0);
    const database = databaseOf(shop);
    const role = /\/\/([^@]+)@/.exec(shop)![1];
    expect(() => psql(database, `SET ROLE ${role}; DROP TABLE events`)).toThrow(/must be owner/);
    expect(() => psql(database, `SET ROLE ${role}; UPDATE events SET kind = 'forged'`)).toThrow(/append-only/);
    expect(() => psql(database, `SET ROLE ${role}; TRUNCATE complaints CASCADE`)).toThrow(/permission denied/);
    expect(() => psql('postgres', `SET ROLE ${role}; SELECT 1`)).not.toThrow();
    const other = databaseOf(pgLogbook());
    expect(plainte(['list'], { db: pgUrl(other).replace(`${PG!.user}@`, `${role}@`) }).status).toBe(1);
  });

  it('keeps working for the shop when the owner brings an older logbook up to date', () => {
    const { database, owner, shop, url } = ownedDatabase();
    // A logbook of the schema before the search index, with the rights the README then gave.
    psql(
      database,
      `SET ROLE ${owner};
       CREATE TABLE plainte_logbook (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
         application text NOT NULL, version integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
       INSERT INTO plainte_logbook (application, version) VALUES ('plainte', 5);
       ${PG_MIGRATIONS.slice(0, 5).join(';\n')};`,
    );
    grantShop(database, owner, shop, 'customers, complaints, events, settings', 'events_id_seq');
    expect(plainte(['doctor'], { db: url(owner) }).status).toBe(0);
    expect(plainte(NEW, { db: url(shop) }).status).toBe(0);
    const added = plainte(['follow-up', '1', '--channel', 'phone', '--note', 'Joint commandé'], { db: url(shop) });
    expect(added.status, added.stderr).toBe(0);
    const found = plainte(['search', 'dupont', 'joint', '--json'], { db: url(shop) });
    expect(found.status, found.stderr).toBe(0);
    expect(JSON.parse(found.stdout).map((hit: { id: number }) => hit.id)).toEqual([1]);
    // The attachments' tables came with the update, and the shop's rights on them.
    const photo = join(tempDir(), 'photo.jpg');
    writeFileSync(photo, 'photo');
    const attached = plainte(['attach', '1', photo], { db: url(shop) });
    expect(attached.status, attached.stderr).toBe(0);
  });
});
