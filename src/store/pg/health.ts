import type { Status } from '../../domain/types.js';
import type { HealthStore } from '../store.js';
import type { PgContext } from './context.js';

// What `doctor` checks on the server: the schema's version, that the constraints and
// triggers that keep the logbook sound are there and in force, and that no row escaped them.

const TABLES = ['customers', 'complaints', 'events', 'settings'];
const TRIGGERS = [
  'events_append_only',
  'complaints_status_move',
  'customers_first_on_insert',
  'customers_first_on_update',
  'customers_first_on_delete',
];
/** The CHECK and foreign key constraints of migration 1, by table. */
const CONSTRAINTS: Record<string, { check: number; foreign: number }> = {
  complaints: { check: 9, foreign: 1 },
  events: { check: 0, foreign: 1 },
};

/** The lines of the check, `['ok']` when all is in force. */
async function constraintProblems(ctx: PgContext): Promise<string[]> {
  const problems: string[] = [];
  const tables = await ctx.rows<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY ($1)`,
    [TABLES],
  );
  for (const table of TABLES) if (!tables.some((t) => t.name === table)) problems.push(`table ${table} missing`);
  const triggers = await ctx.rows<{ name: string; enabled: string }>(
    `SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger
     WHERE tgrelid IN ('complaints'::regclass, 'events'::regclass) AND NOT tgisinternal`,
  );
  for (const name of TRIGGERS) {
    const found = triggers.find((trigger) => trigger.name === name);
    if (!found) problems.push(`trigger ${name} missing`);
    else if (found.enabled === 'D') problems.push(`trigger ${name} disabled`);
  }
  const constraints = await ctx.rows<{ table: string; type: string; n: number; unchecked: number }>(
    `SELECT conrelid::regclass::text AS table, contype AS type, count(*) AS n,
            count(*) FILTER (WHERE NOT convalidated) AS unchecked
     FROM pg_constraint WHERE conrelid IN ('complaints'::regclass, 'events'::regclass) AND contype IN ('c', 'f')
     GROUP BY 1, 2`,
  );
  for (const [table, expected] of Object.entries(CONSTRAINTS)) {
    for (const [type, kind] of [
      ['c', 'check'],
      ['f', 'foreign'],
    ] as const) {
      const found = constraints.find((row) => row.table === table && row.type === type);
      if ((found?.n ?? 0) < expected[kind]) problems.push(`${table}: ${kind} constraints missing`);
      if ((found?.unchecked ?? 0) > 0)
        problems.push(`${table}: ${found!.unchecked} ${kind} constraint(s) not validated`);
    }
  }
  return problems.length === 0 ? ['ok'] : problems;
}

export function healthQueries(ctx: PgContext): HealthStore {
  return {
    async health() {
      const integrity = await constraintProblems(ctx);
      const sound = integrity.length === 1 && integrity[0] === 'ok';
      const server = (await ctx.row<{ version: string; user: string; database: string; writable: boolean }>(
        `SELECT current_setting('server_version') AS version, current_user AS user, current_database() AS database,
                has_table_privilege('complaints', 'INSERT, UPDATE') AS writable`,
      ))!;
      const count = (table: string) => ctx.value<number>(`SELECT count(*) FROM ${table}`);
      const byStatus = sound
        ? await ctx.rows<{ status: Status; n: number }>(
            'SELECT status, count(*) AS n FROM complaints GROUP BY status ORDER BY status COLLATE "C"',
          )
        : [];
      // With the foreign keys in force no row can be orphaned; counted all the same.
      const orphans = sound
        ? await ctx.value<number>(
            `SELECT (SELECT count(*) FROM complaints c WHERE customer_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM customers cu WHERE cu.id = c.customer_id))
                  + (SELECT count(*) FROM events e
                     WHERE NOT EXISTS (SELECT 1 FROM complaints c WHERE c.id = e.complaint_id))`,
          )
        : 0;
      return {
        schemaVersion: await ctx.value<number>('SELECT version FROM plainte_logbook'),
        readOnly: !server.writable,
        journalMode: 'postgresql',
        integrity,
        foreignKeyProblems: orphans,
        counts: !sound
          ? null
          : {
              complaints: await count('complaints'),
              customers: await count('customers'),
              events: await count('events'),
              attachments: (await ctx.row<{ count: number; bytes: number }>(
                'SELECT count(*)::int AS count, coalesce(sum(size), 0)::float8 AS bytes FROM attachments',
              ))!,
              byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row.n])),
            },
        // An erasure's clean-up (VACUUM FULL) runs after its transaction; none is left marked.
        erasure: 'none',
        server: { version: server.version, user: server.user, database: server.database },
      };
    },
  };
}
