import { describe, expect, it } from 'vitest';
import {
  closeStep,
  followUpStep,
  parseSatisfaction,
  refusal,
  reopenStep,
  transferStep,
} from '../../src/domain/lifecycle.js';
import { canMove } from '../../src/domain/status.js';
import type { Complaint } from '../../src/domain/types.js';

const now = new Date('2026-11-23T10:00:00.000Z');
const complaint = {
  status: 'open',
  firstResponseAt: null,
  resolvedAt: null,
  nextContactAt: '2026-11-22T09:00:00.000Z',
} as Complaint;

describe('lifecycle rules', () => {
  it('sends drafts back to the wizard and closed complaints to reopen, but lets a draft be closed', () => {
    expect(refusal('followUp', 'draft')).toBe('draft');
    expect(refusal('transfer', 'draft')).toBe('draft');
    expect(refusal('reopen', 'draft')).toBe('draft');
    expect(refusal('close', 'draft')).toBeNull();
    // A contact is logged on a closed complaint; a callback or a resolution needs it reopened.
    expect(refusal('followUp', 'closed')).toBeNull();
    expect(refusal('followUp', 'closed', true)).toBe('closed');
    expect(refusal('transfer', 'closed')).toBe('closed');
    expect(refusal('reopen', 'closed')).toBeNull();
    expect(refusal('followUp', 'open')).toBeNull();
  });

  it('a first contact sets the first response; a callback awaits it, a resolution clears it', () => {
    const callback = new Date('2026-11-25T13:30:00.000Z');
    expect(followUpStep(complaint, { callback }, now)).toEqual({
      status: 'awaiting_callback',
      patch: { firstResponseAt: now.toISOString(), nextContactAt: callback.toISOString() },
    });
    expect(followUpStep({ ...complaint, firstResponseAt: 'x' }, { resolved: true }, now)).toEqual({
      status: 'resolved',
      patch: { nextContactAt: null, resolvedAt: now.toISOString() },
    });
    expect(followUpStep({ ...complaint, firstResponseAt: 'x' }, {}, now)).toEqual({ patch: {} });
  });

  it('every step leads to a status the transition table allows from where it is used', () => {
    expect(transferStep('Karim', undefined)).toEqual({ status: 'transferred', patch: { assignee: 'Karim' } });
    expect(canMove('awaiting_callback', 'transferred')).toBe(true);
    expect(reopenStep()).toEqual({ status: 'open', patch: { closedAt: null } });
    expect(canMove('closed', 'open')).toBe(true);
  });

  it('closing clears the next contact, and a resolved outcome dates the resolution if none was', () => {
    const step = closeStep(complaint, { outcome: 'resolved', satisfaction: 4, cause: 'joint' }, now);
    expect(step.status).toBe('closed');
    expect(step.patch).toEqual({
      outcome: 'resolved',
      satisfaction: 4,
      cause: 'joint',
      closedAt: now.toISOString(),
      nextContactAt: null,
      resolvedAt: now.toISOString(),
    });
    expect(closeStep(complaint, { outcome: 'unresolved', satisfaction: 1 }, now).patch.resolvedAt).toBeUndefined();
  });

  it('reads a satisfaction mark from 1 to 5 only', () => {
    expect(['1', '5', ' 3 '].map(parseSatisfaction)).toEqual([1, 5, 3]);
    expect(['0', '6', '4.5', 'bien', ''].map(parseSatisfaction)).toEqual([null, null, null, null, null]);
  });
});
