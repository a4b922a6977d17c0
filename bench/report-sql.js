// The SQL the report runs on a period, as a script for the sqlite3 shell: the limit a
// report can reach on the same file (the shell has no JavaScript, no rendering, no start-up
// of Node). Every statement that reads the complaints is there, with the values the report
// gives it on --all's period, from the first complaint to tomorrow: the figures
// (REPORT_SQL), the overdue callbacks (DUE_SQL), the complaints to handle, the clocks that
// fell due in the period, the customers' ratings, the products of the period and of the
// last 90 days, and the customers who came back.
import Database from 'better-sqlite3';

const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const DAY_MS = 86_400_000;

/** `{ sql }` for the shell, or `{ failed }` when the report's statements are not there. */
export async function reportScript(db, now) {
  let sql;
  try {
    sql = {
      ...(await import('../dist/store/sqlite/report-sql.js')),
      ...(await import('../dist/store/sqlite/due.js')),
      ...(await import('../dist/store/sqlite/clocks.js')),
      ...(await import('../dist/store/sqlite/ratings.js')),
      ...(await import('../dist/store/sqlite/recurring.js')),
      ...(await import('../dist/domain/dates.js')),
      ...(await import('../dist/domain/recurring.js')),
    };
  } catch (error) {
    return { failed: `no report SQL (${error.code ?? error.message})` };
  }
  const reader = new Database(db, { readonly: true });
  const first = reader.prepare('SELECT min(received_at) AS first FROM complaints').get().first ?? now.toISOString();
  reader.close();
  const from = `${first.slice(0, 10)}T00:00:00.000Z`;
  const to = new Date(now.getTime() + DAY_MS);
  const recent = new Date(to.getTime() - sql.RECURRING_DAYS * DAY_MS).toISOString();
  const fromDay = sql.isoDay(new Date(from));
  const toDay = sql.isoDay(new Date(to.getTime() - 1));
  const set = (values) =>
    Object.entries(values)
      .map(([name, value]) => `.parameter set @${name} ${quote(value)}`)
      .join('\n');
  const run = (statement) => `${statement.trim()};`;
  const script = [
    set({ from, to: to.toISOString(), before: now.toISOString() }),
    ...[...sql.REPORT_SQL, sql.DUE_SQL, sql.TO_HANDLE_SQL, sql.RATINGS_SQL, sql.PRODUCTS_SQL].map(run),
    set(sql.clocksDueParameters(fromDay, toDay)),
    run(sql.CLOCKS_DUE_SQL),
    set({ from: recent, since: recent }),
    run(sql.PRODUCTS_SQL),
    run(sql.REPEAT_CUSTOMERS_SQL),
  ];
  return { sql: `${script.join('\n')}\n` };
}
