import type Database from 'better-sqlite3';
import type { SqliteContext } from './context.js';

// Rows gathered and written many per INSERT: each statement run costs a crossing into
// SQLite, and one run per row halves the speed of a large import. The batch is sized by
// values rather than rows: a complaint has 42 columns, an event 7.

const VALUES_PER_INSERT = 2700;

export class BulkInsert {
  private pending: unknown[] = [];
  private rows = 0;
  private readonly batch: number;
  /** Statements by number of rows: a batch is often written part-full, when the rows of
   * another table that refer to its rows must be written. Kept here, rather than found
   * again by their text (tens of kilobytes) at each write. */
  private readonly statements = new Map<number, Database.Statement>();

  constructor(
    private readonly ctx: SqliteContext,
    private readonly table: string,
    private readonly columns: readonly string[],
    /** Written first, so that the rows referenced by ours exist. */
    private readonly before?: BulkInsert,
  ) {
    this.batch = Math.max(1, Math.floor(VALUES_PER_INSERT / columns.length));
  }

  add(values: readonly unknown[]): void {
    for (const value of values) this.pending.push(value);
    if (++this.rows === this.batch) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    this.before?.flush();
    let statement = this.statements.get(this.rows);
    if (!statement) this.statements.set(this.rows, (statement = this.prepare(this.rows)));
    // As arguments rather than one array: the driver then reads them without a property
    // lookup each (a third faster over a batch of 2700).
    statement.run(...this.pending);
    this.pending = [];
    this.rows = 0;
  }

  private prepare(rows: number): Database.Statement {
    const placeholders = `(${this.columns.map(() => '?').join(', ')})`;
    const values = Array<string>(rows).fill(placeholders).join(', ');
    return this.ctx.statement(`INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${values}`);
  }
}
