// The largest logbook without its older history: the complaints it received in its last
// RECENT_DAYS days only, the same ones (ids, customers, dates). That is more than the week's
// report reads: its 8 weeks, its 90 days of recurring problems, and the legal clocks, the
// furthest of which looks two years back. The week's report on both is run in pairs: what
// it costs more on the whole logbook is what the older history costs it.
import { join } from 'node:path';
import { measurePair } from './measure.js';
import { seedLogbook, seededAt } from './seed.js';
import { check, label, ms, pairRow, row, times } from './figures.js';
import { bin, dataDir, envFor, first, largest, logbookOf, node, runs } from './setup.js';

const RECENT_DAYS = 800;
export const recentFile = join(dataDir, `logbook-${label(largest)}-recent.db`);

/** Seeds the largest logbook's last days, seeded at the same instant: whether there is one. */
export async function seedRecent(bySize) {
  if (!(largest !== first && bySize.has(largest))) return false;
  const seeded = Date.now();
  try {
    const at = seededAt(logbookOf(largest));
    const how = await seedLogbook(recentFile, largest, at, { keepDays: RECENT_DAYS });
    console.error(
      `(last ${RECENT_DAYS} days of ${label(largest)} ${how} in ${((Date.now() - seeded) / 1000).toFixed(1)} s)`,
    );
    return true;
  } catch (error) {
    row(`seeding the last ${RECENT_DAYS} days`, largest, { failed: error.message });
    return false;
  }
}

/** The week's report on the largest logbook, run in turn with the same logbook's last days
 * alone (`recentDb`, null when there is none). */
export function weekOverHistory(store, recentDb, wholeDb) {
  const pair = recentDb
    ? measurePair([node, [bin, 'report'], envFor(recentDb)], [node, [bin, 'report'], envFor(wholeDb)], {
        runs: 2 * runs,
      })
    : { failed: `no logbook of the last ${RECENT_DAYS} days` };
  const what = `${store}plainte report (week), ${label(largest)} run in pairs with its last ${RECENT_DAYS} days`;
  pairRow(
    what,
    largest,
    pair,
    () => `its last ${RECENT_DAYS} days alone beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)}`,
  );
  check(
    `${store}report (week) on ${label(largest)} ≤ 1.15 × on its last ${RECENT_DAYS} days alone (run in pairs)`,
    () => {
      if (pair.failed) throw new Error(pair.failed);
      return [times(pair.ratio), times(1.15), pair.ratio <= 1.15];
    },
  );
}
