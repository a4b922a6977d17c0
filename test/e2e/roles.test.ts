import { describe, expect, it } from 'vitest';
import { plainte } from '../helpers/cli.js';
import { PG, PG_MISSING, databaseOf, pgLogbook, pgUrl, psql } from '../helpers/logbooks.js';

// The least-privilege setup of the README, run as written: one role owns the schema and runs
// the migrations, each shop's role may only read and write the rows. Every command works for
// the shop; what only the owner may do is said, not failed.

const NEW = ['new', '--no-input', '--customer', 'Marie Dupont', '--phone', '0612345678', '--description', 'Fuite'];

/** A database set up as the README says: `plainte_owner` owns it, `caisse_paris` writes rows. */
function shopDatabase(): { owner: string; shop: string } {
  const database = databaseOf(pgLogbook());
  const suffix = database.slice(-6);
  const [owner, shop] = [`plainte_owner_${suffix}`, `caisse_paris_${suffix}`];
  psql(database, `CREATE ROLE ${owner} LOGIN; CREATE ROLE ${shop} LOGIN`);
  psql(database, `ALTER DATABASE ${database} OWNER TO ${owner}; ALTER SCHEMA public OWNER TO ${owner}`);
  psql(database, `REVOKE ALL ON DATABASE ${database} FROM PUBLIC; GRANT CONNECT ON DATABASE ${database} TO ${shop}`);
  const url = (role: string) => pgUrl(database).replace(`${PG!.user}@`, `${role}@`);
  // The owner's first run creates the schema; then the grants of the README.
  expect(plainte(['doctor'], { db: url(owner) }).status).toBe(0);
  psql(
    database,
    `SET ROLE ${owner};
     GRANT USAGE ON SCHEMA public TO ${shop};
     GRANT SELECT, INSERT, UPDATE, DELETE ON customers, complaints, events, settings TO ${shop};
     GRANT SELECT ON plainte_logbook TO ${shop};
     GRANT USAGE ON SEQUENCE events_id_seq TO ${shop};`,
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
});
