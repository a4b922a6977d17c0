/* The part of the sqlite3 shell that the import's limit uses (bench/transfer-sql.js's copy
 * script, which has no dot-command): the script read on standard input and run with
 * sqlite3_exec on the logbook named first. For a machine whose sqlite3 shell is older than
 * the logbook's schema (3.44: an aggregate with ORDER BY). Built from the SQLite that
 * better-sqlite3 compiles, with its options:
 *   D=node_modules/better-sqlite3/deps
 *   gcc -O2 $(grep -o "'[A-Z_0-9]*\(=[-0-9]*\)\?'" $D/defines.gypi | tr -d "'" | sed 's/^/-D/') \
 *     -I$D/sqlite3 bench/sqlite-exec.c $D/sqlite3/sqlite3.c -lm -lpthread -o /tmp/sqlite-exec
 *   BENCH_SQLITE3=/tmp/sqlite-exec BENCH_ONLY=sqlite BENCH_SIZES=100000 npm run bench
 * (the exports' and the report's limits need the real shell's dot-commands: they fail then). */
#include <stdio.h>
#include <stdlib.h>
#include "sqlite3.h"

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  if (argv[1][0] == '-') {
    puts(sqlite3_libversion());
    return 0;
  }
  size_t size = 1 << 16, length = 0, got;
  char *sql = malloc(size);
  while ((got = fread(sql + length, 1, size - length - 1, stdin)) > 0) {
    length += got;
    if (size - length < 2) sql = realloc(sql, size *= 2);
  }
  sql[length] = 0;
  sqlite3 *db;
  char *error = 0;
  if (sqlite3_open(argv[1], &db) != SQLITE_OK || sqlite3_exec(db, sql, 0, 0, &error) != SQLITE_OK) {
    fprintf(stderr, "%s\n", error ? error : sqlite3_errmsg(db));
    return 1;
  }
  return sqlite3_close(db) == SQLITE_OK ? 0 : 1;
}
