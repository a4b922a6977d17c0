// A separate process that appends `count` follow-up events to complaint `id` through the
// built store, one transaction each, as a second counter would. Used by concurrency tests.
import { openStore } from '../../dist/store/open.js';

const [path, id, count, who] = process.argv.slice(2);
const store = await openStore(path, () => new Date());
for (let i = 0; i < Number(count); i++) {
  await store.recordChange({
    id: Number(id),
    patch: { callbackNote: `${who} ${i}` },
    event: { kind: 'follow_up', operator: who, details: { note: `${who} ${i}` } },
  });
}
await store.close();
