import { EVENT_KINDS } from '../domain/events.js';
import type { Complaint, ComplaintEvent } from '../domain/types.js';
import { formatDateTime, formatFull, formatLateness, formatRelative } from '../format/dates.js';
import { oneLine } from '../format/sanitize.js';
import { label, t } from '../i18n/index.js';
import { color } from './output.js';
import { keep, labelled, outputWidth, wrap, type Labelled } from './width.js';

// The card shown when a complaint is picked up again at a terminal (resume, follow-up, close,
// transfer): enough to speak to the customer without looking anything up first. Who and on
// which number, what they said, what was promised, the last contact, how late the callback is.

/** The last time the shop and the customer spoke: the last contact logged, else the complaint's
 * reception. */
function lastContact(complaint: Complaint, events: readonly ComplaintEvent[], now: Date): string {
  const contact = events.findLast((event) => event.kind === EVENT_KINDS.followUp);
  const at = contact?.at ?? complaint.receivedAt;
  const channel = typeof contact?.details.channel === 'string' ? contact.details.channel : complaint.channel;
  const who = contact ? contact.operator : complaint.operator;
  return [
    `${keep(formatDateTime(at))} (${keep(formatRelative(at, now))})`,
    // A label, or the value itself when a file brought in one the program does not know.
    ...(channel ? [oneLine(label('channel', channel), 30)] : []),
    ...(who ? [oneLine(who, 30)] : []),
  ].join(' · ');
}

/** When the callback is due and how late it is: "lundi 23 novembre 2026 à 10:00 · en retard de 2 j". */
function callback(iso: string, now: Date): string {
  const at = new Date(iso);
  // A callback promised for a day without a time is stored at local midnight: due all that day.
  const dayOnly = at.getHours() === 0 && at.getMinutes() === 0;
  const today = dayOnly && at.toDateString() === now.toDateString();
  const when = today ? t('time.today') : formatLateness(iso, now);
  return `${keep(formatFull(at, !dayOnly))} · ${keep(when)}`;
}

export function complaintCard(complaint: Complaint, events: readonly ComplaintEvent[], now: Date): string[] {
  const width = outputWidth();
  const c = complaint;
  const phone = c.callbackPhone ?? c.customer?.phone ?? null;
  const customer = [
    ...(c.customer ? [oneLine(c.customer.name, 60)] : []),
    ...(phone ? [keep(oneLine(phone, 30))] : []),
  ];
  const fields: Labelled[] = [];
  if (customer.length > 0) fields.push({ label: t('list.col.customer'), value: customer.join(' · '), text: true });
  if (c.account) fields.push({ label: t('card.said'), value: `« ${oneLine(c.account, 300)} »`, text: true });
  const promised = c.solution ?? c.callbackNote;
  if (promised) fields.push({ label: t('card.promised'), value: oneLine(promised, 300), text: true });
  if (c.assignee) fields.push({ label: t('show.field.assignee'), value: oneLine(c.assignee, 60), text: true });
  if (c.nextContactAt) fields.push({ label: t('card.callback'), value: callback(c.nextContactAt, now), text: true });
  fields.push({ label: t('card.lastContact'), value: lastContact(c, events, now), text: true });
  if (c.status === 'draft')
    fields.push({ label: t('card.draft'), value: t('card.draft.phase', { phase: c.phaseReached }) });
  const title = wrap(t('show.title', { id: c.id, status: label('status', c.status) }), width);
  return [...title.map((line) => color().bold(line)), ...labelled(fields, width)];
}
