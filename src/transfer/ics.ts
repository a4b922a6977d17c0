import { t } from '../i18n/index.js';
import type { ExportedComplaint } from '../store/store.js';
import type { Sink } from './sink.js';

// The callbacks as an iCalendar file (RFC 5545) a phone calendar can import: one VEVENT per
// pending callback, its UID stable per complaint so that importing again updates the
// event instead of adding another. Written here rather than with the `ics` package, which
// pulls in a schema validator and more for what is below: escaping, folding and CRLF.

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

function event(complaint: ExportedComplaint): string[] {
  const name = complaint.customer?.name || t('export.ics.noName');
  const about = complaint.product ?? complaint.facts ?? complaint.category;
  const summary = `${t('export.ics.summary', { customer: name })}${about ? ` — ${shorten(about, 60)}` : ''}`;
  const phone = complaint.callbackPhone ?? complaint.customer?.phone ?? null;
  const description = [
    t('export.ics.complaint', { id: complaint.id }),
    ...(phone ? [t('export.ics.phone', { phone })] : []),
    ...[complaint.callbackNote, complaint.facts].filter((text): text is string => Boolean(text)),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:complaint-${complaint.id}@plainte`,
    `DTSTAMP:${stamp(complaint.updatedAt)}`,
    `DTSTART:${stamp(complaint.nextContactAt!)}`,
    'DURATION:PT15M',
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'END:VEVENT',
  ];
}

export async function writeIcs(complaints: AsyncIterable<ExportedComplaint>, sink: Sink): Promise<number> {
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
    await write(event(complaint));
    count++;
  }
  await write(['END:VCALENDAR']);
  return count;
}
