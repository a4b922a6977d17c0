import type { ComplaintEvent } from '../domain/types.js';
import { has, label, t, type Params } from '../i18n/index.js';
import { formatDateTime, formatRelative } from './dates.js';
import { sanitize } from './sanitize.js';

// An event's kind is translated by the key `event.<kind>`, filled with its details; each
// text detail is shown under it, labelled by `detail.<name>` when the catalog has one.

function headline(event: ComplaintEvent): string {
  const key = `event.${event.kind}`;
  if (!has(key)) return sanitize(event.kind);
  const params: Params = {};
  for (const [name, value] of Object.entries(event.details)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = sanitize(String(value));
  }
  return t(key, params);
}

/** One event of the timeline as text lines: when, who, what, and the status change. */
export function describeEvent(event: ComplaintEvent, now: Date): string[] {
  const who = event.operator ? ` · ${sanitize(event.operator)}` : '';
  const lines = [`${formatDateTime(event.at)} (${formatRelative(event.at, now)})${who} — ${headline(event)}`];
  if (event.statusBefore && event.statusAfter && event.statusBefore !== event.statusAfter) {
    lines.push(`    ${t('event.status', { before: label('status', event.statusBefore), after: label('status', event.statusAfter) })}`);
  }
  for (const [name, value] of Object.entries(event.details)) {
    if (typeof value !== 'string' || value === '') continue;
    const key = `detail.${name}`;
    const text = sanitize(value, { multiline: true }).replace(/\n/g, '\n      ');
    lines.push(`    ${has(key) ? t(key) : sanitize(name)} : ${text}`);
  }
  return lines;
}
