import type { NewAttachment } from '../../src/domain/attachments.js';
import type { Complaint } from '../../src/domain/types.js';
import type { Answers, Draft } from '../../src/prompts/answers.js';

// The complaint a phase works on, for prompt tests: what the phase keeps is gathered in
// `kept` (later answers over earlier ones) and `saves` counts the answers kept one by one.

export interface TestDraft extends Draft {
  kept: Required<Pick<Answers, 'patch'>> & Omit<Answers, 'patch'>;
  saves: number;
  /** The files attached, in order. */
  attached: NewAttachment[];
}

const BLANK: Complaint = {
  id: 1,
  status: 'draft',
  phaseReached: 1,
  receivedAt: '2026-11-23T10:00:00.000Z',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  channel: 'counter',
  operator: 'Alice',
  mood: 'calm',
  account: 'Le lave-linge fuit',
  customerId: null,
  customer: null,
  orderRef: null,
  purchaseDate: null,
  product: null,
  category: null,
  request: null,
  facts: null,
  business: false,
  secondHand: false,
  writtenAt: null,
  apologised: null,
  apologyNote: null,
  solution: null,
  solutionType: null,
  assignee: null,
  costCents: null,
  nextContactAt: null,
  callbackPhone: null,
  callbackNote: null,
  outcome: null,
  satisfaction: null,
  cause: null,
  lesson: null,
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  answerDueAt: null,
  writtenAnswerAt: null,
};

/** A draft with `fields` on file (null: none yet, as before the customer's account). */
export function testDraft(fields: Partial<Complaint> | null = {}): TestDraft {
  let current: Complaint | null = fields === null ? null : { ...BLANK, ...fields };
  const draft: TestDraft = {
    kept: { patch: {} },
    saves: 0,
    attached: [],
    async attach(file) {
      draft.attached.push(file);
    },
    get current() {
      return current;
    },
    async keep(answers) {
      draft.saves++;
      draft.kept.patch = { ...draft.kept.patch, ...answers.patch };
      if (answers.customer) draft.kept.customer = answers.customer;
      if (answers.customerPatch) draft.kept.customerPatch = { ...draft.kept.customerPatch, ...answers.customerPatch };
      const base = current ?? BLANK;
      current = { ...base, ...answers.patch };
      if (answers.customer && 'name' in answers.customer)
        current.customer = {
          id: 99,
          name: answers.customer.name,
          phone: answers.customer.phone ?? null,
          email: answers.customer.email ?? null,
          company: answers.customer.company ?? null,
          address: answers.customer.address ?? null,
          createdAt: base.createdAt,
          forgottenAt: null,
        };
      if (answers.customerPatch && current.customer)
        current.customer = { ...current.customer, ...answers.customerPatch };
    },
  };
  return draft;
}
