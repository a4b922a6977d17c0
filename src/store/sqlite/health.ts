import type { Status } from '../../domain/types.js';
import type { HealthStore, PendingErasure } from '../store.js';
import type { SqliteContext } from './context.js';

/** The lines of integrity_check. On some damage SQLite stops the check itself with
 * SQLITE_CORRUPT: that error is then the finding. */
function integrityCheck(ctx: SqliteContext): string[] {
  try {
    return (ctx.db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  } catch (error) {
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown }).code))) return [(error as Error).message];
    throw error;
  }
}

/** `erasure`: what was found, and done, about an unfinished erasure when the logbook was opened. */
export function healthQueries(ctx: SqliteContext, erasure: PendingErasure): HealthStore {
  const count = (table: string) => (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    async health() {
      const integrity = integrityCheck(ctx);
      const sound = integrity.length === 1 && integrity[0] === 'ok';
      const byStatus = sound
        ? (ctx.db.prepare('SELECT status, count(*) AS n FROM complaints GROUP BY status').all() as {
            status: Status;
            n: number;
          }[])
        : [];
      return {
        schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
        readOnly: ctx.db.readonly,
        journalMode: ctx.db.pragma('journal_mode', { simple: true }) as string,
        integrity,
        erasure,
        foreignKeyProblems: sound ? (ctx.db.pragma('foreign_key_check') as unknown[]).length : 0,
        counts: !sound
          ? null
          : {
              complaints: count('complaints'),
              customers: count('customers'),
              events: count('events'),
              attachments: ctx
                .statement('SELECT count(*) AS count, coalesce(sum(size), 0) AS bytes FROM attachments')
                .get() as {
                count: number;
                bytes: number;
              },
              byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row.n])),
            },
      };
    },
  };
}
