import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, plainte, tempDir } from '../helpers/cli.js';
import { SCHEMA_VERSION } from '../../src/store/pg/migrations.js';
import { PG, PG_MISSING, POSTGRESQL, databaseOf, pgLogbook, psql } from '../helpers/logbooks.js';

// What is particular to a logbook on a PostgreSQL server: reaching it as psql would, its
// password never shown, TLS, its schema's version, backups through pg_dump.

const server = PG!;
const NEW = ['new', '--no-input', '--customer', 'Marie Dupont', '--description', 'Le lave-linge fuit'];

/** A URL over TCP with the password in it. */
function tcpUrl(database: string, params = 'sslmode=disable', password = server.password): string {
  return `postgresql://${server.user}:${encodeURIComponent(password)}@127.0.0.1:${server.port}/${database}?${params}`;
}

function everything(run: { stdout: string; stderr: string }): string {
  return run.stdout + run.stderr;
}

describe.skipIf(PG === null)(`a logbook on a PostgreSQL server ${PG_MISSING}`, () => {
  it('never prints the password: not in doctor, not in errors, not in a URL it repeats', () => {
    const database = databaseOf(pgLogbook());
    const url = tcpUrl(database);
    const outputs = [
      plainte(NEW, { db: url }),
      plainte(['doctor'], { db: url }),
      plainte(['doctor', '--json'], { db: url }),
      plainte(['show', '99'], { db: url }),
      plainte(['list'], { db: tcpUrl(database, 'sslmode=disable', 'faux-mot-de-passe') }),
      plainte(['list'], { db: `${url}&sslmode=bogus` }),
      plainte(['list'], { db: tcpUrl('base_inexistante') }),
    ];
    expect(outputs.map((run) => run.status)).toEqual([0, 0, 0, 1, 1, 1, 1]);
    for (const run of outputs) {
      expect(everything(run)).not.toContain(server.password);
      expect(everything(run)).not.toContain('faux-mot-de-passe');
    }
    expect(outputs[1].stdout).toMatch(/Serveur\s+PostgreSQL \d+/);
    expect(outputs[1].stdout).toContain(`postgresql://${server.user}:***@127.0.0.1`);
    expect(JSON.parse(outputs[2].stdout)).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      problems: 0,
      integrity: ['ok'],
    });
    expect(outputs[4].stderr).toContain('impossible de joindre le cahier');
    expect(outputs[4].stderr).toContain(':***@127.0.0.1');
    expect(outputs[5].stderr).toContain('sslmode « bogus » inconnu');
    expect(outputs[6].stderr).toContain('base_inexistante');
  });

  it('reads the PG* variables and the password file as psql does', () => {
    const database = databaseOf(pgLogbook());
    const env = { PGHOST: '127.0.0.1', PGPORT: String(server.port), PGUSER: server.user, PGDATABASE: database };
    expect(
      plainte(NEW, { db: 'postgres://', env: { ...env, PGPASSWORD: server.password, PGSSLMODE: 'disable' } }).status,
    ).toBe(0);
    const passfile = join(tempDir(), 'pgpass');
    writeFileSync(passfile, `# the shop's server\n127.0.0.1:${server.port}:*:${server.user}:${server.password}\n`);
    chmodSync(passfile, 0o600);
    const run = plainte(['list', '--json'], { db: 'postgresql://', env: { ...env, PGPASSFILE: passfile } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    // A password file others may read is ignored, as libpq does.
    chmodSync(passfile, 0o644);
    expect(plainte(['list'], { db: 'postgresql://', env: { ...env, PGPASSFILE: passfile } }).status).toBe(1);
  });

  it('talks TLS when asked, checks the server against its authority with verify-full, and refuses another', () => {
    const database = databaseOf(pgLogbook());
    const verified = tcpUrl(
      database,
      `sslmode=verify-full&sslrootcert=${encodeURIComponent(server.caFile)}&application_name=tls-test`,
    );
    expect(plainte(NEW, { db: verified }).status).toBe(0);
    // PGSSLMODE does not override the URL's sslmode, as in libpq.
    expect(plainte(['list', '--json'], { db: verified, env: { PGSSLMODE: 'disable' } }).status).toBe(0);
    const connections = readFileSync(server.logFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('application_name=tls-test'));
    expect(connections.length).toBeGreaterThanOrEqual(2);
    for (const line of connections) expect(line).toMatch(/SSL enabled \(protocol=TLS/);
    // sslmode=require encrypts too, PGSSLMODE=require asks the same of a URL without sslmode.
    expect(
      plainte(['list'], { db: tcpUrl(database, 'application_name=tls-require'), env: { PGSSLMODE: 'require' } }).status,
    ).toBe(0);
    expect(readFileSync(server.logFile, 'utf8')).toMatch(/application_name=tls-require SSL enabled/);
    const other = join(tempDir(), 'other-ca.crt');
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(tempDir(), 'k'),
      '-out',
      other,
      '-days',
      '1',
      '-subj',
      '/CN=another CA',
    ]);
    expect(made.status).toBe(0);
    const refused = plainte(['list'], {
      db: tcpUrl(database, `sslmode=verify-full&sslrootcert=${encodeURIComponent(other)}`),
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('impossible de joindre le cahier');
    const noAuthority = plainte(['list'], { db: tcpUrl(database, 'sslmode=verify-full'), env: { HOME: tempDir() } });
    expect(noAuthority.status).toBe(1);
    expect(noAuthority.stderr).toContain('sslrootcert');
  });

  it('refuses a schema from a newer plainte and another program’s tables, changing nothing', () => {
    const newer = pgLogbook();
    expect(plainte(NEW, { db: newer }).status).toBe(0);
    psql(databaseOf(newer), 'UPDATE plainte_logbook SET version = 99');
    const before = POSTGRESQL.fingerprint(newer);
    const run = plainte(['list'], { db: newer });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `vient d’une version plus récente de plainte (schéma 99, ce programme connaît ${SCHEMA_VERSION})`,
    );
    expect(POSTGRESQL.fingerprint(newer)).toBe(before);

    const foreign = pgLogbook();
    psql(databaseOf(foreign), 'CREATE TABLE complaints (x integer)');
    const refused = plainte(NEW, { db: foreign });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('tables d’un autre programme');
    expect(psql(databaseOf(foreign), "SELECT to_regclass('plainte_logbook') IS NULL").trim()).toBe('t');
  });

  it('lets one counter create the schema while the others starting at the same moment wait for it', async () => {
    const url = pgLogbook();
    const runs = await Promise.all(
      Array.from(
        { length: 6 },
        (_, i) =>
          new Promise<number | null>((resolve) => {
            // Each its own customer: the test is about the schema, not about telling customers apart.
            const args =
              i % 2 === 0
                ? ['new', '--no-input', '--customer', `Client ${i}`, '--description', 'x']
                : ['list', '--json'];
            const child = spawn(process.execPath, [BIN, ...args], {
              env: { ...process.env, PLAINTE_DB: url, TZ: 'Europe/Paris' },
              stdio: 'ignore',
            });
            child.on('close', resolve);
          }),
      ),
    );
    expect(runs).toEqual([0, 0, 0, 0, 0, 0]);
    expect(psql(databaseOf(url), 'SELECT version FROM plainte_logbook').trim()).toBe(String(SCHEMA_VERSION));
    expect(psql(databaseOf(url), 'SELECT count(*) FROM complaints').trim()).toBe('3');
  });

  it('backs up with pg_dump and restores the backup in one transaction, keeping what was there', () => {
    const url = pgLogbook();
    expect(plainte(NEW, { db: url }).status).toBe(0);
    const dir = tempDir();
    // A photo kept with the complaint is in the backup too, byte for byte.
    const photo = join(dir, 'photo.jpg');
    writeFileSync(photo, Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    expect(plainte(['attach', '1', photo], { db: url }).status).toBe(0);
    const file = join(dir, 'semaine.dump');
    const backup = plainte(['backup', file], { db: url });
    expect(backup.status).toBe(0);
    expect(backup.stdout.trim()).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(plainte(['backup', file], { db: url }).stderr).toContain('existe déjà');

    expect(plainte([...NEW.slice(0, 3), 'Paul Martin', ...NEW.slice(4)], { db: url }).status).toBe(0);
    expect(plainte(['restore', file], { db: url }).stderr).toContain('--yes');
    const restored = plainte(['restore', file, '--yes'], { db: url });
    expect(restored.status).toBe(0);
    const kept = /gardé dans (.*)\.$/m.exec(restored.stderr)![1];
    expect(existsSync(kept)).toBe(true);
    const listed = JSON.parse(plainte(['list', '--json'], { db: url }).stdout) as { customer: string }[];
    expect(listed.map((c) => c.customer)).toEqual(['Marie Dupont']);
    expect(plainte(['doctor'], { db: url }).status).toBe(0);
    expect(plainte(['attach', '1', '--get', '1', '-o', join(dir, 'rendue.jpg')], { db: url }).status).toBe(0);
    expect(readFileSync(join(dir, 'rendue.jpg')).equals(readFileSync(photo))).toBe(true);

    const notOurs = join(dir, 'autre.dump');
    writeFileSync(notOurs, 'pas une sauvegarde');
    const refused = plainte(['restore', notOurs, '--yes'], { db: url });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('n’est pas une sauvegarde');
  });
});
