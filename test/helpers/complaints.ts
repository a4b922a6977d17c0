import type { CustomerInput } from '../../src/store/store.js';
import { testStore } from './store.js';

export interface Seed {
  customer?: CustomerInput | { id: number };
  product?: string;
  /** Leave as a draft instead of finishing it as an open complaint. */
  draft?: boolean;
  receivedAt?: string;
}

/** Complaints built through the store API (not the wizard), each finished as `open` unless a draft. */
export async function seedComplaints(db: string, seeds: Seed[]): Promise<number[]> {
  const { store } = await testStore(db, '2026-11-20T09:00:00.000Z');
  const ids: number[] = [];
  try {
    for (const seed of seeds) {
      const patch = {
        channel: 'counter' as const,
        product: seed.product ?? 'Lave-linge',
        phaseReached: seed.draft ? 2 : 5,
        ...(seed.receivedAt ? { receivedAt: seed.receivedAt } : {}),
      };
      const complaint = await store.createComplaint(
        patch,
        { kind: 'created', operator: 'Léa' },
        seed.customer ?? { name: 'Marie Lefèvre', phone: '06 12 34 56 78' },
      );
      if (!seed.draft)
        await store.recordChange({ id: complaint.id, status: 'open', event: { kind: 'completed', operator: 'Léa' } });
      ids.push(complaint.id);
    }
  } finally {
    await store.close();
  }
  return ids;
}
