import { shopCategories, withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { searchWords } from '../domain/search.js';
import { UserError } from '../errors.js';
import { label, t, tn } from '../i18n/index.js';
import { formatDateTime } from '../format/dates.js';
import { printJson, printLine, printMessage } from '../render/output.js';
import { drawTable, type Column } from '../render/table.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import type { ComplaintFilter, Store } from '../store/store.js';
import { DEFAULT_CATEGORIES } from '../domain/types.js';
import { parseReceivedRange } from '../options/values.js';
import { findChoice, parseChoice, parsePositiveInteger, parseStatuses } from '../options/checks.js';

type ListOptions = Parameters<Handler<typeof DECLARATIONS.list>>[1];

const DEFAULT_LIMIT = 50;

/** `--category`: a built-in category by its value or label, or one of the shop's own as typed
 * in the settings or found on a complaint (imported, or since removed from the settings). */
async function category(store: Store, value: string): Promise<string> {
  const known = [...new Set([...DEFAULT_CATEGORIES, ...(await shopCategories(store))])];
  const found = findChoice(value, known, 'category');
  if (found !== undefined) return found;
  return parseChoice('--category', value, [...new Set([...known, ...(await store.categoriesInUse())])], 'category');
}

async function filterFrom(
  store: Store,
  options: ListOptions,
  range: Pick<ComplaintFilter, 'since' | 'until'>,
): Promise<ComplaintFilter> {
  const filter: ComplaintFilter = {
    ...range,
    limit: options.limit === undefined ? DEFAULT_LIMIT : parsePositiveInteger('--limit', options.limit),
  };
  if (options.status !== undefined) filter.statuses = parseStatuses(options.status);
  if (options.customer !== undefined && options.customer.trim() !== '') filter.customer = options.customer;
  if (options.category !== undefined) filter.category = await category(store, options.category);
  if (options.search !== undefined) {
    filter.search = searchWords(options.search);
    if (filter.search.length === 0) throw new UserError('search.noWords', { text: sanitize(options.search) });
  }
  return filter;
}

export const run: Handler<typeof DECLARATIONS.list> = async (_args, options, context) => {
  // A date the program cannot read is said before the logbook is looked for.
  const range = await parseReceivedRange(options, context.clock());
  await withStore(context, async (store) => {
    const filter = await filterFrom(store, options, range);
    const complaints = await store.listComplaints(filter);
    if (options.json) {
      printJson(complaints);
      return;
    }
    if (complaints.length === 0) {
      printMessage(t('list.empty'));
      return;
    }
    // At a narrow terminal the category goes first, then the date, the summary, the status.
    const columns: Column[] = [
      { head: t('list.col.id'), value: true },
      { head: t('list.col.received'), value: true, drop: 2 },
      { head: t('list.col.status'), value: true, drop: 4 },
      { head: t('list.col.customer'), cut: true },
      { head: t('list.col.category'), cut: true, drop: 1 },
      { head: t('list.col.summary'), cut: true, drop: 3 },
    ];
    const rows = complaints.map((complaint) => [
      String(complaint.id),
      formatDateTime(complaint.receivedAt),
      label('status', complaint.status),
      oneLine(complaint.customer, 30),
      sanitize(label('category', complaint.category)),
      oneLine(complaint.summary, 40),
    ]);
    printLine(drawTable(columns, rows));
    if (complaints.length === filter.limit) printMessage(tn('list.more', complaints.length));
  });
};
