// The bench's rows and targets, in the order they are measured, and how their figures are
// written: a line in the console as each row is measured, and the Markdown tables of
// BENCHMARKS.md. Each row and target goes to the part of BENCHMARKS.md being measured.
export const mib = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(0)} MiB`);
export const ms = (value) => `${value.toFixed(1)} ms`;
export const times = (value) => `${value.toFixed(2)} ×`;
export const label = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

/** Text fit for one cell of a Markdown table. */
const cell = (text) => String(text).replace(/\s+/g, ' ').replaceAll('|', '\\|');
const rows = [];
export const checks = [];
/** Which part of BENCHMARKS.md the rows and targets measured now go to. */
let section = 'sqlite';
/** The rows and targets measured from now on go to the part `part` of BENCHMARKS.md. */
export function inSection(part) {
  section = part;
}
export function row(what, size, result, note = '') {
  const entry = {
    what,
    size: size ? label(size) : '',
    ...result,
    note: result.failed ? `not measured: ${result.failed}` : note,
    section,
  };
  rows.push(entry);
  const wall = entry.failed ? '—' : ms(entry.wall);
  console.error(
    `${what.padEnd(36)} ${entry.size.padEnd(5)} ${wall.padStart(10)} ${mib(entry.rss).padStart(8)} ${entry.note}`,
  );
  return entry;
}
/** The row of the second command of a pair run in turn (its wall time, without peak memory), with
 * `note(pair)`; or why the pair was not run. */
export function pairRow(what, size, pair, note) {
  return pair.failed ? row(what, size, pair) : row(what, size, { wall: pair.second, rss: null }, note(pair));
}
/** A target: `measure()` returns [measured text, limit text, met], or throws when a figure it needs is missing. */
export function check(target, evaluate) {
  try {
    const [measured, limit, ok] = evaluate();
    checks.push({ target, measured, limit, ok, section });
  } catch (error) {
    checks.push({ target, measured: `not measured (${error.message})`, limit: '', ok: false, section });
  }
}
export function figure(result, what) {
  if (!result) throw new Error(`${what}: not run`);
  if (result.failed) throw new Error(`${what}: ${result.failed}`);
  return result;
}
/** Wall time as a multiple of the floor run beside it. */
export const overFloor = (result, what) => figure(result, what).wall / result.floor;

/** The table of the rows of one part of BENCHMARKS.md. */
export const tableOf = (part) =>
  [
    '| what | logbook | wall (median) | peak memory | note |',
    '|---|---|---|---|---|',
    ...rows
      .filter((r) => r.section === part)
      .map((r) => {
        const note = [r.floor ? `floor beside it ${ms(r.floor)}` : '', r.note].filter(Boolean).join('; ');
        return `| ${r.what} | ${r.size} | ${r.failed ? '—' : ms(r.wall)} | ${mib(r.rss)} | ${cell(note)} |`;
      }),
  ].join('\n');
/** The table of the targets of one part of BENCHMARKS.md. */
export const targetsOf = (part) =>
  [
    '| target | measured | limit | met |',
    '|---|---|---|---|',
    ...checks
      .filter((c) => c.section === part)
      .map((c) => `| ${c.target} | ${cell(c.measured)} | ${c.limit} | ${c.ok ? 'yes' : '**no**'} |`),
  ].join('\n');
