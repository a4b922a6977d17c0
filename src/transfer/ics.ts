import { label, t } from '../i18n/index.js';
import type { ExportedComplaint } from '../store/store.js';
import type { Sink } from './sink.js';

// The callbacks as an iCalendar file (RFC 5545) a phone calendar can import: one VEVENT per
// pending callback, its UID stable per complaint and unique per logbook so that importing
// again updates the event instead of adding another, and a CANCELLED one for a callback
// done or cancelled since, so that the calendar drops what an older file gave it. Written
// here rather than with the `ics` package, which pulls in a schema validator and more for
// what is below: escaping, folding and CRLF.

const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ');
}

/** A content line folded at 75 octets, never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts in their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const stamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Who writes the calendar: the logbook's id makes the UIDs its own. */
export interface IcsContext {
  logbookId: string;
}

/** The callback a calendar was last given for this complaint: the latest announced in its
 * history (set, moved, or cleared by a follow-up or a close). */
function lastAnnounced(complaint: ExportedComplaint): string | null {
  for (let i = complaint.events.length - 1; i >= 0; i--) {
    const { nextContactAt, dueAt } = complaint.events[i].details;
    const at = typeof nextContactAt === 'string' ? nextContactAt : typeof dueAt === 'string' ? dueAt : null;
    if (at !== null) return at;
  }
  return null;
}

const isPending = (complaint: ExportedComplaint) =>
  complaint.nextContactAt !== null && ['open', 'awaiting_callback', 'transferred'].includes(complaint.status);

function event(complaint: ExportedComplaint, context: IcsContext): string[] {
  const pending = isPending(complaint);
  const start = pending ? complaint.nextContactAt : lastAnnounced(complaint);
  if (start === null) return [];
  const name = complaint.customer?.name || t('export.ics.noName');
  const about = complaint.product ?? (complaint.category ? label('category', complaint.category) : complaint.facts);
  const who =
    complaint.status === 'transferred' && complaint.assignee
      ? t('export.ics.summaryFor', { customer: name, assignee: complaint.assignee })
      : t('export.ics.summary', { customer: name });
  const summary = `${who}${about ? ` — ${shorten(about, 60)}` : ''}`;
  const phone = complaint.callbackPhone ?? complaint.customer?.phone ?? null;
  const description = [
    t('export.ics.complaint', { id: complaint.id }),
    ...(phone ? [t('export.ics.phone', { phone })] : []),
    ...[complaint.callbackNote, complaint.facts].filter((text): text is string => Boolean(text)),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:complaint-${complaint.id}-${context.logbookId}@plainte`,
    `DTSTAMP:${stamp(complaint.updatedAt)}`,
    `DTSTART:${stamp(start)}`,
    'DURATION:PT15M',
    // Each change of the complaint is one more event in its history: a calendar takes the
    // file's event over the one it has only when its SEQUENCE is higher.
    `SEQUENCE:${complaint.events.length}`,
    `STATUS:${pending ? 'CONFIRMED' : 'CANCELLED'}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'END:VEVENT',
  ];
}

export async function writeIcs(
  complaints: AsyncIterable<ExportedComplaint>,
  sink: Sink,
  context: IcsContext,
): Promise<number> {
  const write = (lines: string[]) => sink.write(lines.map((line) => `${fold(line)}\r\n`).join(''));
  await write([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//plainte//callbacks//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ]);
  let count = 0;
  for await (const complaint of complaints) {
    const lines = event(complaint, context);
    if (lines.length === 0) continue;
    await write(lines);
    count++;
  }
  await write(['END:VCALENDAR']);
  return count;
}
