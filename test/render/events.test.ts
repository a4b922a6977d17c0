import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintEvent } from '../../src/domain/types.js';
import { setLang } from '../../src/i18n/index.js';
import { describeEvent } from '../../src/render/events.js';

const now = new Date('2026-11-23T10:00:00.000Z');

function event(kind: string, details: Record<string, unknown>): ComplaintEvent {
  return {
    id: 1,
    complaintId: 1,
    at: '2026-11-23T09:00:00.000Z',
    operator: 'Léa',
    kind,
    statusBefore: 'open',
    statusAfter: 'closed',
    details,
  };
}

afterEach(() => setLang('fr'));

describe('the timeline of a complaint', () => {
  it('formats dates held in details and translates stored values, leaving free text as typed', () => {
    process.env.TZ = 'Europe/Paris';
    const lines = describeEvent(
      event('follow_up', {
        channel: 'phone',
        outcome: 'resolved sur place',
        nextContactAt: '2026-11-25T13:30:00.000Z',
      }),
      now,
    );
    expect(lines.slice(2)).toEqual([
      '    Canal : téléphone',
      '    Résultat : resolved sur place',
      '    Prochain rappel : 25 nov. 2026, 14:30',
    ]);
  });

  it('puts numbers in the headline and translates a closing outcome, in English too', () => {
    setLang('en');
    const lines = describeEvent(event('closed', { outcome: 'partial', satisfaction: 3 }), now);
    expect(lines[0]).toContain('— closed, satisfaction 3/5');
    expect(lines).toContain('    Outcome : partly');
  });

  it('does not repeat under the headline a detail the headline already names', () => {
    const lines = describeEvent(event('transferred', { to: 'Karim', note: 'voir le SAV' }), now);
    expect(lines[0]).toContain('— confiée à Karim');
    expect(lines.slice(2)).toEqual(['    Note : voir le SAV']);
  });

  it('names a step of the abusive-customer protocol by its label, not its stored value', () => {
    const lines = describeEvent(event('escalation', { step: 'end_call' }), now).join('\n');
    expect(lines).toContain('Mettre fin à l’échange poliment');
    expect(lines).not.toContain('end_call');
  });
});
