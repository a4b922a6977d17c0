import { testStore } from '../helpers/store.js';

/** Text a spreadsheet, a CSV parser or a terminal could trip on. */
export const HOSTILE = 'Il a dit "c\'est nul"; puis, il est parti\r\nligne 2\n\ttabulé 😡 \u0007 fin ';

/** A small logbook with what export and import must carry: customers shared by two
 * complaints, formula-looking text, hostile text, a pending callback, a closed complaint. */
export async function seedLogbook(path: string): Promise<void> {
  const { store, clock } = await testStore(path, '2026-11-20T09:00:00.000Z');
  const operator = 'Anne';
  const helene = { name: 'Hélène Lefèvre', phone: '+33 6 12 34 56 78', email: 'helene@example.fr' };
  const first = await store.createComplaint(
    { channel: 'phone', operator, mood: 'angry', account: '=HYPERLINK("http://evil","clic")', phaseReached: 1 },
    { kind: 'created', operator },
    helene,
  );
  clock.now = new Date('2026-11-20T09:10:00.000Z');
  await store.recordChange({
    id: first.id,
    status: 'awaiting_callback',
    patch: {
      product: 'Perceuse; modèle "X", 18 V',
      facts: HOSTILE,
      costCents: 2500,
      nextContactAt: '2026-11-25T08:30:00.000Z',
      callbackPhone: '+33 6 12 34 56 78',
      phaseReached: 5,
    },
    event: { kind: 'completed', operator, details: { nextContactAt: '2026-11-25T08:30:00.000Z', note: '@mention -1' } },
  });
  clock.now = new Date('2026-11-21T14:00:00.000Z');
  const second = await store.createComplaint(
    { channel: 'counter', operator, product: '-5 % promis', category: 'billing' },
    { kind: 'created', operator },
    { id: first.customerId! },
  );
  await store.recordChange({
    id: second.id,
    status: 'closed',
    patch: { outcome: 'resolved', satisfaction: 4, business: true, apologised: true, purchaseDate: '2026-11-02' },
    event: { kind: 'closed', operator, details: { outcome: 'resolved', satisfaction: 4 } },
  });
  clock.now = new Date('2026-11-22T16:45:00.000Z');
  await store.createComplaint(
    { channel: 'email', account: "'=déjà protégé", solution: '+ rapide' },
    { kind: 'created', operator: null },
    { name: 'Bob', phone: null, email: null, company: 'Bob & Fils' },
  );
  await store.close();
}
