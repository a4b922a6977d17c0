import type { Channel, Complaint, Status } from '../domain/types.js';
import type { Ask } from '../prompts/ask.js';
import { askListen } from '../prompts/listen.js';
import type { ClosingAnswers, Given, Setting } from '../prompts/answers.js';
import type { ComplaintPatch, Store } from '../store/store.js';

// The five phases in order, each saved in one transaction before the next begins, so
// Ctrl-C or a closed terminal never loses a finished phase. `progress.id` tells the
// command which draft to name when it is interrupted. The later phases are loaded once
// the first question is on screen: the operator is not kept waiting for them.

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

export async function runWizard(
  context: WizardContext,
  draft: Complaint | null,
  progress: { id: number | null },
): Promise<WizardResult> {
  const { store, clock, ask, given, setting } = context;
  let complaint = draft;

  // Who is at the keyboard: the name given in phase 1, or on resume --operator / the setting.
  let recorder = setting.operator ?? draft?.operator ?? null;
  const operator = () => recorder;
  const savePhase = async (
    phase: number,
    patch: ComplaintPatch,
    extra: Pick<Parameters<Store['recordChange']>[0], 'customer' | 'customerPatch'> = {},
  ) => {
    complaint = await store.recordChange({
      id: progress.id!,
      patch: { ...patch, phaseReached: phase },
      ...extra,
      event: { kind: 'phase', operator: operator(), details: { phase } },
    });
  };
  /** The protocol, each step saved at once; true when the call was ended. */
  const escalate = async (): Promise<boolean> => {
    const { runEscalation } = await import('../prompts/abusive.js');
    const result = await runEscalation(ask, async (step, to) => {
      complaint = await store.recordChange({
        id: progress.id!,
        patch: { mood: 'abusive' },
        event: { kind: 'escalation', operator: operator(), details: to ? { step, to } : { step } },
      });
    });
    return result.ended;
  };
  const stop = (): WizardResult => ({ complaint: complaint!, endedEarly: true });

  if (!complaint) {
    const listen = await askListen(ask, given, setting, context.opening);
    complaint = await store.createComplaint(
      { ...listen, receivedAt: clock().toISOString(), phaseReached: 1 },
      { kind: 'created', operator: listen.operator, details: {} },
    );
    progress.id = complaint.id;
    recorder = listen.operator;
    if (listen.mood === 'abusive' && ask.interactive && (await escalate())) return stop();
  }
  progress.id = complaint.id;

  if (complaint.phaseReached < 2) {
    const { askFacts } = await import('../prompts/facts.js');
    const { customer, customerPatch, ...facts } = await askFacts(ask, given, setting);
    await savePhase(2, facts, { customer, customerPatch });
  }

  if (complaint.phaseReached < 3) {
    const { askApology } = await import('../prompts/apology.js');
    const { turnedAbusive, ...apology } = await askApology(ask, given, setting);
    // At the counter or on the phone the customer was answered there and then.
    const live = complaint.channel === 'counter' || complaint.channel === 'phone';
    const patch: ComplaintPatch = {
      ...apology,
      ...(live && !complaint.firstResponseAt ? { firstResponseAt: clock().toISOString() } : {}),
    };
    await savePhase(3, turnedAbusive ? { ...patch, mood: 'abusive' } : patch);
    if (turnedAbusive && (await escalate())) return stop();
  }

  if (complaint.phaseReached < 4) {
    const { askSolution } = await import('../prompts/solution.js');
    await savePhase(4, await askSolution(ask, given, complaint.request));
  }

  const { askClosing } = await import('../prompts/closing.js');
  for (;;) {
    const phone = complaint.callbackPhone ?? complaint.customer?.phone ?? null;
    const closing = await askClosing(ask, given, setting, phone, complaint.assignee);
    if (closing.kind === 'abusive') {
      if (await escalate()) return stop();
      continue;
    }
    const now = clock().toISOString();
    const status = finalStatus(closing, complaint.assignee);
    const patch = closingPatch(closing, now);
    const details: Record<string, unknown> = {};
    if (complaint.assignee) details.assignee = complaint.assignee;
    if (patch.nextContactAt) details.nextContactAt = patch.nextContactAt;
    complaint = await store.recordChange({
      id: complaint.id,
      status,
      patch: { ...patch, phaseReached: 5 },
      event: { kind: 'completed', operator: operator(), details },
    });
    return { complaint, endedEarly: false };
  }
}
