import { ALL_SHOPS, withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { UserError } from '../errors.js';
import { buildReport } from '../report/build.js';
import { clockFigures, clocksBlock } from '../report/clocks.js';
import { reportDocument, shopsBlock } from '../report/document.js';
import { parseWeek, type PeriodChoice } from '../report/period.js';
import { printJson, printLine } from '../render/output.js';
import { REPORT_FORMATS } from '../options/choices.js';
import { parseDateOption } from '../options/values.js';
import { parseChoice } from '../options/checks.js';

type ReportOptions = Parameters<Handler<typeof DECLARATIONS.report>>[1];

async function periodChoice(options: ReportOptions, now: Date): Promise<PeriodChoice> {
  const ranged = options.since !== undefined || options.until !== undefined;
  if ([options.all === true, options.month === true, ranged, options.week !== undefined].filter(Boolean).length > 1)
    throw new UserError('report.exclusive');
  const choice: PeriodChoice = { all: options.all === true, month: options.month === true };
  if (options.week !== undefined) {
    const week = parseWeek(options.week);
    if (!week) throw new UserError('report.badWeek', { value: options.week });
    choice.week = week;
  }
  if (options.since !== undefined) choice.since = (await parseDateOption('--since', options.since, now, 'past')).at;
  if (options.until !== undefined) choice.until = (await parseDateOption('--until', options.until, now, 'past')).at;
  return choice;
}

export const run: Handler<typeof DECLARATIONS.report> = async (_args, options, context) => {
  const format = options.json ? 'json' : parseChoice('--format', options.format, REPORT_FORMATS);
  const now = context.clock();
  // A period the program cannot read is said before the logbook is looked for.
  const choice = await periodChoice(options, now);
  await withStore(context, async (store) => {
    // Read by a person, the period before is only compared in the summary; a program
    // reading the JSON gets every figure of both periods.
    const weekText = options.week ?? '';
    const report = await buildReport(store, choice, now, { everyPreviousFigure: format === 'json', weekText });
    // --shop all on a logbook shared by several shops: each shop's report beside the total.
    const shops = context.shop === ALL_SHOPS ? await store.shops() : [];
    const byShop = [];
    for (const shop of shops) {
      const figures = await buildReport(store.inShop(shop), choice, now, { everyPreviousFigure: true, weekText });
      byShop.push({ shop, report: figures });
    }
    const clocks = await clockFigures(store, report.period, now);
    if (format === 'json') return printJson({ ...report, clocks, ...(shops.length > 0 ? { shops: byShop } : {}) });
    const doc = reportDocument(report, now, await store.getSetting('shop.name'));
    doc.blocks.push(clocksBlock(clocks));
    if (shops.length > 0) doc.blocks.unshift(shopsBlock(byShop, report));
    if (format === 'md') return printLine((await import('../render/report-md.js')).renderReportMarkdown(doc));
    if (format === 'html') return printLine((await import('../render/report-html.js')).renderReportHtml(doc));
    return printLine((await import('../render/report-text.js')).renderReportText(doc));
  });
};
