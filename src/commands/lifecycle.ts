import { refusal, type Action, type Step } from '../domain/lifecycle.js';
import type { Complaint } from '../domain/types.js';
import { UserError } from '../errors.js';
import { formatFull } from '../format/dates.js';
import { printJson, printMessage } from '../render/output.js';
import type { Store } from '../store/store.js';

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

/** A promised callback as said back, in full: "samedi 28 novembre 2026 à 10:00". */
export function promised(iso: string): string {
  return formatFull(new Date(iso), true);
}
