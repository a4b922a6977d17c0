import { describe, expect, it } from 'vitest';
import { canMove, nextStatuses } from '../../src/domain/status.js';
import { STATUSES } from '../../src/domain/types.js';

describe('status transitions', () => {
  it('lets a closed complaint only be reopened', () => {
    expect(nextStatuses('closed')).toEqual(['open']);
    expect(canMove('closed', 'closed')).toBe(false);
  });

  it('never sends a complaint back to draft', () => {
    for (const from of STATUSES) expect(canMove(from, 'draft')).toBe(false);
  });

  it('lets a promised callback be moved to a new date', () => {
    expect(canMove('awaiting_callback', 'awaiting_callback')).toBe(true);
  });

  it('knows every status', () => {
    for (const from of STATUSES) for (const to of nextStatuses(from)) expect(STATUSES).toContain(to);
  });
});
