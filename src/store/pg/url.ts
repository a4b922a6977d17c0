import { existsSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../errors.js';

// A postgres:// or postgresql:// URL read as libpq reads it (what psql users expect): each
// setting from the URL, else from its PG* variable, else libpq's default. The password is
// kept out of everything printed: see `displayUrl` and `scrub`.

export type SslMode = 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
const SSL_MODES: readonly SslMode[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

export interface PgSettings {
  /** A host name or address, or the folder of a Unix socket (starts with /). */
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  passfile: string;
  sslmode: SslMode;
  sslrootcert: string | null;
  sslcert: string | null;
  sslkey: string | null;
  applicationName: string;
  /** Seconds; 0 waits as long as the system does. */
  connectTimeout: number;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

const ENV: Record<string, string> = {
  host: 'PGHOST',
  port: 'PGPORT',
  dbname: 'PGDATABASE',
  user: 'PGUSER',
  password: 'PGPASSWORD',
  passfile: 'PGPASSFILE',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  application_name: 'PGAPPNAME',
  connect_timeout: 'PGCONNECT_TIMEOUT',
};

function decode(text: string, url: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new UserError('store.pg.badUrl', { url: displayUrl(url) });
  }
}

/** The parts of `postgresql://[user[:password]@][host][:port][/dbname][?param=value&...]`. */
function uriParts(url: string): Record<string, string> {
  const match = /^postgres(?:ql)?:\/\/([^/?#]*)(?:\/([^?#]*))?(?:\?([^#]*))?$/i.exec(url);
  if (!match) throw new UserError('store.pg.badUrl', { url: displayUrl(url) });
  const [, authority, path, query] = match;
  const parts: Record<string, string> = {};
  const at = authority.lastIndexOf('@');
  const userInfoPart = at >= 0 ? authority.slice(0, at) : '';
  const hostPart = at >= 0 ? authority.slice(at + 1) : authority;
  if (userInfoPart) {
    const colon = userInfoPart.indexOf(':');
    parts.user = decode(colon >= 0 ? userInfoPart.slice(0, colon) : userInfoPart, url);
    if (colon >= 0) parts.password = decode(userInfoPart.slice(colon + 1), url);
  }
  if (hostPart) {
    // [::1]:5432, host:5432, host, or a socket folder written %2Fvar%2Frun%2Fpostgresql.
    const bracket = /^\[([^\]]+)\](?::(\d*))?$/.exec(hostPart);
    const plain = /^([^:]*)(?::(\d*))?$/.exec(hostPart);
    const [host, port] = bracket ? [bracket[1], bracket[2]] : plain ? [plain[1], plain[2]] : [null, null];
    if (host === null) throw new UserError('store.pg.badUrl', { url: displayUrl(url) });
    if (host) parts.host = decode(host, url);
    if (port) parts.port = port;
  }
  if (path) parts.dbname = decode(path, url);
  for (const pair of (query ?? '').split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const name = decode(equals >= 0 ? pair.slice(0, equals) : pair, url);
    parts[name] = decode(equals >= 0 ? pair.slice(equals + 1).replaceAll('+', ' ') : '', url);
  }
  return parts;
}

/** Where libpq looks for the server when no host is given: Debian's socket folder, else /tmp's. */
function defaultHost(): string {
  for (const dir of ['/var/run/postgresql', '/tmp']) if (existsSync(join(dir, '.s.PGSQL.5432'))) return dir;
  return 'localhost';
}

function osUser(env: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER || env.LOGNAME || 'postgres';
  }
}

/** The connection settings of `url`, completed from the environment as libpq does. */
export function pgSettings(url: string, env: NodeJS.ProcessEnv): PgSettings {
  const parts = uriParts(url);
  const get = (name: string): string | undefined => {
    const value = parts[name] ?? env[ENV[name]];
    return value === undefined || value === '' ? undefined : value;
  };
  const home = env.HOME || homedir();
  const sslmode = (get('sslmode') ?? 'prefer') as SslMode;
  if (!SSL_MODES.includes(sslmode)) throw new UserError('store.pg.badSslMode', { mode: sslmode });
  const port = Number(get('port') ?? 5432);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UserError('store.pg.badUrl', { url: displayUrl(url) });
  const user = get('user') ?? osUser(env);
  const inHome = (file: string) => join(home, '.postgresql', file);
  return {
    host: get('host') ?? defaultHost(),
    port,
    database: get('dbname') ?? user,
    user,
    password: get('password') ?? null,
    passfile: get('passfile') ?? join(home, '.pgpass'),
    sslmode,
    sslrootcert: get('sslrootcert') ?? (existsSync(inHome('root.crt')) ? inHome('root.crt') : null),
    sslcert: get('sslcert') ?? (existsSync(inHome('postgresql.crt')) ? inHome('postgresql.crt') : null),
    sslkey: get('sslkey') ?? (existsSync(inHome('postgresql.key')) ? inHome('postgresql.key') : null),
    applicationName: get('application_name') ?? 'plainte',
    connectTimeout: Number(get('connect_timeout') ?? 10) || 0,
  };
}

/** The URL as it may be printed: the password, in the user part or as a parameter, replaced. */
export function displayUrl(url: string): string {
  return url
    .replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*:)[^@/?#]*@/i, '$1***@')
    .replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/** A message (from the driver, the server or the system) with any password in it replaced. */
export function scrub(message: string, passwords: readonly (string | null | undefined)[]): string {
  let clean = message;
  for (const password of passwords) {
    if (password) clean = clean.split(password).join('***');
  }
  return clean.replace(/postgres(?:ql)?:\/\/\S+/gi, (found) => displayUrl(found));
}
