import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { emptyLogbook, sha256, tempLogbook } from './cli.js';

// The two stores the contract tests run against: a SQLite file in a temporary folder, and a
// fresh database on the test run's PostgreSQL server (test/helpers/pg.ts).

export const PG = inject('pg');

/** Why the PostgreSQL tests do not run here (no server installed, outside CI). */
export const PG_MISSING = inject('pgMissing');

function pgTool(tool: string, args: string[]): string {
  if (!PG) throw new Error(PG_MISSING);
  const result = spawnSync(
    PG.programs[tool] ?? tool,
    ['-h', PG.socketDir, '-p', String(PG.port), '-U', PG.user, ...args],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Runs SQL on a database of the test server as its superuser, through psql; returns the rows unaligned. */
export function psql(database: string, sql: string): string {
  return pgTool('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', database, '-c', sql]);
}

/** The URL of a new, empty database on the test server, reached through its Unix socket. */
export function pgLogbook(): string {
  const name = `plainte_${randomBytes(6).toString('hex')}`;
  pgTool('createdb', [name]);
  return pgUrl(name);
}

export function pgUrl(database: string): string {
  if (!PG) throw new Error(PG_MISSING);
  return `postgresql://${PG.user}@/${database}?host=${encodeURIComponent(PG.socketDir)}&port=${PG.port}`;
}

/** The database named by a URL of pgUrl. */
export function databaseOf(url: string): string {
  return /^postgres(?:ql)?:\/\/[^/]*\/([^?]+)/.exec(url)?.[1] ?? '';
}

export interface Backend {
  name: 'sqlite' | 'postgresql';
  /** Where a new logbook is to be: a file path or a postgresql:// URL. */
  logbook(): string;
  /** A logbook made and empty (a database on a server always exists). */
  emptyLogbook(): string;
  /** A digest of everything the logbook holds: unchanged digest, unchanged logbook. */
  fingerprint(location: string): string;
  /** Runs SQL on the logbook behind the store's back; the rows as lines of `|`-separated values. */
  sql(location: string, statement: string): string[];
}

function sqliteRows(path: string, statement: string): string[] {
  const db = new Database(path);
  try {
    const prepared = db.prepare(statement);
    if (!prepared.reader) {
      prepared.run();
      return [];
    }
    return (prepared.raw().all() as unknown[][]).map((row) =>
      row.map((v) => (v === null ? '' : String(v as string | number))).join('|'),
    );
  } finally {
    db.close();
  }
}

export const SQLITE: Backend = {
  name: 'sqlite',
  logbook: tempLogbook,
  emptyLogbook,
  fingerprint: sha256,
  sql: sqliteRows,
};

export const POSTGRESQL: Backend = {
  name: 'postgresql',
  logbook: pgLogbook,
  emptyLogbook: pgLogbook,
  fingerprint: (url) =>
    createHash('sha256')
      // pg_dump marks each dump with a random key (\restrict): left out, and so are the
      // sequences' positions, which a rolled-back insert moves but which hold nothing.
      .update(
        pgTool('pg_dump', ['--no-owner', '-d', databaseOf(url)]).replace(
          /^(\\(un)?restrict |SELECT pg_catalog\.setval).*$/gm,
          '',
        ),
      )
      .digest('hex'),
  sql: (url, statement) =>
    psql(databaseOf(url), statement)
      .split('\n')
      .filter((line) => line !== ''),
};

/** The stores a contract test runs against: both, or SQLite alone where PostgreSQL is missing
 * (never in CI: test/helpers/pg.ts fails the run there). */
export const BACKENDS: Backend[] = PG ? [SQLITE, POSTGRESQL] : [SQLITE];
