import type pg from 'pg';
import { UserError } from '../../errors.js';

// What every query module of the PostgreSQL store shares: the connection, the clock, and how
// a transaction is run.

type Row = Record<string, unknown>;

/** Server errors a user can act on, by SQLSTATE class or code, as messages. */
function explained(error: unknown, location: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  const detail = error instanceof Error ? error.message : '';
  if (code === '42501') return new UserError('store.pg.denied', { path: location, detail });
  if (code === '25006') return new UserError('store.readonly', { path: location, detail });
  if (code === '55P03' || code === '57014') return new UserError('store.busy', { path: location, detail });
  if (code.startsWith('08') || code === '57P01') return new UserError('store.pg.lost', { path: location, detail });
  return error;
}

export class PgContext {
  constructor(
    readonly client: pg.Client,
    /** The URL without its password, for messages. */
    readonly location: string,
    private readonly clock: () => Date,
    /** This machine's shop, recorded on the complaints it takes (null: none said). */
    readonly shop: string | null,
    /** The shop whose complaints lists, due, report and export read (null: every shop). */
    readonly view: string | null,
  ) {}

  /** The same connection seen from another shop. */
  inShop(view: string | null): PgContext {
    return new PgContext(this.client, this.location, this.clock, this.shop, view);
  }

  /** Now, as the domain stores it: ISO 8601 in UTC. */
  now(): string {
    return this.clock().toISOString();
  }

  async rows<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return (await this.client.query(sql, params as unknown[])).rows as T[];
    } catch (error) {
      // A deadlock is left as it is, for `write` to run the transaction again.
      throw (error as { code?: unknown }).code === DEADLOCK ? error : explained(error, this.location);
    }
  }

  async row<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.rows<T>(sql, params))[0];
  }

  /** The first column of the first row. */
  async value<T>(sql: string, params: readonly unknown[] = []): Promise<T> {
    const found = await this.row(sql, params);
    return (found ? Object.values(found)[0] : undefined) as T;
  }

  /**
   * Runs `work` in one transaction (READ COMMITTED). Writers to the same complaint queue on
   * its row (SELECT … FOR UPDATE in complaints.ts); new ids are given under an advisory
   * lock (`lockIds`). Anything thrown rolls it all back. `again`: whether `work` may be run
   * a second time (not when it reads a stream it cannot read twice).
   */
  async write<T>(work: () => Promise<T>, { again = true } = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await this.rows('BEGIN');
      try {
        const result = await work();
        await this.rows('COMMIT');
        return result;
      } catch (error) {
        await this.client.query('ROLLBACK').catch(() => undefined);
        // A deadlock the server broke by failing this transaction: nothing of it was kept,
        // so it is run again from the start.
        if (again && (error as { code?: unknown }).code === DEADLOCK && attempt < 3) continue;
        throw explained(error, this.location);
      }
    }
  }

  /** Held until the transaction ends: the next ids (max + 1) are this transaction's to give,
   * as SQLite gives them, without the gaps a sequence leaves on rollback. */
  async lockIds(): Promise<void> {
    await this.rows('SELECT pg_advisory_xact_lock($1)', [ID_LOCK]);
  }

  async nextId(table: 'complaints' | 'customers'): Promise<number> {
    return this.value<number>(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`);
  }
}

const DEADLOCK = '40P01';

/** "PLNI": the advisory lock under which new rows get their ids. */
const ID_LOCK = 0x504c4e49;
