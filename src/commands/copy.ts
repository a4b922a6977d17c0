import { ALL_SHOPS, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EXIT, UserError } from '../errors.js';
import { sanitize } from '../format/sanitize.js';
import { t, tn } from '../i18n/index.js';
import { printLine, printMessage } from '../render/output.js';
import { displayLocation, logbookPath, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { progressLine } from '../transfer/progress.js';

// Moving a logbook: from a file to a server when a shop outgrows one machine, or back to a
// file. Every row goes with its id, in one transaction on the target: it gets the whole
// logbook or nothing. A target already holding complaints is refused, unless they are this
// logbook's own (a copy made before): it is then brought up to date.

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

export const run: Handler<typeof DECLARATIONS.copy> = async (_args, options, context) => {
  if (!options.to) throw new UserError('copy.noTarget', {}, EXIT.usage);
  const from = options.from ? logbookPath(options.from, {}) : context.logbook;
  const to = logbookPath(options.to, {});
  const shown = { from: sanitize(displayLocation(from)), to: sanitize(displayLocation(to)) };
  if (from === to) throw new UserError('copy.same', shown);
  // The logbook copied from is read, never created: a path with no logbook is refused.
  const source = await openStore(from, context.clock, { create: false });
  try {
    // Complaints from a file were taken in this machine's shop.
    const shop = context.shop === ALL_SHOPS ? null : context.shop;
    const target = await openStore(to, context.clock, { create: true }, shop);
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
      const copied = {
        complaints: tn('customer.count', written.complaints),
        customers: tn('count.customers', written.customers),
        events: tn('count.events', written.events),
        settings: tn('count.settings', written.settings),
      };
      printLine(t('copy.done', { ...copied, to: shown.to }));
      if (filled) printMessage(t('copy.refreshed', shown));
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
};
