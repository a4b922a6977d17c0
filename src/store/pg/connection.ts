import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import pg from 'pg';
import { systemCode, systemProblem, UserError } from '../../errors.js';
import { SESSION_OPTIONS, takeOver, type EarlyConnection } from './early.js';
import { passwordFromFile } from './passfile.js';
import { displayUrl, scrub, type PgSettings } from './url.js';

// One connection to the server per command, with the session set as the store expects
// (early.ts, SESSION_OPTIONS).

const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;
const JSON_TEXT = 114;

/** An instant as the server writes it in UTC ("2026-11-23 10:00:00.5+00"), as the domain
 * stores it: ISO 8601 with milliseconds, what Date.toISOString gives. */
export function isoInstant(text: string): string {
  const dot = text.indexOf('.', 19);
  const end = text.indexOf('+', 19);
  if (end < 0 || text.slice(end) !== '+00') return new Date(text).toISOString();
  const fraction = dot > 0 ? text.slice(dot + 1, end) : '';
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.padEnd(3, '0').slice(0, 3)}Z`;
}

const parsers: Record<number, (text: string) => unknown> = {
  [TIMESTAMPTZ]: isoInstant,
  // Counts and ids, all far below 2^53.
  [INT8]: Number,
  [NUMERIC]: Number,
  // JSON columns hold the text the domain wrote: read back as is, parsed where needed.
  [JSON_TEXT]: (text) => text,
};

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    parsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** The TLS options of a sslmode, as libpq applies them: `require` encrypts without checking
 * who answers (unless a root certificate is given, then as `verify-ca`); `verify-ca` checks
 * the certificate against the root certificate; `verify-full` checks the host name too. */
function tlsOptions(settings: PgSettings): ConnectionOptions {
  const read = (path: string | null) => (path ? readFileSync(path) : undefined);
  const clientCert =
    settings.sslcert && settings.sslkey ? { cert: read(settings.sslcert), key: read(settings.sslkey) } : {};
  const mode = settings.sslmode === 'require' && settings.sslrootcert ? 'verify-ca' : settings.sslmode;
  if (mode !== 'verify-ca' && mode !== 'verify-full') return { rejectUnauthorized: false, ...clientCert };
  if (!settings.sslrootcert) throw new UserError('store.pg.noRootCert', { mode });
  const ca = settings.sslrootcert === 'system' ? undefined : read(settings.sslrootcert);
  return {
    rejectUnauthorized: true,
    ...(ca ? { ca } : {}),
    servername: settings.host,
    ...(mode === 'verify-ca' ? { checkServerIdentity: () => undefined } : {}),
    ...clientCert,
  };
}

function client(settings: PgSettings, tls: boolean, early: EarlyConnection | null): pg.Client {
  const made = new pg.Client({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    // Asked only when the server wants one: the URL's, PGPASSWORD, else the password file.
    password: async () => {
      const password = settings.password ?? passwordFromFile(settings);
      // libpq's own words for it.
      if (!password) throw new Error('fe_sendauth: no password supplied');
      return password;
    },
    ssl: tls ? tlsOptions(settings) : false,
    application_name: settings.applicationName,
    connectionTimeoutMillis: settings.connectTimeout * 1000,
    options: SESSION_OPTIONS,
    types,
    ...(early ? { stream: () => takeOver(early) } : {}),
  });
  // The early connection's startup message is on its way already (the same parameters).
  if (early) Object.assign(made.connection, { startup: () => undefined });
  return made;
}

const NO_TLS = 'The server does not support SSL connections';

/** Connects as libpq would: TLS by sslmode (never over a Unix socket), `prefer` falling back
 * to a plain connection when the server has no TLS. A failure is one UserError naming the
 * URL without its password. */
export async function connect(url: string, settings: PgSettings, early: EarlyConnection | null): Promise<pg.Client> {
  const local = settings.host.startsWith('/');
  const tls = !local && !['disable', 'allow'].includes(settings.sslmode);
  const attempt = async (withTls: boolean) => {
    // The early connection is to a Unix socket, never with TLS (early.ts).
    const connection = client(settings, withTls, withTls ? null : early);
    try {
      await connection.connect();
      return connection;
    } catch (error) {
      // A failed connection may still hold its socket, which would keep the process alive.
      await connection.end().catch(() => undefined);
      throw error;
    }
  };
  try {
    try {
      return await attempt(tls);
    } catch (error) {
      if (!(tls && settings.sslmode === 'prefer' && (error as Error).message === NO_TLS)) throw error;
      return await attempt(false);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    // Node's own words for a refused or lost connection are said in the user's.
    const said = systemCode(error) === null ? undefined : systemProblem(error);
    const detail =
      said ??
      scrub(error instanceof Error ? error.message : String(error), [settings.password, passwordFromFile(settings)]);
    throw new UserError('store.pg.cannotConnect', { url: displayUrl(url), detail });
  }
}

/** Ends the session once every query is answered: the Terminate message written and this
 * side of the socket shut, without waiting for the server to shut its own (its backend's
 * exit, some 5 ms on a local server, which the process need not wait for to end). */
export function disconnect(client: pg.Client): Promise<void> {
  const { stream } = client.connection;
  const ended = client.end();
  if (!(stream instanceof Socket)) return ended;
  stream.unref();
  if (stream.writableFinished || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('finish', resolve);
    stream.once('close', resolve);
  });
}
