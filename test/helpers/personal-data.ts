import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldedWords, searchWords } from '../../src/domain/search.js';
import type { ComplaintPatch, CustomerInput, Store } from '../../src/store/store.js';
import { databaseOf, psql } from './logbooks.js';
import { testStore } from './store.js';

// Logbooks holding identifiable customers, for the tests of backup, forget and purge.

export interface Fixture {
  store: Store;
  clock: { now: Date };
}

export interface ComplaintSpec {
  customer: CustomerInput | { id: number };
  receivedAt: string;
  /** Closed at this instant; left awaiting a callback when absent. */
  closedAt?: string;
  /** A word that only this complaint's texts contain. */
  word: string;
  patch?: ComplaintPatch;
}

/** A complaint through its life, its texts full of what identifies the customer. */
export async function recordComplaint({ store, clock }: Fixture, spec: ComplaintSpec): Promise<number> {
  clock.now = new Date(spec.receivedAt);
  const { id } = await store.createComplaint(
    {
      receivedAt: spec.receivedAt,
      channel: 'phone',
      mood: 'angry',
      account: `Ma perceuse ${spec.word} ne démarre plus`,
      orderRef: `CMD-${spec.word}`,
      product: 'perceuse',
      category: 'defective',
      request: 'refund',
      facts: `Achetée le mois dernier, ${spec.word} en panne`,
      apologised: true,
      apologyNote: `Excuses pour ${spec.word}`,
      solution: `Rembourser ${spec.word} par chèque`,
      solutionType: 'refund',
      costCents: 8990,
      callbackPhone: 'name' in spec.customer ? (spec.customer.phone ?? null) : null,
      callbackNote: `Rappeler au sujet de ${spec.word}`,
      phaseReached: 5,
      ...spec.patch,
    },
    { kind: 'created', operator: 'Anne' },
    spec.customer,
  );
  await store.recordChange({
    id,
    status: 'awaiting_callback',
    event: {
      kind: 'follow_up',
      operator: 'Anne',
      details: { note: `Laissé un message, ${spec.word}`, channel: 'phone' },
    },
  });
  if (spec.closedAt) {
    clock.now = new Date(spec.closedAt);
    await store.recordChange({
      id,
      status: 'closed',
      patch: {
        outcome: 'resolved',
        satisfaction: 4,
        closedAt: spec.closedAt,
        cause: 'lot défectueux',
        lesson: 'tester avant la vente',
      },
      event: {
        kind: 'closed',
        operator: 'Anne',
        details: { outcome: 'resolved', satisfaction: 4, cause: 'lot défectueux' },
      },
    });
  }
  return id;
}

/** The files of the logbook on disk: the database, its WAL and shared-memory index. */
export function logbookFiles(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`].filter((file) => existsSync(file));
}

/** The files of a logbook on the test server: its tables, their indexes and TOAST, after a
 * checkpoint has written every change to them. Not the write-ahead log, which keeps the old
 * values until the server recycles it (README). */
function serverFiles(url: string): string[] {
  const database = databaseOf(url);
  psql(database, 'CHECKPOINT');
  const dataDir = psql(database, 'SHOW data_directory').trim();
  return psql(
    database,
    `SELECT pg_relation_filepath(c.oid) FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i', 't')
        OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
        OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN
                     (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace))`,
  )
    .split('\n')
    .filter((line) => line !== '')
    .map((relative) => join(dataDir, relative))
    .filter((file) => existsSync(file));
}

/** The values of `values` found, byte for byte (UTF-8), in any of the logbook's files. */
export function foundOnDisk(path: string, values: string[]): string[] {
  const files = /^postgres(ql)?:/.test(path) ? serverFiles(path) : logbookFiles(path);
  const contents = files.map((file) => readFileSync(file));
  return values.filter((value) => contents.some((content) => content.indexOf(Buffer.from(value, 'utf8')) >= 0));
}

/** The words of `values` as the search index keeps them: lower case, without accents
 * ("Hélène Lefèvre" -> "helene", "lefevre"). An erased value must be gone in that form too. */
export function indexed(values: string[]): string[] {
  return [...new Set(values.flatMap(foldedWords).filter((word) => word.length >= 4 && /\p{L}/u.test(word)))];
}

/** The values that `plainte search` still finds in the logbook, each searched for alone. */
export async function searchFinds(location: string, values: string[]): Promise<string[]> {
  const { store } = await testStore(location);
  try {
    const found: string[] = [];
    for (const value of values) if ((await store.searchComplaints(searchWords(value), 1)).length > 0) found.push(value);
    return found;
  } finally {
    await store.close();
  }
}
