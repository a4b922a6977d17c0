import { refusal, type Action, type Step } from '../domain/lifecycle.js';
import type { Complaint } from '../domain/types.js';
import { UserError } from '../errors.js';
import { formatFull } from '../format/dates.js';
import { printJson, printMessage } from '../render/output.js';
import type { Store } from '../store/store.js';
import type { Ask } from '../prompts/ask.js';
import { complaintCard } from '../render/card.js';
import { callbackAt, morningTime, type CallbackRules } from '../domain/hours.js';
import { dateReader } from '../domain/spoken-dates.js';
import { lang } from '../i18n/index.js';
import { dateCheck } from '../prompts/fields.js';

// What follow-up, transfer, close and reopen share: find the complaint, refuse what the
// rules forbid, record the step as one change, then confirm on stderr.

export async function complaintFor(store: Store, id: number, action: Action, movesOn = false): Promise<Complaint> {
  const complaint = await store.getComplaint(id);
  if (!complaint) throw new UserError('error.notFound', { id });
  const reason = refusal(action, complaint.status, movesOn);
  if (reason === 'draft') throw new UserError('lifecycle.refused.draft', { id });
  if (reason === 'closed') throw new UserError('lifecycle.refused.closed', { id });
  return complaint;
}

/** Details without the answers that were not given, so events stay small and readable. */
function compact(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
}

export interface Recorded {
  id: number;
  step: Step;
  kind: string;
  operator: string | null;
  details: Record<string, unknown>;
}

export async function recordStep(
  store: Store,
  change: Recorded,
  json: boolean | undefined,
  confirm: (updated: Complaint) => string,
): Promise<Complaint> {
  const updated = await store.recordChange({
    id: change.id,
    ...(change.step.status ? { status: change.step.status } : {}),
    patch: change.step.patch,
    event: { kind: change.kind, operator: change.operator, details: compact(change.details) },
  });
  if (json) printJson(updated);
  printMessage(confirm(updated));
  return updated;
}

/** At a terminal, before the first question: the complaint's card (render/card.ts), so that
 * whoever picks it up knows who to speak to and what was promised. */
export async function showCard(ask: Ask, store: Store, complaint: Complaint, now: Date): Promise<void> {
  if (!ask.interactive) return;
  for (const line of complaintCard(complaint, await store.listEvents(complaint.id), now)) ask.say(line);
  ask.say('');
}

/** A callback asked at the terminal, read as `--callback` is (README, "Dates"): a day without a
 * time gets `callback.time`, a date already past is refused. Left empty (when not `required`):
 * undefined. */
export async function askCallback(
  ask: Ask,
  question: { message: string; required: boolean },
  now: Date,
  rules: CallbackRules,
): Promise<Date | undefined> {
  const read = await dateReader(lang());
  const reading = { direction: 'future', lang: lang(), morning: morningTime(rules) } as const;
  const when = await ask.text({ ...question, validate: dateCheck(read, now, reading) });
  return when === '' ? undefined : callbackAt(read(when, now, reading)!, now, rules);
}

/** A promised callback as said back, in full: "samedi 28 novembre 2026 à 10:00". */
export function promised(iso: string): string {
  return formatFull(new Date(iso), true);
}
