// Prints the SQL the weekly report runs, for the sqlite3 shell (the limit a report can reach).
// Filled once the report exists: src/report exports its statements.
try {
  const { REPORT_SQL_FOR_BENCH } = await import('../dist/report/sql.js');
  process.stdout.write(REPORT_SQL_FOR_BENCH);
} catch {
  // No report yet: nothing to compare against.
}
