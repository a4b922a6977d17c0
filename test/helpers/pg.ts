import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findProgram } from '../../src/store/pg/tools.js';

// A real PostgreSQL server for the test run, started from the system's binaries in a
// temporary folder (vitest's globalSetup): one server per run, one database per test
// (test/helpers/logbooks.ts). It listens on a Unix socket in that folder and on a random
// TCP port of 127.0.0.1 with TLS (a certificate authority made here with openssl) and
// passwords, for the tests of those. When the tests run as root, the server runs as an
// unprivileged user, since PostgreSQL refuses to run as root.

export interface PgServer {
  /** The folder of the Unix socket. */
  socketDir: string;
  port: number;
  /** The superuser, trusted on the socket, with `password` over TCP. */
  user: string;
  password: string;
  /** The certificate authority that signed the server's certificate (for `localhost` and 127.0.0.1). */
  caFile: string;
  /** The server's log: connections, with whether they use TLS. */
  logFile: string;
  /** Where the client programs are (psql, createdb, pg_dump, pg_restore), by name. */
  programs: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Null when no PostgreSQL is installed (outside CI, where that is a failure). */
    pg: PgServer | null;
    pgMissing: string;
  }
}

const USER = 'plainte_admin';
const PASSWORD = 'mot-de-passe-de-test-7Qz';

/** Where a PostgreSQL program is: the store's own search (PATH, else /usr/lib/postgresql). */
export const postgresProgram = findProgram;

/** The user the server runs as: ourselves, or an unprivileged one when we are root. */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  throw new Error('The tests run as root and no unprivileged user (postgres, nobody) exists to run PostgreSQL');
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${String(result.stderr) || String(result.error)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A certificate authority and the server's certificate signed by it (elliptic keys: quick to make). */
function certificates(dir: string): { ca: string; cert: string; key: string } {
  const file = (name: string) => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run(
    'openssl',
    ['req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.crt')].concat([
      '-days',
      '2',
      '-subj',
      '/CN=plainte test CA',
    ]),
  );
  run('openssl', ['req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=localhost']);
  writeFileSync(file('san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  run('openssl', [
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.crt'),
    '-days',
    '2',
    '-extfile',
    file('san.ext'),
  ]);
  return { ca: file('ca.crt'), cert: file('server.crt'), key: file('server.key') };
}

export async function startServer(initdb: string, pgCtl: string): Promise<{ server: PgServer; stop: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'plainte-pg-'));
  const owner = serverUser();
  const asOwner: SpawnSyncOptions = owner ? { uid: owner.uid, gid: owner.gid, cwd: root } : { cwd: root };
  const data = join(root, 'data');
  const tls = join(root, 'tls');
  mkdirSync(tls);
  const { ca, cert, key } = certificates(tls);
  writeFileSync(join(root, 'pwfile'), `${PASSWORD}\n`);
  chmodSync(root, 0o755);
  if (owner) for (const path of [root, tls, cert, key, ca, join(root, 'pwfile')]) chownSync(path, owner.uid, owner.gid);
  chmodSync(key, 0o600);
  run(
    initdb,
    [
      '-D',
      data,
      '-U',
      USER,
      '--pwfile',
      join(root, 'pwfile'),
      '-E',
      'UTF8',
      '--locale',
      'C.UTF-8',
      '--auth-local',
      'trust',
      '--auth-host',
      'scram-sha-256',
    ],
    asOwner,
  );
  writeFileSync(
    join(data, 'pg_hba.conf'),
    ['local all all trust', 'host all all 127.0.0.1/32 scram-sha-256', ''].join('\n'),
  );
  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: root,
    ssl: 'on',
    ssl_cert_file: cert,
    ssl_key_file: key,
    // Speed over durability: the server lives as long as the test run.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: '200',
    // Each connection's TLS is written in the log, for the tests of sslmode.
    log_connections: 'on',
  };
  const conf = Object.entries(settings).map(([name, value]) => `${name} = '${value}'`);
  writeFileSync(join(data, 'postgresql.auto.conf'), `${conf.join('\n')}\n`);
  if (owner) {
    chownSync(join(data, 'pg_hba.conf'), owner.uid, owner.gid);
    chownSync(join(data, 'postgresql.auto.conf'), owner.uid, owner.gid);
  }
  run(pgCtl, ['-D', data, '-l', join(root, 'server.log'), '-w', '-t', '60', 'start'], asOwner);
  const stop = () => {
    spawnSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], asOwner);
    rmSync(root, { recursive: true, force: true });
  };
  const programs: Record<string, string> = {};
  for (const name of ['psql', 'createdb', 'pg_dump', 'pg_restore']) {
    const found = postgresProgram(name);
    if (found) programs[name] = found;
  }
  return {
    server: {
      socketDir: root,
      port,
      user: USER,
      password: PASSWORD,
      caFile: ca,
      logFile: join(root, 'server.log'),
      programs,
    },
    stop,
  };
}

/** vitest's globalSetup: the server for the whole run. In CI a missing PostgreSQL fails the
 * run; elsewhere the PostgreSQL tests are skipped, saying why. */
export default async function setup(project: TestProject): Promise<() => void> {
  const initdb = postgresProgram('initdb');
  const pgCtl = postgresProgram('pg_ctl');
  if (initdb === null || pgCtl === null) {
    const why = 'PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql/*/bin)';
    if (process.env.CI === 'true') throw new Error(`${why}: CI must test the PostgreSQL store`);
    project.provide('pg', null);
    project.provide('pgMissing', why);
    return () => undefined;
  }
  const { server, stop } = await startServer(initdb, pgCtl);
  project.provide('pg', server);
  project.provide('pgMissing', '');
  return stop;
}
