import { callbackRules } from '../../src/domain/hours.js';
import type { Setting } from '../../src/prompts/answers.js';
import type { CustomerMatch } from '../../src/store/store.js';

/** What the phases know about the shop, for prompt tests: Monday 23 Nov 2026, 11:00 in Paris. */
export function testSetting(overrides: Partial<Setting> = {}, customers: CustomerMatch[] = []): Setting {
  return {
    now: new Date('2026-11-23T10:00:00Z'),
    operator: 'Alice',
    operatorConfigured: true,
    team: [],
    lastOperator: null,
    categories: [],
    callback: callbackRules({ hours: null, time: null, delay: null }),
    noteWords: [],
    attachmentMax: 10_000_000,
    findCustomers: async () => customers,
    ...overrides,
  };
}

export function customerMatch(
  id: number,
  name: string,
  extra: Partial<CustomerMatch> = {},
  phone: string | null = null,
): CustomerMatch {
  return {
    customer: {
      id,
      name,
      phone,
      email: null,
      company: null,
      address: null,
      createdAt: '2026-01-05T09:00:00.000Z',
      forgottenAt: null,
    },
    complaints: 0,
    lastReceivedAt: null,
    pending: 0,
    ...extra,
  };
}
