import { clockState, clocksOf, type Clock, type ClockFacts } from '../domain/clocks.js';
import { isoDay } from '../domain/dates.js';
import type { Complaint } from '../domain/types.js';
import { t, tn, type MessageKey } from '../i18n/index.js';
import { formatDay, formatShortDay } from '../format/dates.js';
import { oneLine } from '../format/sanitize.js';
import { color } from './output.js';
import { fitLines, keep, outputWidth, wrap } from './width.js';

// The clocks of a complaint (src/domain/clocks.ts), as `show` lists them and as `due` lists
// those to keep after the callbacks: one line each, under 78 characters, as the callbacks.

const INDENT = '     ';
const label = (clock: Clock) => t(`clock.${clock.kind}` as MessageKey);

/** `show`: each clock with its day and where it stands. */
export function clockLines(complaint: Complaint, now: Date): string[] {
  const today = isoDay(now);
  return clocksOf(complaint).map((clock) => {
    const state = clockState(clock, today);
    const text = t(`clock.state.${state}`);
    return t('show.clock', {
      label: label(clock),
      due: keep(formatDay(clock.due)),
      state: state === 'missed' ? color().red(text) : text,
    });
  });
}

export interface ClockLine {
  complaint: ClockFacts & { customer: string | null; phone: string | null };
  clock: Clock;
}

/** `due`: a first line saying how many, then one line per clock. */
export function renderDueClocks(lines: readonly ClockLine[], now: Date): string {
  const today = isoDay(now);
  const width = outputWidth();
  const rows = lines.map(({ complaint, clock }) => {
    const day = formatShortDay(new Date(`${clock.due}T00:00:00`));
    const late = clock.due < today;
    const when = late ? color().red(t('due.clock.late', { day: keep(day) })) : t('due.clock.on', { day: keep(day) });
    const phone = oneLine(complaint.phone, 20);
    const who = [oneLine(complaint.customer, 24) || t('common.none'), phone && keep(phone)].filter(Boolean);
    const row = [
      `${`#${complaint.id}`.padEnd(INDENT.length - 1)} ${when} · ${who.join(' · ')}`,
      `${INDENT}${label(clock)}`,
    ];
    return fitLines(row, width).join('\n');
  });
  return [...wrap(tn('due.clocks.header', lines.length), width), '', rows.join('\n\n')].join('\n');
}
