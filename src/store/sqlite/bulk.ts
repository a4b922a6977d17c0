import type { SqliteContext } from './context.js';

// Rows gathered and written many per INSERT: each statement run costs a crossing into
// SQLite, and one run per row halves the speed of a large import.

const ROWS_PER_INSERT = 64;

export class BulkInsert {
  private pending: unknown[] = [];
  private rows = 0;

  constructor(
    private readonly ctx: SqliteContext,
    private readonly table: string,
    private readonly columns: readonly string[],
    /** Written first, so that the rows referenced by ours exist. */
    private readonly before?: BulkInsert,
  ) {}

  add(values: readonly unknown[]): void {
    for (const value of values) this.pending.push(value);
    if (++this.rows === ROWS_PER_INSERT) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    this.before?.flush();
    const placeholders = `(${this.columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array<string>(this.rows).fill(placeholders).join(', ')}`;
    this.ctx.statement(sql).run(this.pending);
    this.pending = [];
    this.rows = 0;
  }
}
