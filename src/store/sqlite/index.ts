import { actionQueries } from './actions.js';
import { attachmentQueries } from './attachments.js';
import { ratingQueries } from './ratings.js';
import { recurringQueries } from './recurring.js';
import type { OpenOptions, Store } from '../store.js';
import { complaintQueries } from './complaints.js';
import { copyQueries } from './copy.js';
import { openDatabase } from './connection.js';
import { SqliteContext } from './context.js';
import { exportQueries } from './export.js';
import { customerQueries } from './customers.js';
import { healthQueries } from './health.js';
import { maintenanceQueries } from './backup.js';
import { checkStillThere, rememberOpened } from './moved.js';
import { privacyQueries } from './privacy.js';
import { importQueries } from './import.js';
import { settingsQueries } from './settings.js';
import { dueQueries } from './due.js';
import { clockQueries } from './clocks.js';
import { reportQueries } from './report.js';
import { finishPendingErasure } from './scrub.js';
import { searchQueries } from './search.js';

/** The logbook in one SQLite file. Each area's queries live in their own module. */
export function openSqliteStore(path: string, clock: () => Date, options: OpenOptions = {}): Store {
  const ctx = new SqliteContext(openDatabase(path, { create: options.create !== false }), clock);
  // Before anything else: an erasure whose clean-up was cut short is finished now.
  const erasure = finishPendingErasure(ctx);
  const opened = rememberOpened(path, ctx.db);
  const store: Store = {
    location: path,
    ...complaintQueries(ctx),
    ...settingsQueries(ctx),
    ...healthQueries(ctx, erasure),
    ...maintenanceQueries(ctx),
    ...privacyQueries(ctx),
    ...exportQueries(ctx),
    ...importQueries(ctx),
    ...customerQueries(ctx),
    ...dueQueries(ctx),
    ...clockQueries(ctx),
    ...reportQueries(ctx),
    ...copyQueries(ctx),
    ...searchQueries(ctx),
    ...actionQueries(ctx),
    ...attachmentQueries(ctx),
    ...ratingQueries(ctx),
    ...recurringQueries(ctx),
    async close() {
      try {
        checkStillThere(path, ctx.db, opened);
      } finally {
        ctx.db.close();
      }
    },
    // A file is one shop's logbook: there is no other shop to tell apart.
    async shops() {
      return [];
    },
    inShop: () => store,
  };
  return store;
}
