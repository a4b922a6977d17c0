import type { ComplaintEvent } from '../domain/types.js';
import { has, label, t, type Params } from '../i18n/index.js';
import { formatDateTime, formatDay, formatRelative } from '../format/dates.js';
import { sanitize } from '../format/sanitize.js';
import { keep } from './width.js';

// An event's kind is translated by the key `event.<kind>`, filled with its details; each
// text detail is shown under it, labelled by `detail.<name>` when the catalog has one.
// Stored values (a channel, a closing outcome) are translated and timestamps formatted.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Details holding a stored value of a label group; a free-text follow-up outcome passes through unchanged. */
const LABELLED: Record<string, 'channel' | 'outcome'> = { channel: 'channel', outcome: 'outcome' };

function detailText(name: string, value: string): string {
  if (ISO_INSTANT.test(value)) return keep(formatDateTime(value));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return keep(formatDay(value));
  // The kind of a letter (accuse, reponse), by its name in the letters' catalog.
  if (name === 'type' && has(`letter.kind.${value}`)) return t(`letter.kind.${value}` as Parameters<typeof t>[0]);
  // A step of the abusive-customer protocol, by its label in the guide.
  if (name === 'step' && has(`guide.step.${value}`)) return t(`guide.step.${value}` as Parameters<typeof t>[0]);
  const group = LABELLED[name];
  return group ? label(group, value) : value;
}

function headline(event: ComplaintEvent): string {
  const key = `event.${event.kind}`;
  if (!has(key)) return sanitize(event.kind);
  const params: Params = {};
  for (const [name, value] of Object.entries(event.details)) {
    if (typeof value === 'number') params[name] = value;
    if (typeof value === 'string') params[name] = sanitize(detailText(name, value));
  }
  return t(key, params);
}

/** One event of the timeline as text lines: when, who, what, and the status change. */
export function describeEvent(event: ComplaintEvent, now: Date): string[] {
  const who = event.operator ? ` · ${sanitize(event.operator)}` : '';
  const when = `${keep(formatDateTime(event.at))} (${keep(formatRelative(event.at, now))})`;
  const lines = [`${when}${who} — ${headline(event)}`];
  if (event.statusBefore && event.statusAfter && event.statusBefore !== event.statusAfter) {
    lines.push(
      `    ${t('event.status', {
        before: label('status', event.statusBefore),
        after: label('status', event.statusAfter),
      })}`,
    );
  }
  // A detail already said in the headline ("confiée à Karim") is not repeated below it.
  const kind = `event.${event.kind}`;
  const template = has(kind) ? t(kind) : '';
  for (const [name, value] of Object.entries(event.details)) {
    // A mark the customer gave (a number) is shown as one.
    if (name === 'rating' && typeof value === 'number') lines.push(`    ${t('detail.rating', { rating: value })}`);
    const key = `detail.${name}`;
    // A yes detail is said when the catalog names it (a letter sent by e-mail).
    if (value === true && has(key)) lines.push(`    ${t(key)}`);
    if (typeof value !== 'string' || value === '' || template.includes(`{${name}}`)) continue;
    const text = sanitize(detailText(name, value), { multiline: true }).replace(/\n/g, '\n      ');
    lines.push(`    ${has(key) ? t(key) : sanitize(name)} : ${text}`);
  }
  return lines;
}
