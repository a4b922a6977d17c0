import { basename } from 'node:path';
import { withNewStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EXIT, systemProblem, UserError } from '../errors.js';
import { label, t, tn, type Params } from '../i18n/index.js';
import { printLine, printMessage } from '../render/output.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import { encodingNamed } from '../transfer/encoding.js';
import type { ImportResult } from '../store/store.js';
import { Refused } from '../transfer/checked.js';
import { progressLine } from '../transfer/progress.js';
import { reportProblems, type RowProblem } from '../transfer/problems.js';
import { readImport } from '../transfer/read.js';
import { fileSource, stdinSource, type Source } from '../transfer/source.js';

/** The file (`-`: standard input), opened before the logbook; any failure to read it, now
 * or later, is said as such. */
async function open(file: string): Promise<Source> {
  const cannotRead = (error: unknown) =>
    error instanceof UserError
      ? error
      : new UserError('import.cannotRead', { path: sanitize(file), detail: sanitize(systemProblem(error)) });
  let source: Source;
  try {
    source = file === '-' ? await stdinSource() : fileSource(file);
  } catch (error) {
    throw cannotRead(error);
  }
  return {
    size: source.size,
    read(into, length, position) {
      try {
        return source.read(into, length, position);
      } catch (error) {
        throw cannotRead(error);
      }
    },
    close: () => source.close(),
  };
}

function refuse(problems: readonly RowProblem[], total = problems.length): never {
  reportProblems(problems, total);
  printMessage(tn('import.refused.count', total));
  throw new UserError('import.refused');
}

/** Each complaint the file changes, line by line and field by field, on stderr; without
 * --update (or with a move the rules refuse), the import stops there with nothing written. */
function tellDifferences(result: ImportResult, update: boolean): void {
  const value = (v: unknown) =>
    v === null || v === undefined || v === '' ? '∅' : oneLine(typeof v === 'string' ? v : JSON.stringify(v), 40);
  for (const difference of result.differences.slice(0, SHOWN)) {
    const where =
      difference.where === null
        ? ''
        : 'line' in difference.where
          ? t('import.where.line', { line: difference.where.line })
          : t('import.where.index', { index: difference.where.index });
    const fields = difference.changes
      .map(({ field, before, after }) => `${field} (${value(before)} → ${value(after)})`)
      .join(', ');
    printMessage(
      `${where}${t(update ? 'import.difference.applied' : 'import.difference', { id: difference.id, fields })}`,
    );
  }
  if (result.differences.length > SHOWN) printMessage(tn('import.problems.more', result.differences.length - SHOWN));
  for (const move of result.refusedMoves)
    printMessage(
      t('import.difference.refusedMove', {
        id: move.id,
        from: label('status', move.from),
        to: label('status', move.to),
      }),
    );
  if (result.refusedMoves.length > 0) throw new UserError('import.refused');
  if (result.differences.length > 0 && !update) {
    printMessage(tn('import.differences.count', result.differences.length));
    throw new UserError('import.differences');
  }
}

/** What an import added and found, each count with its plural. */
function importCounts(result: ImportResult, dryRun: boolean): Params {
  return {
    added: tn(dryRun ? 'import.count.wouldAdd' : 'import.count.added', result.added),
    skipped: tn('import.count.skipped', result.skipped),
    customersAdded: tn(
      dryRun ? 'import.count.customersWouldAdd' : 'import.count.customersAdded',
      result.customersAdded,
    ),
    customersMatched: tn('import.count.customersMatched', result.customersMatched),
  };
}

// As for problems: the first differences say enough.
const SHOWN = 50;

export const run: Handler<typeof DECLARATIONS.import> = async ([file], options, context) => {
  const encoding = options.encoding === undefined ? undefined : encodingNamed(options.encoding);
  if (encoding === null)
    throw new UserError('import.badEncoding', { value: sanitize(options.encoding ?? '') }, EXIT.usage);
  const source = await open(file);
  try {
    await withNewStore(context, async (store, clock) => {
      const operator = await context.operatorFor(store, options.operator);
      const about = { now: clock(), source: basename(file), operator, ...(encoding ? { encoding } : {}) };
      const reading = readImport(source, about);
      if (reading.assumedEncoding) printMessage(t('import.encoding.assumed', { encoding: reading.assumedEncoding }));
      // A file refused as a whole (not ours, a wrong header) does not wait for the logbook.
      if (reading.problems.length > 0) refuse(reading.problems, reading.problemCount);
      // Rows are checked as they are inserted, in one transaction: the first bad row stops
      // the inserting, the others are still checked, and the transaction is rolled back.
      const progress = progressLine(reading.count);
      let result: ImportResult;
      try {
        result = await store.importRecords(reading.records(), {
          dryRun: options.dryRun === true,
          update: options.update === true,
          source: about.source,
          operator,
          onProgress: progress.update,
        });
      } catch (error) {
        progress.done();
        if (error instanceof Refused) refuse(error.problems, error.total);
        // The logbook failed before the file was read through (read-only, say): the file's
        // problems, if it has any, come first, as when every row was checked before writing.
        const refused = readImport(source, about).check();
        if (refused) refuse(refused.problems, refused.total);
        throw error;
      }
      progress.done();
      tellDifferences(result, options.update === true);
      const updated = options.update && result.updated > 0 ? ` ${tn('import.updated', result.updated)}` : '';
      const counts = importCounts(result, options.dryRun === true);
      printLine(`${t(options.dryRun ? 'import.dryRun' : 'import.done', counts)}${updated}`);
    });
  } finally {
    source.close();
  }
};
