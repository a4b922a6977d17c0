import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { passwordFromFile } from './passfile.js';
import { scrub, type PgSettings } from './url.js';

// PostgreSQL's own programs (pg_dump, pg_restore), run with the connection of the store. The
// settings go to them as libpq variables, never on the command line, where other users of
// the machine could read the password (ps). node:child_process is loaded by the command that
// runs one, not by every command on a server.

/** The program on PATH, else in Debian's /usr/lib/postgresql/<version>/bin (the newest). */
export function findProgram(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', name)))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin', name) : null;
}

function libpqEnvironment(settings: PgSettings): NodeJS.ProcessEnv {
  const password = settings.password ?? passwordFromFile(settings);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: settings.host,
    PGPORT: String(settings.port),
    PGDATABASE: settings.database,
    PGUSER: settings.user,
    PGSSLMODE: settings.sslmode,
    PGAPPNAME: settings.applicationName,
    PGCONNECT_TIMEOUT: String(settings.connectTimeout),
  };
  if (password !== null) env.PGPASSWORD = password;
  for (const [name, value] of [
    ['PGSSLROOTCERT', settings.sslrootcert],
    ['PGSSLCERT', settings.sslcert],
    ['PGSSLKEY', settings.sslkey],
  ] as const) {
    if (value) env[name] = value;
  }
  return env;
}

/** Runs `program` with `args`; refuses with `message` when it fails, its errors (scrubbed of
 * the password) as the detail. */
export async function runTool(
  program: string,
  args: readonly string[],
  settings: PgSettings,
  fail: (detail: string) => UserError,
): Promise<string> {
  const { spawn } = await import('node:child_process');
  const child = spawn(program, args, { env: libpqEnvironment(settings), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    const detail = scrub(err.trim().split('\n').slice(0, 3).join(' '), [settings.password, passwordFromFile(settings)]);
    throw fail(detail);
  }
  return out;
}

export function requireProgram(name: 'pg_dump' | 'pg_restore'): string {
  const found = findProgram(name);
  if (found === null) throw new UserError('backup.pg.noTool', { program: name });
  return found;
}
