// The SQL the report runs on a period, as a script for the sqlite3 shell: the limit a
// report can reach on the same file (the shell has no JavaScript, no rendering, no start-up
// of Node). src/report exports its statements (REPORT_SQL_FOR_BENCH); the period is --all's,
// from the first complaint to tomorrow.
import Database from 'better-sqlite3';

const quote = (text) => `'${text.replaceAll("'", "''")}'`;

/** `{ sql }` for the shell, or `{ failed }` when the report's statements are not there. */
export async function reportScript(db, now) {
  let statements;
  try {
    ({ REPORT_SQL_FOR_BENCH: statements } = await import('../dist/store/sqlite/report.js'));
  } catch (error) {
    return { failed: `no report SQL (${error.code ?? error.message})` };
  }
  if (!Array.isArray(statements)) return { failed: 'REPORT_SQL_FOR_BENCH is not a list of statements' };
  const reader = new Database(db, { readonly: true });
  const first = reader.prepare('SELECT min(received_at) AS first FROM complaints').get().first ?? now.toISOString();
  reader.close();
  const from = `${first.slice(0, 10)}T00:00:00.000Z`;
  const to = new Date(now.getTime() + 86_400_000).toISOString();
  const parameters = [`.parameter set @from ${quote(from)}`, `.parameter set @to ${quote(to)}`, `.parameter set @before ${quote(now.toISOString())}`];
  return { sql: `${parameters.join('\n')}\n${statements.map((sql) => `${sql.trim()};`).join('\n')}\n` };
}
