import { label, t, tn, type MessageKey } from '../i18n/index.js';
import { formatCost, formatNumber } from '../format/numbers.js';
import { callbackCells } from '../format/callbacks.js';
import { formatDateTime, formatDay, formatMonth } from '../format/dates.js';
import type { PeriodSummary } from '../store/store.js';
import type { Report } from './build.js';
import { learningBlocks } from './learn-document.js';

// The report laid out once, in the user's language, as titled blocks of plain strings; the
// text, Markdown and HTML renderers only draw them (and escape them for their medium).

export interface TableBlock {
  kind: 'table';
  title: string;
  head: string[];
  rows: string[][];
  /** One number per row, drawn as a bar where the medium can (HTML). */
  bars?: number[];
  empty?: string;
  /** A line under the table, e.g. how many rows were left out. */
  footer?: string;
  /** Columns whose cells never break across lines (numbers, phones, "en retard de 7 j"). */
  keep?: number[];
  /** For a narrow terminal: the order in which columns may be left out (1 first), by column;
   * a column without a rank is always shown. */
  drop?: (number | undefined)[];
}

export interface TrendBlock {
  kind: 'trend';
  title: string;
  weeks: { label: string; count: number }[];
}

export interface ListBlock {
  kind: 'list';
  title: string;
  items: string[];
  empty: string;
  /** A line under the list, e.g. how many items were left out. */
  footer?: string;
}

export type Block = TableBlock | TrendBlock | ListBlock;

export interface ReportDocument {
  title: string;
  subtitle: string;
  blocks: Block[];
}

type Group = Parameters<typeof label>[0];

/** How a figure moved since the previous period: "↑ +3", "↓ −1,5", "=". */
function change(now: number | null, before: number | null, format: (n: number) => string): string {
  if (now === null || before === null) return '';
  const diff = Math.round((now - before) * 10) / 10;
  if (diff === 0) return '=';
  const size = format(Math.abs(diff));
  return diff > 0 ? `↑ +${size}` : `↓ −${size}`;
}

type Figure = [MessageKey, (f: PeriodSummary) => number | null, ((n: number) => string)?];

const FIGURES: Figure[] = [
  ['report.row.received', (f) => f.received],
  ['report.row.closed', (f) => f.closed],
  ['report.row.open', (f) => f.open],
  ['report.row.abusive', (f) => f.abusive.complaints],
  ['report.row.escalations', (f) => f.abusive.escalations],
  ['report.row.resolutionMedian', (f) => f.resolutionDays.median],
  ['report.row.resolutionP90', (f) => f.resolutionDays.p90],
  ['report.row.firstResponseMedian', (f) => f.firstResponseHours.median],
  ['report.row.firstResponseP90', (f) => f.firstResponseHours.p90],
  ['report.row.onTime', (f) => f.followUps.onTime],
  ['report.row.late', (f) => f.followUps.late],
  ['report.row.unscheduled', (f) => f.followUps.unscheduled],
  ['report.row.satisfaction', (f) => f.satisfaction.mean],
  ['report.row.cost', (f) => f.costCents, (n) => formatCost(n)!],
  ['report.row.customers', (f) => f.customers.total],
  ['report.row.repeat', (f) => f.customers.repeat],
];

function summary(report: Report): TableBlock {
  const plain = formatNumber;
  const show = (value: number | null, format: (n: number) => string) =>
    value === null ? t('common.none') : format(value);
  const head = [t('report.col.figure'), t('report.col.value')];
  if (report.previous) head.push(t('report.col.previous'), t('report.col.change'));
  const rows = FIGURES.map(([key, pick, format = plain]) => {
    const now = pick(report);
    const row = [t(key), show(now, format)];
    if (report.previous) {
      const before = pick(report.previous);
      row.push(show(before, format), change(now, before, format));
    }
    return row;
  });
  return {
    kind: 'table',
    title: t('report.section.summary'),
    head,
    rows,
    keep: [1, 2, 3],
    drop: [undefined, undefined, 2, 1],
  };
}

function counts(title: MessageKey, counted: Record<string, number>, group: Group | null): TableBlock {
  const entries = Object.entries(counted);
  return {
    kind: 'table',
    title: t(title),
    head: ['', t('report.col.count')],
    rows: entries.map(([value, n]) => [group ? label(group, value) : value, formatNumber(n)]),
    bars: entries.map(([, n]) => n),
    empty: t('report.none'),
    keep: [1],
  };
}

function remedies(report: Report): TableBlock {
  const unknown = t('report.noValue');
  return {
    kind: 'table',
    title: t('report.section.remedies'),
    head: [t('report.col.asked'), t('report.col.granted'), t('report.col.count')],
    rows: report.remedies.pairs.map((pair) => [
      pair.asked ? label('request', pair.asked) : unknown,
      pair.granted ? label('solution', pair.granted) : unknown,
      String(pair.count),
    ]),
    empty: t('report.none'),
    keep: [2],
  };
}

function operators(report: Report): TableBlock {
  return {
    kind: 'table',
    title: t('report.section.operators'),
    head: [t('report.col.operator'), t('report.col.received'), t('report.col.settled'), t('report.col.satisfaction')],
    rows: report.operators.map((o) => [
      o.operator ?? t('report.noOperator'),
      formatNumber(o.received),
      formatNumber(o.settled),
      o.satisfaction === null ? t('common.none') : formatNumber(o.satisfaction),
    ]),
    empty: t('report.none'),
    keep: [1, 2, 3],
    drop: [undefined, undefined, 2, 1],
  };
}

function lessons(report: Report): ListBlock {
  const items = report.lessons.map((entry) => {
    const parts = [
      entry.cause ? t('report.cause', { text: entry.cause }) : '',
      entry.lesson ? t('report.lesson', { text: entry.lesson }) : '',
    ].filter(Boolean);
    const category = entry.category ? ` (${label('category', entry.category)})` : '';
    return `#${entry.id}${category} — ${parts.join(' ; ')}`;
  });
  return { kind: 'list', title: t('report.section.lessons'), items, empty: t('report.none') };
}

// A printed or e-mailed report stays readable: the first overdue callbacks, then how many
// more (`plainte due --overdue` or the JSON report lists them all).
const OVERDUE_SHOWN = 50;

function overdue(report: Report, now: Date): TableBlock {
  const hidden = report.overdue.length - OVERDUE_SHOWN;
  return {
    kind: 'table',
    title: t('report.section.overdue'),
    head: [
      'report.col.id',
      'report.col.late',
      'report.col.customer',
      'report.col.phone',
      'report.col.assignee',
      'report.col.summary',
    ].map((key) => t(key as MessageKey)),
    rows: report.overdue
      .slice(0, OVERDUE_SHOWN)
      .map((callback) => callbackCells(callback, now).map((cell) => cell.replace(/^→ /, ''))),
    empty: t('report.noOverdue'),
    keep: [0, 1, 3],
    drop: [undefined, undefined, 4, 3, 1, 2],
    ...(hidden > 0 ? { footer: tn('report.overdueMore', hidden) } : {}),
  };
}

/** Which days the report covers, said in words at its head. */
function periodLine(report: Report, from: string, to: string): string {
  const { kind, week } = report.period;
  if (kind === 'week') return t('report.period.week', { week: week ?? '', from, to });
  return t(`report.period.${kind}`, { from, to, days: report.period.days });
}

// A number list stays short enough to read; the JSON report has them all.
const IDS_SHOWN = 20;

/** "n° 12, 15, 18", the numbers kept whole on a line. */
function numbers(ids: readonly number[]): string {
  const shown = ids.slice(0, IDS_SHOWN).map((id) => t('report.handle.id', { id }));
  if (ids.length > IDS_SHOWN) shown.push(tn('report.handle.more', ids.length - IDS_SHOWN));
  return shown.join(', ');
}

/** What needs handling now: at the top, where the owner starts reading. */
function toHandle(report: Report): ListBlock {
  const { drafts, unplanned, overdue: late } = report.toHandle;
  const items = [
    ...(drafts.length > 0 ? [tn('report.handle.drafts', drafts.length, { ids: numbers(drafts) })] : []),
    ...(unplanned.length > 0 ? [tn('report.handle.unplanned', unplanned.length, { ids: numbers(unplanned) })] : []),
    ...(late.length > 0 ? [tn('report.handle.overdue', late.length, { ids: numbers(late) })] : []),
  ];
  return { kind: 'list', title: t('report.section.toHandle'), items, empty: t('report.handle.none') };
}

export function reportDocument(report: Report, now: Date, shop: string | null): ReportDocument {
  const from = formatDay(report.period.from);
  const to = formatDay(new Date(new Date(report.period.to).getTime() - 1).toISOString());
  const satisfaction = Object.fromEntries(
    Object.entries(report.satisfaction.distribution).map(([score, n]) => [`${score}/5`, n]),
  );
  const generated = report.previous
    ? tn('report.generated', report.period.days, { at: formatDateTime(now.toISOString()) })
    : t('report.generatedAll', { at: formatDateTime(now.toISOString()) });
  const byMonth = report.trend.some((bucket) => 'monthStart' in bucket);
  return {
    title: shop ? t('report.titleShop', { shop, from, to }) : t('report.title', { from, to }),
    subtitle: `${periodLine(report, from, to)} ${generated}`,
    blocks: [
      toHandle(report),
      summary(report),
      {
        kind: 'trend',
        title: t(byMonth ? 'report.section.trendMonths' : 'report.section.trend'),
        weeks: report.trend.map((bucket) =>
          'monthStart' in bucket
            ? { label: formatMonth(bucket.monthStart), count: bucket.received }
            : { label: formatDay(bucket.weekStart), count: bucket.received },
        ),
      },
      counts('report.section.status', report.byStatus, 'status'),
      counts('report.section.category', report.byCategory, 'category'),
      counts('report.section.channel', report.byChannel, 'channel'),
      counts('report.section.mood', report.byMood, 'mood'),
      counts('report.section.outcome', report.byOutcome, 'outcome'),
      counts('report.section.satisfaction', report.satisfaction.count > 0 ? satisfaction : {}, null),
      remedies(report),
      operators(report),
      lessons(report),
      ...learningBlocks(report, now),
      overdue(report, now),
    ],
  };
}

/** Every shop's summary side by side, and the whole business's (`report --shop all`). */
export function shopsBlock(shops: { shop: string; report: PeriodSummary }[], total: PeriodSummary): TableBlock {
  const show = (value: number | null, format: (n: number) => string) =>
    value === null ? t('common.none') : format(value);
  return {
    kind: 'table',
    title: t('report.section.shops'),
    head: [t('report.col.figure'), ...shops.map(({ shop }) => shop), t('report.shops.total')],
    rows: FIGURES.map(([key, pick, format = formatNumber]) => [
      t(key),
      ...[...shops.map(({ report }) => report), total].map((figures) => show(pick(figures), format)),
    ]),
  };
}
