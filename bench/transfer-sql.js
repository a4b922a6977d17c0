// The limits of export and import: what the sqlite3 shell does with the same file, without
// JavaScript, checks or Node's start-up.
// - An export: the shell runs the statement the store's export runs (each complaint's
//   columns, its customer's, its history as a JSON array written by SQLite), and writes the
//   rows as CSV with `;`, to the same place as the export (nowhere: /dev/null).
// - An import: the shell copies the same rows, table to table, into an empty logbook made
//   by plainte (its indexes, triggers and foreign keys), with plainte's durability (WAL,
//   synchronous FULL, foreign keys checked), in one transaction. The search index is built
//   once after the rows, as plainte's import builds it: its triggers, kept, would index each
//   complaint again at each event with a note (100k: minutes, where the rest takes seconds).
// The shell is BENCH_SQLITE3, else bench/tools/sqlite3 when built there, else `sqlite3` on
// the PATH: the logbook's schema needs SQLite 3.44 or later (an aggregate with ORDER BY),
// which Debian 12's shell (3.40) is not; bench/sqlite3-shell.sh builds one.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('./tools/sqlite3', import.meta.url));
export const SHELL = process.env.BENCH_SQLITE3 ?? (existsSync(built) ? built : 'sqlite3');
const quote = (text) => `'${text.replaceAll("'", "''")}'`;

/** `{ sql }` for the shell, or `{ failed }` when the export's statement is not there. */
export async function exportScript() {
  let statement;
  try {
    ({ exportStatement: statement } = await import('../dist/store/sqlite/export-sql.js'));
  } catch (error) {
    return { failed: `no export SQL (${error.code ?? error.message})` };
  }
  const { sql } = statement({});
  return { sql: `.headers on\n.mode csv\n.separator ;\n.output /dev/null\n${sql};\n` };
}

/** The shell's copy of every row of `source` into `target`, an empty logbook (its search
 * index's triggers are read there). */
export async function copyScript(source, target) {
  const { WORDS_OF_COMPLAINTS } = await import('../dist/store/sqlite/migrations.js');
  const db = new Database(target, { readonly: true });
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%complaint_words%'")
    .all();
  db.close();
  return `PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
ATTACH ${quote(source)} AS source;
BEGIN;
${triggers.map(({ name }) => `DROP TRIGGER "${name}";`).join('\n')}
INSERT INTO main.customers SELECT * FROM source.customers;
INSERT INTO main.complaints SELECT * FROM source.complaints;
INSERT INTO main.events SELECT * FROM source.events;
INSERT INTO complaint_words (rowid, who, what, said, notes) ${WORDS_OF_COMPLAINTS};
${triggers.map(({ sql }) => `${sql};`).join('\n')}
COMMIT;
`;
}
