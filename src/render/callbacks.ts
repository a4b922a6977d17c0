import { startOfDay } from 'date-fns/startOfDay';
import { formatFull, formatShortDay, formatTime } from '../format/dates.js';
import { oneLine } from '../format/sanitize.js';
import { t, tn } from '../i18n/index.js';
import type { Callback } from '../store/store.js';
import { color } from './output.js';
import { flow, keep, outputWidth } from './width.js';

// The callbacks of `plainte due`, read in a cron e-mail as often as on a terminal: a first
// line saying how many and for which day, then each callback with its clock time, who to
// call on which number, and what was promised (the callback note, else the summary).
// Lines stay under 78 characters, the width mail readers keep (RFC 5322), and within a
// narrower terminal; no colour but on a terminal.

const MAIL_WIDTH = 77;
const INDENT = '     ';

/** A callback promised for a day without a time is stored at local midnight. */
const isDayOnly = (at: Date) => at.getHours() === 0 && at.getMinutes() === 0;

/** When a callback is due, by the clock: "à 14:30", "demain à 09:00", "en retard depuis
 * 10:00", "en retard depuis hier à 10:00", "en retard depuis le 16/11"; a day without a
 * time is late only once that day is over. */
function formatDueAt(iso: string, now: Date): { text: string; late: boolean } {
  const at = new Date(iso);
  const dayOnly = isDayOnly(at);
  const today = startOfDay(now);
  const days = Math.round((startOfDay(at).getTime() - today.getTime()) / 86_400_000);
  const day =
    days === 0
      ? null
      : days === 1
        ? t('time.tomorrow')
        : days === -1
          ? t('time.yesterday')
          : t('due.day.other', { date: formatShortDay(at) });
  const late = dayOnly ? days < 0 : at < now;
  const when = dayOnly
    ? (day ?? t('time.today'))
    : day === null
      ? late
        ? formatTime(at)
        : t('due.atToday', { time: formatTime(at) })
      : t('due.at', { day, time: formatTime(at) });
  return { text: late ? t('due.late', { when }) : when, late };
}

/** Pieces laid in lines of `width` columns at most (see lineWidth). */
function wrap(pieces: readonly string[], width: number, first = '', separator = ' '): string[] {
  return flow(pieces, width, { first, indent: INDENT, separator });
}

const words = (text: string) => text.split(' ').filter(Boolean);

function callbackLines(callback: Callback, now: Date, width: number): string[] {
  const when = formatDueAt(callback.due, now);
  const id = `#${callback.id}`.padEnd(INDENT.length - 1);
  const who = [
    oneLine(callback.customer, 30) || t('common.none'),
    oneLine(callback.phone, 20) || t('due.noPhone'),
    ...(callback.assignee ? [t('due.handedTo', { name: oneLine(callback.assignee, 20) })] : []),
  ];
  const head = wrap([when.text, ...who], width, `${id} `, ' · ');
  if (when.late) head[0] = head[0].replace(when.text, color().red(when.text));
  const promised = oneLine(callback.note ?? callback.summary, 400);
  return [...head, ...(promised ? wrap(words(promised), width, INDENT) : [])];
}

export type DueScope = { kind: 'today' } | { kind: 'within'; until: Date } | { kind: 'overdue' };

/** The first line: how many callbacks, for which day. */
function header(count: number, scope: DueScope, now: Date): string {
  if (scope.kind === 'overdue')
    return tn('due.header.overdue', count, { day: keep(formatFull(now, false)), time: formatTime(now) });
  if (scope.kind === 'within') return tn('due.header.within', count, { day: keep(formatFull(scope.until, false)) });
  return tn('due.header.today', count, { day: keep(formatFull(now, false)) });
}

export function renderCallbacks(callbacks: readonly Callback[], now: Date, scope: DueScope): string {
  // No wider than a mail reader keeps, nor than the terminal; asked once, not per line
  // (asking costs two file-system calls).
  const width = Math.min(MAIL_WIDTH, outputWidth());
  const blocks = callbacks.map((callback) => callbackLines(callback, now, width).join('\n'));
  return [...wrap(words(header(callbacks.length, scope, now)), width), '', blocks.join('\n\n')].join('\n');
}
