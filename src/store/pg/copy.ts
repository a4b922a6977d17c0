import { COPIED_COLUMNS, COPIED_ORDER, COPIED_TABLES, copyBatchOf, noRowsCopied } from '../copied.js';
import type { CopiedTable, CopyStore, RowBatch } from '../store.js';
import { CopyIn } from './copy-in.js';
import type { PgContext } from './context.js';

// A logbook's rows out of and into the server, for `plainte copy`: read through cursors in
// one read-only snapshot, written in one transaction with the ids they had.

/** The server's complaints also say which shop took them. */
const COLUMNS: Record<CopiedTable, readonly string[]> = {
  ...COPIED_COLUMNS,
  complaints: [...COPIED_COLUMNS.complaints, 'shop'],
};

const ORDER: Record<CopiedTable, string> = { ...COPIED_ORDER, settings: 'key COLLATE "C"' };

export function copyQueries(ctx: PgContext): CopyStore {
  async function* cursor<T>(
    sql: string,
    map: (row: Record<string, unknown>) => T,
    size = copyBatchOf('complaints'),
  ): AsyncIterable<T[]> {
    await ctx.rows(`DECLARE copy_cursor NO SCROLL CURSOR FOR ${sql}`);
    try {
      for (;;) {
        const rows = await ctx.rows(`FETCH ${size} FROM copy_cursor`);
        if (rows.length === 0) return;
        yield rows.map(map);
      }
    } finally {
      await ctx.rows('CLOSE copy_cursor');
    }
  }

  async function* snapshot<T>(work: () => AsyncIterable<T>): AsyncIterable<T> {
    await ctx.rows('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      yield* work();
    } finally {
      await ctx.rows('COMMIT');
    }
  }

  return {
    readRows() {
      return snapshot(async function* () {
        for (const table of COPIED_TABLES) {
          const columns = COLUMNS[table];
          for await (const rows of cursor(
            `SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${ORDER[table]}`,
            (row) => row,
            copyBatchOf(table),
          ))
            yield { table, rows };
        }
      });
    },

    async rowCounts() {
      const counts = {} as Record<CopiedTable, number>;
      for (const table of COPIED_TABLES) counts[table] = await ctx.value<number>(`SELECT count(*) FROM ${table}`);
      return counts;
    },

    complaintStamps() {
      return snapshot(() =>
        cursor('SELECT id, created_at FROM complaints ORDER BY id', (row): [number, string] => [
          row.id as number,
          row.created_at as string,
        ]),
      );
    },

    async writeRows(batches: AsyncIterable<RowBatch>, { replace, onProgress }) {
      return ctx.write(
        async () => {
          await ctx.lockIds();
          if (replace) for (const table of [...COPIED_TABLES].reverse()) await ctx.rows(`DELETE FROM ${table}`);
          const written = noRowsCopied();
          // One COPY per table, each ended (and so checked) before the next table's rows,
          // which refer to it, begin.
          let table: CopiedTable | null = null;
          let copy: CopyIn | null = null;
          for await (const batch of batches) {
            if (copy === null || table !== batch.table) {
              await copy?.end();
              table = batch.table;
              copy = await CopyIn.start(ctx, table, COLUMNS[table]);
            }
            // Complaints from a file were all taken in one shop: this machine's.
            await copy.write(batch.rows, (row, column) => row[column] ?? (column === 'shop' ? ctx.shop : null));
            written[batch.table] += batch.rows.length;
            if (batch.table === 'complaints') onProgress?.(written.complaints);
          }
          await copy?.end();
          // The history's ids came with it: new events are numbered after them.
          await ctx.rows(
            `SELECT setval(pg_get_serial_sequence('events', 'id'), coalesce(max(id), 0) + 1, false) FROM events`,
          );
          await ctx.rows(
            `SELECT setval(pg_get_serial_sequence('attachments', 'id'), coalesce(max(id), 0) + 1, false)
             FROM attachments`,
          );
          return written;
        },
        { again: false },
      );
    },
  };
}
