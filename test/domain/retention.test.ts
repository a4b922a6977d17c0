import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/dates.js';
import { anonymousDetails, mentionsCustomer, retentionCutoff } from '../../src/domain/retention.js';

const helene = {
  name: 'Hélène Lefèvre',
  phone: '06 12 34 56 78',
  email: 'Helene@Example.fr',
  company: 'Menuiserie Bois-Joli',
};

describe('retention', () => {
  it('puts the cut-off three years before now by default', () => {
    expect(retentionCutoff(new Date('2026-11-23T10:00:00Z'), parseDuration('3y')!).toISOString()).toBe(
      '2023-11-23T10:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-11-23T10:00:00Z'), parseDuration('14d')!).toISOString()).toBe(
      '2026-11-09T10:00:00.000Z',
    );
  });

  it('finds the customer named in a text by a word of their name or company, their phone or their e-mail', () => {
    expect(mentionsCustomer('rappeler LEFEVRE demain', helene)).toBe(true);
    expect(mentionsCustomer('livré chez Bois-Joli', helene)).toBe(true);
    expect(mentionsCustomer('joindre au +33 6 12 34 56 78', helene)).toBe(true);
    expect(mentionsCustomer('écrire à helene@example.fr', helene)).toBe(true);
    expect(mentionsCustomer('lot défectueux, tester avant la vente', helene)).toBe(false);
    // Short words of a name ("de", "Le") would match everything.
    expect(mentionsCustomer('le lot de mars', { name: 'Le De', phone: null, email: null, company: null })).toBe(false);
    expect(mentionsCustomer('rappeler Lefèvre', null)).toBe(false);
  });

  it('keeps only the anonymous details of an event', () => {
    expect(
      anonymousDetails(
        'closed',
        { outcome: 'resolved', satisfaction: 4, note: 'client pressé', lesson: 'prévenir Hélène' },
        helene,
      ),
    ).toEqual({ outcome: 'resolved', satisfaction: 4 });
    expect(anonymousDetails('imported', { source: 'lefevre.csv' }, helene)).toEqual({});
  });

  it('drops what a follow-up achieved, typed freely, even when it names nobody', () => {
    expect(
      anonymousDetails(
        'follow_up',
        {
          note: 'client pressé',
          channel: 'phone',
          outcome: 'accepte un avoir de 20 €',
          dueAt: '2026-11-24T09:00:00.000Z',
        },
        helene,
      ),
    ).toEqual({ channel: 'phone', dueAt: '2026-11-24T09:00:00.000Z' });
    expect(anonymousDetails('reopened', { reason: 'rappelle, toujours en panne' }, helene)).toEqual({});
    expect(anonymousDetails('unknown', { step: 'limits' }, helene)).toEqual({});
  });
});
