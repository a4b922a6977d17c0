import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeStep,
  followUpStep,
  refusal,
  reopenStep,
  transferStep,
  type Action,
  type Step,
} from '../../src/domain/lifecycle.js';
import { canMove } from '../../src/domain/status.js';
import { OUTCOMES, type Complaint } from '../../src/domain/types.js';
import { UserError } from '../../src/errors.js';
import { tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';

// Random sequences of follow-ups, transfers, closings and reopenings, applied as the
// commands apply them (refusal, then the domain step, then one recordChange): whatever the
// order, the complaint never reaches a state the domain forbids, and a refused step
// changes nothing.

const command = fc.oneof(
  fc.record({
    action: fc.constant<Action>('followUp'),
    next: fc.constantFrom('callback', 'resolved', 'nothing'),
    inHours: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ action: fc.constant<Action>('transfer'), due: fc.boolean(), inHours: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    action: fc.constant<Action>('close'),
    outcome: fc.constantFrom(...OUTCOMES),
    satisfaction: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ action: fc.constant<Action>('reopen') }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

function stepFor(complaint: Complaint, order: Command, now: Date): Step {
  const later = 'inHours' in order ? new Date(now.getTime() + order.inHours * 3_600_000) : now;
  switch (order.action) {
    case 'followUp':
      return followUpStep(
        complaint,
        'next' in order && order.next === 'callback'
          ? { callback: later }
          : 'next' in order && order.next === 'resolved'
            ? { resolved: true }
            : {},
        now,
      );
    case 'transfer':
      return transferStep('Bruno', 'due' in order && order.due ? later : undefined);
    case 'close':
      return closeStep(
        complaint,
        {
          outcome: (order as { outcome: Complaint['outcome'] & string }).outcome,
          satisfaction: (order as { satisfaction: number }).satisfaction,
        },
        now,
      );
    default:
      return reopenStep();
  }
}

/** What the domain promises of any complaint after the wizard, whatever happened since. */
function expectAllowed(complaint: Complaint): void {
  expect(complaint.status).not.toBe('draft');
  expect(complaint.closedAt !== null).toBe(complaint.status === 'closed');
  if (complaint.status === 'closed') {
    expect(complaint.outcome).not.toBeNull();
    expect(complaint.satisfaction).toBeGreaterThanOrEqual(1);
  }
  if (complaint.status === 'resolved' || complaint.status === 'closed') expect(complaint.nextContactAt).toBeNull();
  if (complaint.status === 'resolved') expect(complaint.resolvedAt).not.toBeNull();
  if (complaint.status === 'awaiting_callback') expect(complaint.nextContactAt).not.toBeNull();
}

describe('random lifecycles', () => {
  it('never reach a forbidden state, keep one event per accepted step, change nothing on a refused step', async () => {
    const db = tempLogbook();
    const { store, clock } = await testStore(db);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (orders) => {
          const created = await store.createComplaint(
            { channel: 'counter', phaseReached: 5 },
            { kind: 'created', operator: 'Anne' },
            { name: 'Marie Dupont' },
          );
          let complaint = await store.recordChange({
            id: created.id,
            status: 'open',
            event: { kind: 'completed', operator: 'Anne' },
          });
          let events = 2;
          for (const order of orders) {
            clock.now = new Date(clock.now.getTime() + 3_600_000);
            if (refusal(order.action, complaint.status) !== null) continue;
            const step = stepFor(complaint, order, clock.now);
            const allowed = step.status === undefined || canMove(complaint.status, step.status);
            try {
              complaint = await store.recordChange({
                id: complaint.id,
                ...(step.status ? { status: step.status } : {}),
                patch: step.patch,
                event: { kind: order.action, operator: 'Anne' },
              });
              expect(allowed).toBe(true);
              events++;
            } catch (error) {
              expect(error).toBeInstanceOf(UserError);
              expect(allowed).toBe(false);
              expect(await store.getComplaint(complaint.id)).toEqual(complaint);
            }
            expectAllowed(complaint);
            const history = await store.listEvents(complaint.id);
            expect(history).toHaveLength(events);
            expect(history.at(-1)!.statusAfter).toBe(complaint.status);
            history.slice(1).forEach((event, i) => expect(event.statusBefore).toBe(history[i].statusAfter));
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      await store.close();
    }
  });
});
