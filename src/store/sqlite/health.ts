import type { Status } from '../../domain/types.js';
import type { HealthStore } from '../store.js';
import type { SqliteContext } from './context.js';

export function healthQueries(ctx: SqliteContext): HealthStore {
  const count = (table: string) => (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    async health() {
      const byStatus = ctx.db.prepare('SELECT status, count(*) AS n FROM complaints GROUP BY status').all() as { status: Status; n: number }[];
      return {
        schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
        readOnly: ctx.db.readonly,
        journalMode: ctx.db.pragma('journal_mode', { simple: true }) as string,
        integrity: (ctx.db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check),
        foreignKeyProblems: (ctx.db.pragma('foreign_key_check') as unknown[]).length,
        counts: {
          complaints: count('complaints'),
          customers: count('customers'),
          events: count('events'),
          byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row.n])),
        },
      };
    },
  };
}
