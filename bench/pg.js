// The PostgreSQL section of `npm run bench`: a local server on a Unix socket (started from
// the system's binaries, as an unprivileged user under root, its data kept in bench/data/pg
// between runs), the benchmark logbooks copied into it from the SQLite ones with
// `plainte copy`, and what psql's \copy takes for the same rows, the floor of a copy.
import { spawnSync } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether `path` is a script rather than a program: Debian's psql on PATH is pg_wrapper, a
 * Perl script that picks a version and runs it, 40 ms of Perl before psql even starts. */
function script(path) {
  const start = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, start, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  return start.toString('latin1') === '#!';
}

/** A PostgreSQL program: on PATH (unless a script), else in /usr/lib/postgresql/<newest>/bin. */
export function program(name) {
  for (const dir of (process.env.PATH ?? '').split(':'))
    if (dir && existsSync(join(dir, name)) && !script(join(dir, name))) return join(dir, name);
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', name)))
    .sort((a, b) => Number(b) - Number(a))[0];
  return version ? join(root, version, 'bin', name) : null;
}

function owner() {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  return null;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.error}`);
  return result.stdout;
}

/** Starts the bench's server; returns how to reach it and how to stop it, or { failed }. */
export function startServer(dataDir) {
  const [initdb, pgCtl] = [program('initdb'), program('pg_ctl')];
  if (!initdb || !pgCtl) return { failed: 'PostgreSQL not installed (initdb, pg_ctl)' };
  const user = owner();
  const as = user ? { uid: user.uid, gid: user.gid, cwd: '/' } : {};
  const data = join(dataDir, 'pg');
  const socket = mkdtempSync(join(tmpdir(), 'plainte-bench-pg-'));
  if (user) chownSync(socket, user.uid, user.gid);
  try {
    if (!existsSync(join(data, 'PG_VERSION'))) {
      rmSync(data, { recursive: true, force: true });
      mkdirSync(data, { recursive: true });
      if (user) chownSync(data, user.uid, user.gid);
      run(initdb, ['-D', data, '-U', 'bench', '-A', 'trust', '-E', 'UTF8', '--locale', 'C.UTF-8'], as);
    }
    const options = `-k ${socket} -c listen_addresses='' -c max_wal_size=4GB`;
    run(pgCtl, ['-D', data, '-o', options, '-l', join(data, 'server.log'), '-w', '-t', '120', 'start'], as);
  } catch (error) {
    return { failed: error.message.split('\n')[0] };
  }
  const psqlPath = program('psql');
  const base = ['-h', socket, '-U', 'bench'];
  const server = {
    url: (database) => `postgresql://bench@/${database}?host=${encodeURIComponent(socket)}`,
    psql: (database, args) => run(psqlPath, [...base, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', database, ...args]),
    exists: (database) =>
      run(psqlPath, [
        ...base,
        '-X',
        '-A',
        '-t',
        '-d',
        'postgres',
        '-c',
        `SELECT 1 FROM pg_database WHERE datname = '${database}'`,
      ]).trim() === '1',
    create: (database) => run(program('createdb'), [...base, database]),
    drop: (database) => run(program('dropdb'), [...base, '--if-exists', database]),
    psqlCommand: psqlPath,
    psqlBase: base,
    stop: () => {
      spawnSync(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], as);
      rmSync(socket, { recursive: true, force: true });
    },
  };
  return server;
}

const TABLES = {
  customers: 'id, name, name_key, phone, phone_key, email, company, created_at, updated_at, forgotten_at',
  complaints: null,
  events: 'id, complaint_id, at, operator, kind, status_before, status_after, details',
  settings: 'key, value',
};

/** Writes the rows of the logbook `database` to CSV files (the same columns `plainte copy`
 * moves), for psql's \copy to read back: returns its script, to run on an empty logbook. */
export function copyScript(server, database, dir) {
  const complaintColumns = server
    .psql(database, [
      '-A',
      '-t',
      '-c',
      "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns " +
        "WHERE table_name = 'complaints'",
    ])
    .trim();
  const lines = [];
  for (const [table, listed] of Object.entries(TABLES)) {
    const columns = listed ?? complaintColumns;
    const file = join(dir, `${table}.csv`);
    server.psql(database, ['-c', `\\copy (SELECT ${columns} FROM ${table} ORDER BY 1) TO '${file}' CSV`]);
    lines.push(`\\copy ${table} (${columns}) FROM '${file}' CSV`);
  }
  return lines.join('\n');
}

/** What `due` asks the server, as a script for psql: the schema's mark, the callbacks due by
 * the end of tomorrow, the open clocks and the corrective actions, each prepared and run as
 * the store runs it (its parameters bound, a plan made in a new backend); or `{ failed }`. */
export async function dueScript(now) {
  let sql;
  try {
    sql = {
      ...(await import('../dist/store/pg/due.js')),
      ...(await import('../dist/store/pg/clocks.js')),
      ...(await import('../dist/store/pg/actions.js')),
    };
  } catch (error) {
    return { failed: `no due SQL (${error.code ?? error.message})` };
  }
  const before = new Date(now.getTime() + 86_400_000).toISOString();
  return {
    sql: [
      'SELECT application, version FROM plainte_logbook;',
      `PREPARE due_callbacks AS ${sql.DUE_SQL.trim()};`,
      `EXECUTE due_callbacks('${before}', NULL);`,
      `PREPARE open_clocks AS ${sql.OPEN_SQL.trim()};`,
      'EXECUTE open_clocks(NULL);',
      `PREPARE actions AS ${sql.ACTIONS.trim()} ORDER BY a.id;`,
      'EXECUTE actions(NULL);',
    ].join('\n'),
  };
}
