import Table from 'cli-table3';
import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import type { Customer } from '../domain/types.js';
import { UserError } from '../errors.js';
import { label, t, tn, type MessageKey } from '../i18n/index.js';
import { formatDateTime, formatDay } from '../format/dates.js';
import { color, printJson, printLine, printMessage } from '../render/output.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import type { CustomerMatch, Store } from '../store/store.js';

// `plainte customer`: one customer's history. Several matches are listed, never guessed.

function table(columns: MessageKey[], rows: string[][]): string {
  const result = new Table({ head: columns.map((key) => color().bold(t(key))), style: { head: [], border: [] } });
  result.push(...rows);
  return result.toString();
}

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
  const lines = [color().bold(t('customer.title', { id: customer.id, name: name(customer) }))];
  const fields: [MessageKey, string | null][] = [
    ['show.field.phone', customer.phone],
    ['show.field.email', customer.email],
    ['show.field.company', customer.company],
  ];
  for (const [key, value] of fields) if (value) lines.push(`  ${t(key)} : ${sanitize(value)}`);
  lines.push(`  ${tn('customer.count', complaints.length)}`, '');
  if (complaints.length > 0) {
    lines.push(
      table(
        ['list.col.id', 'list.col.received', 'list.col.status', 'list.col.category', 'list.col.summary'],
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
  printMessage(t('customer.several', { count: matches.length, id: matches[0].customer.id }));
  printLine(
    table(
      ['customer.col.id', 'list.col.customer', 'show.field.phone', 'customer.col.complaints', 'customer.col.last'],
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
