import type { Channel, Complaint, Status } from '../domain/types.js';
import type { Ask } from '../prompts/ask.js';
import { askListen } from '../prompts/listen.js';
import type { Answers, ClosingAnswers, Draft, Given, Setting } from '../prompts/answers.js';
import type { ComplaintPatch, Store } from '../store/store.js';

// The five phases in order. At a terminal every answer is saved into the draft as soon as it
// is given, and each phase ends with one event, so Ctrl-C or a closed terminal loses nothing
// typed; without one, each phase is saved in one transaction. The customer's account creates
// the draft. `progress.id` tells the command which draft to name when it is interrupted. The
// later phases are loaded once the first question is on screen: the operator is not kept
// waiting for them.

interface WizardContext {
  store: Store;
  clock: () => Date;
  ask: Ask;
  given: Given;
  setting: Setting;
  /** The first question of phase 1, when it was asked before the logbook opened. */
  opening?: Promise<Channel>;
}

interface WizardResult {
  complaint: Complaint;
  /** The call was ended under the abusive-customer protocol: the complaint stays a draft. */
  endedEarly: boolean;
}

/** Where the complaint lands once the wizard is done. Settled on the spot, it is closed
 * there and then, so the report counts it in the period it was settled (README, "Recording
 * a complaint"); a later contact can still be logged with `follow-up`. */
function finalStatus(closing: ClosingAnswers, assignee: string | null): Status {
  if (closing.kind === 'solved') return 'closed';
  if (assignee) return 'transferred';
  if (closing.kind === 'later' && closing.nextContactAt) return 'awaiting_callback';
  return 'open';
}

function closingPatch(closing: ClosingAnswers, now: string): ComplaintPatch {
  if (closing.kind === 'solved')
    return { outcome: closing.outcome, satisfaction: closing.satisfaction, resolvedAt: now, closedAt: now };
  if (closing.kind === 'later')
    return {
      nextContactAt: closing.nextContactAt,
      callbackPhone: closing.callbackPhone,
      callbackNote: closing.callbackNote,
    };
  return {};
}

/** Later answers over earlier ones. */
function merged(earlier: Answers, later: Answers): Answers {
  const customerPatch = { ...earlier.customerPatch, ...later.customerPatch };
  return {
    patch: { ...earlier.patch, ...later.patch },
    ...(later.customer || earlier.customer ? { customer: later.customer ?? earlier.customer } : {}),
    ...(Object.keys(customerPatch).length > 0 ? { customerPatch } : {}),
  };
}

const isEmpty = (answers: Answers) =>
  !answers.customer && !answers.customerPatch && Object.keys(answers.patch ?? {}).length === 0;

export async function runWizard(
  context: WizardContext,
  draft: Complaint | null,
  progress: { id: number | null },
): Promise<WizardResult> {
  const { store, clock, ask, given, setting } = context;
  const receivedAt = clock().toISOString();
  let complaint = draft;
  // Who is at the keyboard: the name given in phase 1, or on resume --operator / the setting.
  let recorder = setting.operator ?? draft?.operator ?? null;
  let pending: Answers = {};

  /** Writes the answers not yet saved: the first ones create the draft. `phase` ends a phase
   * with its event (phase 1's is `created`). */
  const save = async (phase?: number) => {
    const { patch = {}, customer, customerPatch } = pending;
    if (phase === undefined && isEmpty(pending)) return;
    pending = {};
    const phasePatch = phase === undefined ? patch : { ...patch, phaseReached: phase };
    if (!complaint) {
      if ('operator' in patch) recorder = patch.operator ?? null;
      complaint = await store.createComplaint(
        { ...phasePatch, receivedAt, phaseReached: phase ?? 0 },
        { kind: 'created', operator: recorder, details: {} },
        customer,
      );
      progress.id = complaint.id;
    } else if (phase === undefined || phase === 1) {
      complaint = await store.patchDraft({ id: complaint.id, patch: phasePatch, customer, customerPatch });
    } else {
      complaint = await store.recordChange({
        id: complaint.id,
        patch: phasePatch,
        customer,
        customerPatch,
        event: { kind: 'phase', operator: recorder, details: { phase } },
      });
    }
  };
  const view: Draft = {
    get current() {
      return complaint;
    },
    async keep(answers) {
      pending = merged(pending, answers);
      if (ask.interactive) await save();
    },
    async attach(file) {
      await store.addAttachments(complaint!.id, [file], recorder);
    },
  };

  /** The protocol, each step saved at once; a colleague it hands over to becomes the
   * assignee. True when the call was ended. */
  const escalate = async (): Promise<boolean> => {
    await save();
    const { runEscalation } = await import('../prompts/abusive.js');
    const result = await runEscalation(ask, async (step, to) => {
      complaint = await store.recordChange({
        id: complaint!.id,
        patch: to ? { mood: 'abusive', assignee: to } : { mood: 'abusive' },
        event: { kind: 'escalation', operator: recorder, details: to ? { step, to } : { step } },
      });
    });
    return result.ended;
  };
  const stop = (): WizardResult => ({ complaint: complaint!, endedEarly: true });

  if (!complaint || complaint.phaseReached < 1) {
    await askListen(ask, given, setting, view, context.opening);
    await save(1);
    if (complaint!.mood === 'abusive' && ask.interactive && (await escalate())) return stop();
  }
  progress.id = complaint!.id;

  if (complaint!.phaseReached < 2) {
    const { askFacts } = await import('../prompts/facts.js');
    await askFacts(ask, given, setting, view);
    await save(2);
  }

  if (complaint!.phaseReached < 3) {
    const { askApology } = await import('../prompts/apology.js');
    // After the protocol, once the customer has calmed down, the apology is still owed.
    while ((await askApology(ask, given, view)) === 'abusive') {
      if (await escalate()) return stop();
    }
    // At the counter or on the phone the customer was answered there and then.
    const live = complaint!.channel === 'counter' || complaint!.channel === 'phone';
    if (live && !complaint!.firstResponseAt) await view.keep({ patch: { firstResponseAt: clock().toISOString() } });
    await save(3);
  }

  if (complaint!.phaseReached < 4) {
    const { askSolution } = await import('../prompts/solution.js');
    await askSolution(ask, given, complaint!.request, view);
    await save(4);
  }

  const { askClosing } = await import('../prompts/closing.js');
  let detailed = false;
  for (let first = true; ; first = false) {
    const closing = await askClosing(ask, given, setting, view, {
      first,
      offerDetails: ask.interactive && !detailed,
      detailed,
    });
    if (closing.kind === 'abusive') {
      if (await escalate()) return stop();
      continue;
    }
    if (closing.kind === 'details') {
      const { askDetails } = await import('../prompts/details.js');
      await askDetails(ask, given, setting, view);
      detailed = true;
      continue;
    }
    // What phase 5 kept without a terminal is written with its end, in one transaction.
    const { patch: kept = {}, customer, customerPatch } = pending;
    pending = {};
    const now = clock().toISOString();
    const assignee = kept.assignee === undefined ? complaint!.assignee : kept.assignee;
    const status = finalStatus(closing, assignee);
    const patch = closingPatch(closing, now);
    const details: Record<string, unknown> = {};
    if (assignee) details.assignee = assignee;
    if (patch.nextContactAt) details.nextContactAt = patch.nextContactAt;
    complaint = await store.recordChange({
      id: complaint!.id,
      status,
      patch: { ...kept, ...patch, phaseReached: 5 },
      customer,
      customerPatch,
      event: { kind: 'completed', operator: recorder, details },
    });
    return { complaint, endedEarly: false };
  }
}
