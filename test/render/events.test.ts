import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/render/events.js';

const now = new Date('2026-11-23T10:00:00Z');

describe('the timeline of a complaint', () => {
  it('names a step of the abusive-customer protocol by its label, not its stored value', () => {
    const lines = describeEvent(
      { id: 1, complaintId: 1, at: '2026-11-23T09:00:00Z', operator: 'Anne', kind: 'escalation', statusBefore: 'draft', statusAfter: 'draft', details: { step: 'end_call' } },
      now,
    ).join('\n');
    expect(lines).toContain('Mettre fin à l’échange poliment');
    expect(lines).not.toContain('end_call');
  });
});
