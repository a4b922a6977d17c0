import { actionQueries } from './actions.js';
import { attachmentQueries } from './attachments.js';
import { ratingQueries } from './ratings.js';
import { recurringQueries } from './recurring.js';
import type { Store } from '../store.js';
import { maintenanceQueries } from './backup.js';
import { complaintQueries } from './complaints.js';
import { copyQueries } from './copy.js';
import { connect, disconnect } from './connection.js';
import type { EarlyConnection } from './early.js';
import { PgContext } from './context.js';
import { customerQueries } from './customers.js';
import { dueQueries } from './due.js';
import { clockQueries } from './clocks.js';
import { exportQueries } from './export.js';
import { healthQueries } from './health.js';
import { importQueries } from './import.js';
import { migrate } from './migrations.js';
import { privacyQueries } from './privacy.js';
import { reportQueries } from './report.js';
import { searchQueries } from './search.js';
import { settingsQueries } from './settings.js';
import { shopQueries } from './shops.js';
import { displayUrl, pgSettings } from './url.js';

/** The logbook on a PostgreSQL server, shared by every counter that names it. `location` is
 * the URL without its password. */
export async function openPgStore(
  url: string,
  clock: () => Date,
  shop: string | null,
  early: EarlyConnection | null = null,
): Promise<Store> {
  const location = displayUrl(url);
  const client = await connect(url, early?.settings ?? pgSettings(url, process.env), early);
  // A connection dropped by the server between queries is reported by the query that meets it.
  client.on('error', () => undefined);
  const ctx = new PgContext(client, location, clock, shop, shop);
  try {
    await migrate(client, location);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return storeOver(ctx, url);
}

/** Every query module over one context; `inShop` makes the same over another view. */
function storeOver(ctx: PgContext, url: string): Store {
  return {
    location: ctx.location,
    ...complaintQueries(ctx),
    ...settingsQueries(ctx),
    ...healthQueries(ctx),
    ...maintenanceQueries(ctx, url),
    ...privacyQueries(ctx),
    ...exportQueries(ctx),
    ...importQueries(ctx),
    ...customerQueries(ctx),
    ...dueQueries(ctx),
    ...clockQueries(ctx),
    ...reportQueries(ctx),
    ...copyQueries(ctx),
    ...shopQueries(ctx),
    ...searchQueries(ctx),
    ...actionQueries(ctx),
    ...attachmentQueries(ctx),
    ...ratingQueries(ctx),
    ...recurringQueries(ctx),
    inShop: (view) => storeOver(ctx.inShop(view), url),
    async close() {
      await disconnect(ctx.client);
    },
  };
}
