// The end of the bench: BENCHMARKS.md written from the rows and targets measured (with the notes
// kept by hand in bench/notes.md and bench/notes-pg.md under the figures of their part), and the
// same tables printed. With BENCH_ONLY, the part not measured is kept as it was in the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.js';
import { checks, ms, tableOf, targetsOf } from './figures.js';
import { now, postgresqlToo, root, runs, sqliteToo } from './setup.js';

/** Writes BENCHMARKS.md and prints its tables: `startup`, the start-up rows whose floors are
 * quoted; `bySize`, the results by size; `server`, the PostgreSQL server (or why it was not started). */
export function writeBenchmarks(startup, bySize, server) {
  const floors = [...startup, ...[...bySize.values()].map((r) => r.due)]
    .filter((r) => r && !r.failed)
    .map((r) => r.floor ?? r.wall);
  const machine =
    `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `Node ${process.version}, load average at the end ${loadavg()[0].toFixed(1)}`;
  const table = tableOf('sqlite');
  const targets = targetsOf('sqlite');
  /** What was profiled and tried on the server, written by hand and kept under its figures. */
  const pgNotesFile = join(root, 'bench', 'notes-pg.md');
  const pgNotes = existsSync(pgNotesFile) ? readFileSync(pgNotesFile, 'utf8').trim() + '\n' : '';
  const postgresql = `## PostgreSQL

Measured by \`npm run bench\` on ${now.toISOString().slice(0, 10)}: ${machine}. The same logbooks on a local
PostgreSQL server (${server.failed ? 'not started' : 'a Unix socket, default settings'}), copied there from the files
above with \`plainte copy\`; the same method (medians, floors beside each run, the week's report run in pairs).

### Targets

${targetsOf('postgresql')}

### Figures

${tableOf('postgresql')}
${pgNotes ? `\n${pgNotes}` : ''}`;
  /** What was profiled and tried, written by hand and kept under the figures. */
  const notesFile = join(root, 'bench', 'notes.md');
  const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() + '\n' : '';
  const markdown = `# Benchmarks

Measured by \`npm run bench\` on ${now.toISOString().slice(0, 10)}: ${machine}.
Each figure is the median of ${runs} runs after a warm-up (3 for the slowest), as whole processes; peak memory is the
maximum resident set size reported by GNU time. Figures compared with Node's own start are measured with a run of
\`node -e 0\` after each run (the floor beside it, median ${ms(median(floors))} over the run), so that both see the
same load.
The week's report on the largest logbook is compared with the smallest by running both in turn, ${2 * runs} pairs.

## Targets

${targets}

## Figures

${table}
${notes ? `\n${notes}` : ''}`;
  const kept = existsSync(join(root, 'BENCHMARKS.md')) ? readFileSync(join(root, 'BENCHMARKS.md'), 'utf8') : '';
  writeFileSync(
    join(root, 'BENCHMARKS.md'),
    !sqliteToo
      ? `${kept.split('\n## PostgreSQL\n')[0].trimEnd()}\n\n${postgresql}`
      : postgresqlToo || !kept.includes('\n## PostgreSQL\n')
        ? `${markdown}\n${postgresql}`
        : `${markdown}\n## PostgreSQL\n${kept.split('\n## PostgreSQL\n')[1]}`,
  );
  console.log(`\n${targets}\n\n${table}\n\n${postgresql}`);
  console.log(`${checks.filter((c) => c.ok).length} of ${checks.length} targets met; written to BENCHMARKS.md`);
}
