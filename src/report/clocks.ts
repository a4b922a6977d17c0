import { clockTally, CLOCK_KINDS, type ClockCounts } from '../domain/clocks.js';
import { isoDay } from '../domain/dates.js';
import { t, type MessageKey } from '../i18n/index.js';
import { formatNumber } from '../format/numbers.js';
import type { ClockStore } from '../store/store.js';
import type { TableBlock } from './document.js';

// The report's count of the clocks (src/domain/clocks.ts) that fell due in its period: kept,
// or missed, as they stand now (README, "Écrire au client").

/** The clocks due in [from, to) (ISO 8601 instants, `to` excluded), counted by kind. */
export async function clockFigures(
  store: ClockStore,
  period: { from: string; to: string },
  now: Date,
): Promise<ClockCounts> {
  const fromDay = isoDay(new Date(period.from));
  const toDay = isoDay(new Date(new Date(period.to).getTime() - 1));
  const tally = clockTally(fromDay, toDay, isoDay(now));
  await store.eachClockDueBetween(fromDay, toDay, (facts) => tally.add(facts));
  return tally.counts;
}

export function clocksBlock(counts: ClockCounts): TableBlock {
  const kinds = CLOCK_KINDS.filter((kind) => counts[kind].kept + counts[kind].missed > 0);
  return {
    kind: 'table',
    title: t('report.section.clocks'),
    head: ['', t('report.col.kept'), t('report.col.missed')],
    rows: kinds.map((kind) => [
      t(`clock.${kind}` as MessageKey),
      formatNumber(counts[kind].kept),
      formatNumber(counts[kind].missed),
    ]),
    empty: t('report.clocks.none'),
    keep: [1, 2],
  };
}
