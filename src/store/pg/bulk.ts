import type { PgContext } from './context.js';

// Rows gathered and written many per INSERT: one round trip to the server per batch rather
// than per row. A statement takes at most 65,535 parameters; batches stay well below.

const VALUES_PER_INSERT = 20_000;

export class BulkInsert {
  private pending: unknown[] = [];
  private rows = 0;
  private readonly batch: number;

  constructor(
    private readonly ctx: PgContext,
    private readonly table: string,
    private readonly columns: readonly string[],
    /** Written first, so that the rows referenced by ours exist. */
    private readonly before?: BulkInsert,
  ) {
    this.batch = Math.max(1, Math.floor(VALUES_PER_INSERT / columns.length));
  }

  async add(values: readonly unknown[]): Promise<void> {
    for (const value of values) this.pending.push(value);
    if (++this.rows === this.batch) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows === 0) return;
    await this.before?.flush();
    const width = this.columns.length;
    const tuples = Array.from(
      { length: this.rows },
      (_, row) => `(${this.columns.map((_, column) => `$${row * width + column + 1}`).join(', ')})`,
    );
    const values = this.pending;
    this.pending = [];
    this.rows = 0;
    await this.ctx.rows(`INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}
