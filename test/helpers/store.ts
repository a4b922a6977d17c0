import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { NOW } from './cli.js';

/** Opens a real SQLite logbook with a clock that can be moved by the test. */
export async function testStore(path: string, start = NOW): Promise<{ store: Store; clock: { now: Date } }> {
  const clock = { now: new Date(start) };
  const store = await openStore(path, () => new Date(clock.now.getTime()));
  return { store, clock };
}
