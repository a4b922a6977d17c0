// The SQL the report runs on a period, as a script for the sqlite3 shell: the limit a
// report can reach on the same file (the shell has no JavaScript, no rendering, no start-up
// of Node). The store exports the statements of a period (REPORT_SQL); the period is --all's,
// from the first complaint to tomorrow, and the report also lists the overdue callbacks (DUE_SQL).
import Database from 'better-sqlite3';

const quote = (text) => `'${text.replaceAll("'", "''")}'`;

/** `{ sql }` for the shell, or `{ failed }` when the report's statements are not there. */
export async function reportScript(db, now) {
  let statements;
  try {
    const { REPORT_SQL } = await import('../dist/store/sqlite/report.js');
    const { DUE_SQL } = await import('../dist/store/sqlite/due.js');
    statements = [...REPORT_SQL, DUE_SQL];
  } catch (error) {
    return { failed: `no report SQL (${error.code ?? error.message})` };
  }
  const reader = new Database(db, { readonly: true });
  const first = reader.prepare('SELECT min(received_at) AS first FROM complaints').get().first ?? now.toISOString();
  reader.close();
  const from = `${first.slice(0, 10)}T00:00:00.000Z`;
  const to = new Date(now.getTime() + 86_400_000).toISOString();
  const parameters = [
    `.parameter set @from ${quote(from)}`,
    `.parameter set @to ${quote(to)}`,
    `.parameter set @before ${quote(now.toISOString())}`,
  ];
  return { sql: `${parameters.join('\n')}\n${statements.map((sql) => `${sql.trim()};`).join('\n')}\n` };
}
