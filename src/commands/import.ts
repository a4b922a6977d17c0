import { basename } from 'node:path';
import type { Command } from 'commander';
import { operatorFor, withStore } from '../context.js';
import { UserError } from '../errors.js';
import { t, tn } from '../i18n/index.js';
import { printLine, printMessage } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';
import type { ImportResult } from '../store/store.js';
import { Refused } from '../transfer/checked.js';
import { progressLine } from '../transfer/progress.js';
import { reportProblems, type RowProblem } from '../transfer/problems.js';
import { readImport } from '../transfer/read.js';
import { fileSource, stdinSource, type Source } from '../transfer/source.js';

interface ImportOptions {
  dryRun?: boolean;
  operator?: string;
}

/** The file (`-`: standard input), opened before the logbook; any failure to read it, now
 * or later, is said as such. */
async function open(file: string): Promise<Source> {
  const cannotRead = (error: unknown) =>
    error instanceof UserError
      ? error
      : new UserError('import.cannotRead', { path: sanitize(file), detail: sanitize((error as Error).message) });
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

export async function run(command: Command): Promise<void> {
  const [file] = command.args as [string];
  const options = command.opts<ImportOptions>();
  const source = await open(file);
  try {
    await withStore(command, async (store, clock) => {
      const operator = await operatorFor(store, options.operator);
      const context = { now: clock(), source: basename(file), operator };
      const reading = readImport(source, context);
      // A file refused as a whole (not ours, a wrong header) does not wait for the logbook.
      if (reading.problems.length > 0) refuse(reading.problems);
      // Rows are checked as they are inserted, in one transaction: the first bad row stops
      // the inserting, the others are still checked, and the transaction is rolled back.
      const progress = progressLine(reading.count);
      let result: ImportResult;
      try {
        result = await store.importRecords(reading.records(), {
          dryRun: options.dryRun === true,
          onProgress: progress.update,
        });
      } catch (error) {
        progress.done();
        if (error instanceof Refused) refuse(error.problems, error.total);
        // The logbook failed before the file was read through (read-only, say): the file's
        // problems, if it has any, come first, as when every row was checked before writing.
        const refused = readImport(source, context).check();
        if (refused) refuse(refused.problems, refused.total);
        throw error;
      }
      progress.done();
      printLine(t(options.dryRun ? 'import.dryRun' : 'import.done', { ...result }));
    });
  } finally {
    source.close();
  }
}
