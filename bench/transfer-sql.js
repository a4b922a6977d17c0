// The limits of export and import: what the sqlite3 shell does with the same file, without
// JavaScript, checks or Node's start-up.
// - An export: the shell runs the statement the store's export runs (each complaint's
//   columns, its customer's, its history as a JSON array written by SQLite), and writes the
//   rows as CSV with `;`, to the same place as the export (nowhere: /dev/null).
// - An import: the shell copies the same rows, table to table, into an empty logbook made
//   by plainte (its indexes, triggers and foreign keys), with plainte's durability (WAL,
//   synchronous FULL, foreign keys checked), in one transaction.
const quote = (text) => `'${text.replaceAll("'", "''")}'`;

/** `{ sql }` for the shell, or `{ failed }` when the export's statement is not there. */
export async function exportScript() {
  let statement;
  try {
    ({ exportStatement: statement } = await import('../dist/store/sqlite/export.js'));
  } catch (error) {
    return { failed: `no export SQL (${error.code ?? error.message})` };
  }
  const { sql } = statement({});
  return { sql: `.headers on\n.mode csv\n.separator ;\n.output /dev/null\n${sql};\n` };
}

/** The shell's copy of every row of `source` into the logbook it is run on. */
export function copyScript(source) {
  return `PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
ATTACH ${quote(source)} AS source;
BEGIN;
INSERT INTO main.customers SELECT * FROM source.customers;
INSERT INTO main.complaints SELECT * FROM source.complaints;
INSERT INTO main.events SELECT * FROM source.events;
COMMIT;
`;
}
