import type { Command } from 'commander';
import { ALL_SHOPS, clockFrom, globals } from '../context.js';
import { shopOf } from '../machine.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { printLine, printMessage } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';
import { displayLocation, logbookPath, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { progressLine } from '../transfer/progress.js';

// Moving a logbook: from a file to a server when a shop outgrows one machine, or back to a
// file. Every row goes with its id, in one transaction on the target: it gets the whole
// logbook or nothing. A target already holding complaints is refused, unless they are this
// logbook's own (a copy made before): it is then brought up to date.

interface CopyOptions {
  to: string;
  from?: string;
}

/** Whether every complaint of `target` is in `source` with the same id and creation time,
 * walking both in id order. */
async function sameLogbook(source: Store, target: Store): Promise<boolean> {
  const theirs = source.complaintStamps()[Symbol.asyncIterator]();
  let batch: [number, string][] = [];
  let at = 0;
  const next = async (): Promise<[number, string] | null> => {
    while (at >= batch.length) {
      const read = await theirs.next();
      if (read.done) return null;
      batch = read.value;
      at = 0;
    }
    return batch[at++];
  };
  try {
    let candidate = await next();
    for await (const ours of target.complaintStamps()) {
      for (const [id, createdAt] of ours) {
        while (candidate !== null && candidate[0] < id) candidate = await next();
        if (candidate === null || candidate[0] !== id || candidate[1] !== createdAt) return false;
      }
    }
    return true;
  } finally {
    await theirs.return?.();
  }
}

/** A row the target refuses (a value its types or constraints do not take) refuses the
 * copy, which then wrote nothing: said as such, with the target's words. */
function refusedRow(error: unknown, to: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^(2[23]|SQLITE_CONSTRAINT|SQLITE_MISMATCH)/.test(code)) return error;
  return new UserError('copy.refused', { to, detail: sanitize(error instanceof Error ? error.message : code) });
}

export async function run(command: Command): Promise<void> {
  const options = command.opts<CopyOptions>();
  const from = options.from ? logbookPath(options.from, {}) : logbookPath(globals(command).db, process.env);
  const to = logbookPath(options.to, {});
  const shown = { from: sanitize(displayLocation(from)), to: sanitize(displayLocation(to)) };
  if (from === to) throw new UserError('copy.same', shown);
  const clock = clockFrom(process.env);
  const source = await openStore(from, clock);
  try {
    // Complaints from a file were taken in this machine's shop.
    const shop = shopOf(globals(command).shop, process.env);
    const target = await openStore(to, clock, shop === ALL_SHOPS ? null : shop);
    try {
      const counts = await target.rowCounts();
      const filled = counts.complaints > 0 || counts.customers > 0;
      if (filled && !(await sameLogbook(source, target))) throw new UserError('copy.notEmpty', shown);
      const total = process.stderr.isTTY === true ? (await source.rowCounts()).complaints : 0;
      const progress = progressLine(() => total, 'copy.progress');
      let written;
      try {
        written = await target.writeRows(source.readRows(), {
          replace: filled || counts.settings > 0,
          onProgress: progress.update,
        });
      } catch (error) {
        throw refusedRow(error, shown.to);
      } finally {
        progress.done();
      }
      printLine(t('copy.done', { ...written, to: shown.to }));
      if (filled) printMessage(t('copy.refreshed', shown));
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
