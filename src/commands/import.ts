import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { operatorFor, withStore } from '../context.js';
import { UserError } from '../errors.js';
import { t, tn } from '../i18n/index.js';
import { printLine, printMessage } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';
import { progressLine } from '../transfer/progress.js';
import { reportProblems } from '../transfer/problems.js';
import { readImport } from '../transfer/read.js';

interface ImportOptions {
  dryRun?: boolean;
  operator?: string;
}

export async function run(command: Command): Promise<void> {
  const [file] = command.args as [string];
  const options = command.opts<ImportOptions>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UserError('import.cannotRead', { path: sanitize(file), detail: sanitize((error as Error).message) });
  }
  await withStore(command, async (store, clock) => {
    const operator = await operatorFor(store, options.operator);
    // Everything is checked before anything is written: one bad row and nothing is imported.
    const parsed = readImport(bytes, { now: clock(), source: basename(file), operator });
    if (parsed.problems.length > 0) {
      reportProblems(parsed.problems);
      printMessage(tn('import.refused.count', parsed.problems.length));
      throw new UserError('import.refused');
    }
    const progress = progressLine(parsed.count);
    const result = await store.importRecords(parsed.records(), { dryRun: options.dryRun === true, onProgress: progress.update });
    progress.done();
    printLine(t(options.dryRun ? 'import.dryRun' : 'import.done', { ...result }));
  });
}
