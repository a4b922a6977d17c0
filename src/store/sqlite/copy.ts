import { BOOLEAN_COLUMNS, COPIED_COLUMNS, COPIED_ORDER, COPIED_TABLES, copyBatchOf, noRowsCopied } from '../copied.js';
import type { CopiedTable, CopyStore, RowBatch } from '../store.js';
import { BulkInsert } from './bulk.js';
import type { SqliteContext } from './context.js';

// A logbook's rows out of and into a SQLite file, for `plainte copy`. Reading holds one read
// transaction (one snapshot) across the batches; writing one IMMEDIATE transaction, opened
// and ended by hand because the batches arrive asynchronously (from a server).

type Row = Record<string, unknown>;

function toNeutral(table: CopiedTable, row: Row): Row {
  if (table !== 'complaints') return row;
  for (const column of BOOLEAN_COLUMNS) if (row[column] !== null) row[column] = row[column] === 1;
  return row;
}

function fromNeutral(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null);
}

export function copyQueries(ctx: SqliteContext): CopyStore {
  async function* batches<T>(sql: string, map: (row: Row) => T, size = copyBatchOf('complaints')): AsyncIterable<T[]> {
    let batch: T[] = [];
    for (const row of ctx.db.prepare(sql).iterate() as IterableIterator<Row>) {
      batch.push(map(row));
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async function* snapshot<T>(work: () => AsyncIterable<T>): AsyncIterable<T> {
    ctx.db.exec('BEGIN');
    try {
      yield* work();
    } finally {
      ctx.db.exec('COMMIT');
    }
  }

  return {
    readRows() {
      return snapshot(async function* () {
        for (const table of COPIED_TABLES) {
          const columns = COPIED_COLUMNS[table];
          const sql = `SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${COPIED_ORDER[table]}`;
          for await (const rows of batches(sql, (row) => toNeutral(table, row), copyBatchOf(table)))
            yield { table, rows };
        }
      });
    },

    async rowCounts() {
      const counts = {} as Record<CopiedTable, number>;
      for (const table of COPIED_TABLES)
        counts[table] = ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      return counts;
    },

    complaintStamps() {
      return snapshot(() =>
        batches('SELECT id, created_at FROM complaints ORDER BY id', (row): [number, string] => [
          row.id as number,
          row.created_at as string,
        ]),
      );
    },

    async writeRows(source: AsyncIterable<RowBatch>, { replace, onProgress }) {
      ctx.db.exec('BEGIN IMMEDIATE');
      try {
        if (replace) for (const table of [...COPIED_TABLES].reverse()) ctx.db.exec(`DELETE FROM ${table}`);
        const written = noRowsCopied();
        const inserts = new Map<CopiedTable, BulkInsert>();
        let previous: BulkInsert | undefined;
        for await (const { table, rows } of source) {
          let insert = inserts.get(table);
          if (!insert) {
            previous?.flush();
            inserts.set(table, (insert = new BulkInsert(ctx, table, COPIED_COLUMNS[table])));
            previous = insert;
          }
          const columns = COPIED_COLUMNS[table];
          for (const row of rows) insert.add(columns.map((column) => fromNeutral(row[column])));
          written[table] += rows.length;
          // An attachment's bytes are written as they come, not gathered into a batch.
          if (table === 'attachment_bytes') insert.flush();
          if (table === 'complaints') onProgress?.(written.complaints);
        }
        previous?.flush();
        ctx.db.exec('COMMIT');
        return written;
      } catch (error) {
        if (ctx.db.inTransaction) ctx.db.exec('ROLLBACK');
        throw error;
      }
    },
  };
}
