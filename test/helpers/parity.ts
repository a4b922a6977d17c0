import type { Status } from '../../src/domain/types.js';
import type { ImportRecord } from '../../src/store/store.js';

// A logbook of varied complaints made from a fixed seed, for the tests that compare both
// stores: statuses, moods, channels, free categories with accents, durations that fall on a
// half at the second decimal, follow-ups due just before and just after local midnight,
// escalations, repeat customers, pending callbacks.

const STATUSES: Status[] = ['draft', 'open', 'awaiting_callback', 'transferred', 'resolved', 'closed', 'closed'];
const MOODS = ['calm', 'upset', 'angry', 'abusive', null] as const;
const CHANNELS = ['counter', 'phone', 'email', 'web', 'mail'] as const;
const CATEGORIES = ['réseau', 'defective', 'Délai', 'billing', null, 'été'];
const REQUESTS = ['refund', 'exchange', 'repair', 'gesture', 'apology', 'other', null] as const;
const SOLUTIONS = ['refund', 'exchange', 'repair', 'credit', 'gesture', 'explanation', 'other', null] as const;
const OUTCOMES = ['resolved', 'partial', 'unresolved'] as const;
const OPERATORS = ['Anne', 'Élodie', 'Paul', null, 'anne'];

export function* logbookRecords(count: number): Generator<ImportRecord> {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const start = Date.UTC(2026, 8, 1, 6);
  for (let i = 1; i <= count; i++) {
    const received = start + Math.floor(random() * 85 * 86_400_000);
    const status = pick(STATUSES);
    const settled = status === 'resolved' || status === 'closed';
    // Three hours and a day and a half: the julianday difference lands on a half, rounded as SQLite does.
    const tricky = [3 * 3_600_000, 36 * 3_600_000, 10_800_123, 1_800_000];
    const closedAt =
      status === 'closed' ? received + (i % 5 === 0 ? pick(tricky) : Math.floor(random() * 20 * 86_400_000)) : null;
    const firstResponse =
      random() < 0.8 ? received + (i % 4 === 0 ? pick(tricky) : Math.floor(random() * 3 * 86_400_000)) : null;
    const pending = ['open', 'awaiting_callback', 'transferred'].includes(status);
    const nextContact = pending && random() < 0.8 ? received + Math.floor(random() * 30 * 86_400_000) : null;
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    const events: ImportRecord['events'] = [
      {
        at: iso(received)!,
        operator: pick(OPERATORS),
        kind: 'created',
        statusBefore: null,
        statusAfter: 'draft',
        details: {},
      },
    ];
    for (let f = 0; f < 1 + Math.floor(random() * 3); f++) {
      // Due at 23:30 or 00:30 Paris time, followed up the same evening or the next morning.
      const dueDay = Math.floor((received + f * 86_400_000) / 86_400_000) * 86_400_000;
      const due = dueDay + (random() < 0.5 ? 22.5 : 23.5) * 3_600_000;
      const at = due + (random() < 0.5 ? -1 : 1) * Math.floor(random() * 2 * 3_600_000);
      const scheduled = random() < 0.8;
      events.push({
        at: iso(at)!,
        operator: pick(OPERATORS),
        kind: 'follow_up',
        statusBefore: 'open',
        statusAfter: 'open',
        details: scheduled ? { note: `Appel ${i}.${f}`, dueAt: iso(due) } : { note: `Appel ${i}.${f}` },
      });
    }
    if (random() < 0.1)
      events.push({
        at: iso(received + 60_000)!,
        operator: 'Anne',
        kind: 'escalation',
        statusBefore: 'draft',
        statusAfter: 'draft',
        details: { step: 2 },
      });
    yield {
      key: `parity:${i}`,
      exported: false,
      complaint: {
        id: null,
        status,
        phaseReached: 5,
        receivedAt: iso(received)!,
        createdAt: iso(received)!,
        updatedAt: iso(closedAt ?? received + 1000)!,
        channel: pick(CHANNELS),
        operator: pick(OPERATORS),
        mood: pick(MOODS),
        account: `Récit ${i} ; « entre guillemets »`,
        orderRef: random() < 0.3 ? `CMD-${i}` : null,
        purchaseDate: random() < 0.3 ? '2026-08-14' : null,
        product: random() < 0.7 ? `Produit ${i % 13}` : null,
        category: pick(CATEGORIES),
        request: pick(REQUESTS),
        facts: null,
        business: random() < 0.2,
        secondHand: random() < 0.1,
        writtenAt: null,
        apologised: pick([true, false, null]),
        apologyNote: null,
        solution: random() < 0.5 ? `Solution ${i}` : null,
        solutionType: pick(SOLUTIONS),
        assignee: status === 'transferred' ? pick(['Élodie', 'elodie', 'Paul']) : null,
        costCents: random() < 0.4 ? Math.floor(random() * 10_000) : null,
        nextContactAt: iso(nextContact),
        callbackPhone: null,
        callbackNote: null,
        outcome: settled ? pick(OUTCOMES) : null,
        satisfaction: settled && random() < 0.8 ? 1 + Math.floor(random() * 5) : null,
        cause: status === 'closed' && random() < 0.5 ? pick(['  ', 'Joint mal posé', ' Retard fournisseur ']) : null,
        lesson: status === 'closed' && random() < 0.3 ? 'Vérifier le joint' : null,
        firstResponseAt: iso(firstResponse),
        resolvedAt: settled ? iso(closedAt ?? received + 3_600_000) : null,
        closedAt: iso(closedAt),
        answerDueAt: null,
        writtenAnswerAt: null,
      },
      customer:
        random() < 0.9
          ? {
              id: null,
              name: `Client ${i % 37}`,
              phone: `06 00 00 00 ${String(i % 37).padStart(2, '0')}`,
              email: null,
              company: null,
              createdAt: null,
              forgottenAt: null,
            }
          : null,
      events,
    };
  }
}
