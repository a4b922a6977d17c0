import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import type { Customer } from '../domain/types.js';
import { UserError } from '../errors.js';
import { label, t, tn, type MessageKey } from '../i18n/index.js';
import { formatDateTime, formatDay } from '../format/dates.js';
import { color, printJson, printLine, printMessage } from '../render/output.js';
import { drawTable } from '../render/table.js';
import { keep, outputWidth, wrap } from '../render/width.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import type { CustomerMatch, Store } from '../store/store.js';

// `plainte customer`: one customer's history. Several matches are listed, never guessed.

/** An erased customer's name is a placeholder: say what happened instead. */
function name(customer: Customer): string {
  return customer.forgottenAt
    ? t('customer.forgotten', { when: formatDay(customer.forgottenAt) })
    : sanitize(customer.name);
}

async function showOne(store: Store, customer: Customer, json: boolean | undefined): Promise<void> {
  const complaints = await store.customerComplaints(customer.id);
  if (json) {
    printJson({ customer, complaints });
    return;
  }
  const width = outputWidth();
  const title = wrap(t('customer.title', { id: customer.id, name: name(customer) }), width);
  const lines = title.map((line) => color().bold(line));
  const fields: [MessageKey, string | null][] = [
    ['show.field.phone', customer.phone],
    ['show.field.email', customer.email],
    ['show.field.company', customer.company],
  ];
  for (const [key, value] of fields)
    if (value) lines.push(...wrap(`${t(key)} : ${keep(sanitize(value))}`, width, { first: '  ', indent: '    ' }));
  lines.push(`  ${tn('customer.count', complaints.length)}`, '');
  if (complaints.length > 0) {
    lines.push(
      drawTable(
        [
          { head: t('list.col.id'), value: true },
          { head: t('list.col.received'), value: true, drop: 2 },
          { head: t('list.col.status'), value: true, drop: 3 },
          { head: t('list.col.category'), cut: true, drop: 1 },
          { head: t('list.col.summary'), cut: true },
        ],
        complaints.map((c) => [
          String(c.id),
          formatDateTime(c.receivedAt),
          label('status', c.status),
          sanitize(label('category', c.category)),
          oneLine(c.summary, 40),
        ]),
      ),
    );
  }
  printLine(lines.join('\n'));
}

function showMatches(matches: CustomerMatch[], json: boolean | undefined): void {
  if (json) {
    printJson({ matches });
    return;
  }
  const several = t('customer.several', { count: matches.length, id: matches[0].customer.id });
  printMessage(wrap(several, outputWidth()).join('\n'));
  printLine(
    drawTable(
      [
        { head: t('customer.col.id'), value: true },
        { head: t('list.col.customer'), cut: true },
        { head: t('show.field.phone'), value: true, drop: 3 },
        { head: t('customer.col.complaints'), value: true, drop: 1 },
        { head: t('customer.col.last'), value: true, drop: 2 },
      ],
      matches.map((m) => [
        String(m.customer.id),
        oneLine(name(m.customer), 40),
        sanitize(m.customer.phone ?? ''),
        String(m.complaints),
        formatDay(m.lastReceivedAt),
      ]),
    ),
  );
}

export const run: Handler<typeof DECLARATIONS.customer> = async ([query], { json }, context) => {
  if (query.trim() === '') throw new UserError('customer.empty');
  await withStore(context, async (store) => {
    const matches = await store.findCustomers(query);
    if (matches.length === 0) throw new UserError('customer.none', { query: sanitize(query) });
    if (matches.length === 1) await showOne(store, matches[0].customer, json);
    else showMatches(matches, json);
  });
};
