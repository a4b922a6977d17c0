import { formatNumber } from '../format/numbers.js';
import { actionCells } from '../format/actions.js';
import { t, tn } from '../i18n/index.js';
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

// A printed or e-mailed report stays readable: the products, families and customers that come
// back most, then how many more (the JSON report lists them all).
const SHOWN = 20;

/** The first SHOWN of `all`, and the line saying how many are left out (none when all fit). */
function firstOf<T>(all: readonly T[]): { shown: readonly T[]; footer?: string } {
  const hidden = all.length - SHOWN;
  return hidden > 0 ? { shown: all.slice(0, SHOWN), footer: tn('report.more', hidden) } : { shown: all };
}

function recurring(report: Report): Block[] {
  const counts = (rows: { name: string; period: number; recent: number }[]) => {
    const { shown, footer } = firstOf(rows);
    return {
      rows: shown.map((row) => [row.name, formatNumber(row.period), formatNumber(row.recent)]),
      ...(footer ? { footer } : {}),
    };
  };
  const head = (first: Parameters<typeof t>[0]) => [t(first), t('report.col.inPeriod'), t('report.col.last90')];
  const customers = firstOf(report.recurring.customers);
  return [
    {
      kind: 'table',
      title: t('report.section.byProduct'),
      head: head('report.col.product'),
      ...counts(report.byProduct.products.map((p) => ({ ...p, name: p.product }))),
      empty: t('report.none'),
      keep: [1, 2],
    },
    {
      kind: 'table',
      title: t('report.section.byFamily'),
      head: head('report.col.family'),
      ...counts(report.byProduct.families.map((f) => ({ ...f, name: f.family }))),
      empty: t('report.none'),
      keep: [1, 2],
    },
    {
      kind: 'list',
      title: t('report.section.repeat'),
      ...(customers.footer ? { footer: customers.footer } : {}),
      items: customers.shown.map((customer) =>
        t('report.repeat.customer', {
          name: customer.name,
          count: customer.complaints.length,
          ids: customer.complaints.map((id) => `#${id}`).join(', '),
        }),
      ),
      empty: t('report.none'),
    },
  ];
}

export function learningBlocks(report: Report, now: Date): Block[] {
  return [ratings(report), ...recurring(report), ...actions(report, now)];
}
