import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { addDays } from 'date-fns/addDays';
import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EXIT, UserError } from '../errors.js';
import { tn } from '../i18n/index.js';
import { printMessage, stdoutIsTerminal } from '../render/output.js';
import { dataFilter, sanitize } from '../format/sanitize.js';
import type { ExportFilter } from '../store/store.js';
import { writeCsv, writeCsvRows } from '../transfer/csv.js';
import { writeIcs } from '../transfer/ics.js';
import { writeExcelCsv } from '../transfer/excel.js';
import { jsonLines, writeJsonLines } from '../transfer/json.js';
import { openSink } from '../transfer/sink.js';
import { EXPORT_FORMATS, EXPORT_READERS } from '../options/choices.js';
import { parseReceivedRange } from '../options/values.js';
import { parseChoice, parseStatuses } from '../options/checks.js';

type ExportOptions = Parameters<Handler<typeof DECLARATIONS.export>>[1];

const WRITERS = { csv: writeCsv, ics: writeIcs, excel: writeExcelCsv } as const;
type Format = 'csv' | 'json' | 'ics';

// A calendar file withdraws the callbacks done or cancelled in the last 30 days: a shop that
// exports its calendar at least once a month keeps it right, and the file does not grow
// with every callback the logbook ever had (a phone importing thousands of cancelled events
// would crawl). A callback cleared earlier had a month to be withdrawn by a later export.
const CANCELLED_DAYS = 30;

async function filterFrom(options: ExportOptions, format: Format, forExcel: boolean, now: Date): Promise<ExportFilter> {
  const filter: ExportFilter = { callbacks: format === 'ics', ...(await parseReceivedRange(options, now)) };
  // The spreadsheet to read shows no history.
  if (forExcel) filter.history = false;
  // JSON carries the attachments' bytes, to be imported back; a CSV names them.
  if (format !== 'ics') filter.attachments = format === 'json' ? 'bytes' : 'names';
  if (format === 'ics') filter.cancelledSince = addDays(now, -CANCELLED_DAYS);
  if (options.status !== undefined) filter.statuses = parseStatuses(options.status);
  return filter;
}

// However little garbage each complaint leaves, every young-generation collection moves a
// kilobyte or so of it to the old generation, which V8 collects only once some 8 MiB have
// piled up: an export of a million complaints then peaked 15 MiB above one of ten thousand.
// A full collection every 20,000 complaints (a few milliseconds) keeps the heap at its live
// size. The collector is reached through a context created once --expose-gc is set; where
// that fails, the export runs without.
const COLLECT_EVERY = 20_000;

function fullCollector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

async function* collecting<T>(items: AsyncIterable<T>): AsyncIterable<T> {
  const gc = fullCollector();
  let count = 0;
  for await (const item of items) {
    yield item;
    if (gc !== null && ++count % COLLECT_EVERY === 0) gc();
  }
}

export const run: Handler<typeof DECLARATIONS.export> = async (_args, options, context) => {
  // Each row read makes short-lived garbage; V8 answers a long run of it by growing its young
  // generation several times over, so a million-row export would hold far more memory than
  // a small one while the live data stays a few megabytes. Keep it at its starting size.
  setFlagsFromString('--semi-space-growth-factor=1');
  if (options.format === undefined) throw new UserError('export.formatMissing', {}, EXIT.usage);
  const format = parseChoice<Format>('--format', options.format, EXPORT_FORMATS);
  const forExcel = options.for !== undefined && parseChoice('--for', options.for, EXPORT_READERS) === 'excel';
  if (forExcel && format !== 'csv') throw new UserError('export.forCsvOnly', {}, EXIT.usage);
  // A date the program cannot read is said before the logbook is looked for.
  const filter = await filterFrom(options, format, forExcel, context.clock());
  await withStore(context, async (store) => {
    const terminal = options.output === undefined && stdoutIsTerminal();
    const sink = openSink(options.output, dataFilter(format === 'json', terminal));
    const csvRows = format === 'csv' && !forExcel ? store.exportCsvRows?.(filter) : undefined;
    try {
      const count =
        format === 'json'
          ? await writeJsonLines(
              collecting(store.exportJsonLines?.(filter) ?? jsonLines(store.exportComplaints(filter))),
              sink,
            )
          : csvRows !== undefined
            ? await writeCsvRows(collecting(csvRows), sink)
            : await WRITERS[forExcel ? 'excel' : format](collecting(store.exportComplaints(filter)), sink, {
                logbookId: await store.logbookId(),
              });
      await sink.close();
      if (options.output !== undefined) printMessage(tn('export.written', count, { path: sanitize(options.output) }));
    } finally {
      sink.discard();
    }
  });
};
