import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { from as copyFrom } from 'pg-copy-streams';
import type { PgContext } from './context.js';

// Rows written with COPY … FROM STDIN, PostgreSQL's bulk load, rather than INSERTs: the rows
// go as one stream of text, parsed by the server without a statement per batch (a logbook
// of 100,000 complaints moves several times faster). Used inside the copy's transaction.
// The COPY stream's library is loaded by the copy that needs it, not by every command on a
// server (`due` from cron never copies).

/** A value in COPY's text format: \N for NULL, t/f, and text with its backslash, tab,
 * newline and carriage return escaped. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  // bytea in hex (\x…), its backslash escaped as COPY's text format wants.
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : text;
}

export class CopyIn {
  private readonly stream: ReturnType<typeof copyFrom>;
  private readonly done: Promise<void>;
  private failure: Error | null = null;

  private constructor(
    ctx: PgContext,
    table: string,
    private readonly columns: readonly string[],
    from: typeof copyFrom,
  ) {
    this.stream = ctx.client.query(from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    this.done = finished(this.stream).catch((error: unknown) => {
      this.failure = error instanceof Error ? error : new Error(String(error));
    });
  }

  /** Starts a COPY of `columns` into `table`. */
  static async start(ctx: PgContext, table: string, columns: readonly string[]): Promise<CopyIn> {
    const { from } = await import('pg-copy-streams');
    return new CopyIn(ctx, table, columns, from);
  }

  /** Sends rows (objects by column), waiting when the connection is behind. */
  async write(
    rows: readonly Record<string, unknown>[],
    valueOf: (row: Record<string, unknown>, column: string) => unknown,
  ) {
    this.check();
    let text = '';
    for (const row of rows) text += `${this.columns.map((column) => field(valueOf(row, column))).join('\t')}\n`;
    if (!this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), this.done]);
    this.check();
  }

  /** Throws what the server refused, if it did. */
  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** Ends the stream; throws what the server refused. */
  async end(): Promise<void> {
    this.stream.end();
    await this.done;
    this.check();
  }
}
