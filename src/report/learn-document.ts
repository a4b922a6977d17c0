import { formatNumber } from '../format/numbers.js';
import { actionCells } from '../format/actions.js';
import { t } from '../i18n/index.js';
import type { Report } from './build.js';
import type { Block } from './document.js';

// The report's blocks of what the shop learns (learn.ts), laid out as the rest of the report.

function actions(report: Report, now: Date): Block[] {
  const { actions: tally } = report;
  return [
    {
      kind: 'table',
      title: t('report.section.actions'),
      head: [t('report.col.figure'), t('report.col.value')],
      rows: [
        [t('report.actions.open'), formatNumber(tally.open)],
        [t('report.actions.onTime'), formatNumber(tally.doneOnTime)],
        [t('report.actions.doneLate'), formatNumber(tally.doneLate)],
        [t('report.actions.late'), formatNumber(tally.late)],
      ],
      keep: [1],
    },
    {
      kind: 'table',
      title: t('report.section.actionList'),
      head: ['report.col.action', 'report.col.id', 'report.col.owner', 'report.col.state', 'report.col.what'].map(
        (key) => t(key as Parameters<typeof t>[0]),
      ),
      rows: tally.list.map((action) => actionCells(action, now)),
      empty: t('report.none'),
      keep: [0, 1],
    },
  ];
}

function ratings(report: Report): Block {
  const { byCustomer, byShop } = report.ratings;
  const shown = (value: number | null) => (value === null ? t('common.none') : formatNumber(value));
  return {
    kind: 'table',
    title: t('report.section.rating'),
    head: ['', t('report.rating.byCustomer'), t('report.rating.byShop')],
    rows: [
      [t('report.rating.asked'), formatNumber(byCustomer.rated), formatNumber(byShop.rated)],
      [t('report.rating.mean'), shown(byCustomer.mean), shown(byShop.mean)],
    ],
    keep: [1, 2],
  };
}

export function learningBlocks(report: Report, now: Date): Block[] {
  return [ratings(report), ...actions(report, now)];
}
