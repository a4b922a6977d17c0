import type Database from 'better-sqlite3';

/** What every query module of the SQLite store shares: the connection, the clock, and
 * statements prepared once per process. */
export class SqliteContext {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    private readonly clock: () => Date,
  ) {}

  statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  /** Now, as stored: ISO 8601 in UTC. */
  now(): string {
    return this.clock().toISOString();
  }

  /** Runs `work` in an IMMEDIATE transaction: the write lock is taken at the start, so two
   * writers queue (busy_timeout) instead of failing half-way with SQLITE_BUSY. */
  write<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }
}
