import Table from 'cli-table3';
import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { searchWords } from '../domain/search.js';
import { UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import { formatDateTime } from '../format/dates.js';
import { color, printJson, printLine, printMessage } from '../render/output.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import type { ComplaintFilter } from '../store/store.js';
import { parsePositiveInteger, parseReceivedRange, parseStatuses } from '../options/values.js';

type ListOptions = Parameters<Handler<typeof DECLARATIONS.list>>[1];

const DEFAULT_LIMIT = 50;

async function filterFrom(options: ListOptions, now: Date): Promise<ComplaintFilter> {
  const filter: ComplaintFilter = {
    limit: options.limit === undefined ? DEFAULT_LIMIT : parsePositiveInteger('--limit', options.limit),
  };
  if (options.status !== undefined) filter.statuses = parseStatuses(options.status);
  if (options.customer !== undefined && options.customer.trim() !== '') filter.customer = options.customer;
  if (options.category !== undefined) filter.category = options.category.trim();
  if (options.search !== undefined) {
    filter.search = searchWords(options.search);
    if (filter.search.length === 0) throw new UserError('search.noWords', { text: sanitize(options.search) });
  }
  Object.assign(filter, await parseReceivedRange(options, now));
  return filter;
}

export const run: Handler<typeof DECLARATIONS.list> = async (_args, options, context) => {
  await withStore(context, async (store, clock) => {
    const filter = await filterFrom(options, clock());
    const complaints = await store.listComplaints(filter);
    if (options.json) {
      printJson(complaints);
      return;
    }
    if (complaints.length === 0) {
      printMessage(t('list.empty'));
      return;
    }
    const paint = color();
    const table = new Table({
      head: [
        'list.col.id',
        'list.col.received',
        'list.col.status',
        'list.col.customer',
        'list.col.category',
        'list.col.summary',
      ].map((key) => paint.bold(t(key as Parameters<typeof t>[0]))),
      style: { head: [], border: [] },
    });
    for (const complaint of complaints) {
      table.push([
        String(complaint.id),
        formatDateTime(complaint.receivedAt),
        label('status', complaint.status),
        oneLine(complaint.customer, 30),
        sanitize(label('category', complaint.category)),
        oneLine(complaint.summary, 40),
      ]);
    }
    printLine(table.toString());
    if (complaints.length === filter.limit) printMessage(t('list.more', { shown: complaints.length }));
  });
};
