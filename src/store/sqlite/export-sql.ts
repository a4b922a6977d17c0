import { CALLBACK_PENDING_STATUSES } from '../../domain/status.js';
import type { Complaint, Customer } from '../../domain/types.js';
import type { ExportFilter } from '../store.js';
import { COMPLAINT_COLUMNS, receivedWithin } from './rows.js';

// The statement an export runs. It reads each complaint with its customer and, through a
// subquery, its whole history as a JSON array: one statement sees one consistent snapshot,
// and SQLite writes the history's JSON itself. For the JSON export SQLite writes each whole
// line; for the CSV export it gives the values of the cells in their order.

export type Field = Exclude<keyof Complaint, 'customer'>;

/** A complaint's fields and their columns, in the order of src/domain/types.ts. */
export const COMPLAINT: [Field, string][] = [
  ['id', 'id'],
  ['status', 'status'],
  ['phaseReached', COMPLAINT_COLUMNS.phaseReached],
  ['receivedAt', COMPLAINT_COLUMNS.receivedAt],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
  ...(['channel', 'operator', 'mood', 'account'] as const).map((f): [Field, string] => [f, COMPLAINT_COLUMNS[f]]),
  ['customerId', 'customer_id'],
  ...(Object.keys(COMPLAINT_COLUMNS) as (keyof typeof COMPLAINT_COLUMNS)[])
    .filter((f) => !['phaseReached', 'receivedAt', 'channel', 'operator', 'mood', 'account'].includes(f))
    .map((f): [Field, string] => [f, COMPLAINT_COLUMNS[f]]),
];
export const CUSTOMER: [keyof Customer, string][] = [
  ['id', 'id'],
  ['name', 'name'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['company', 'company'],
  ['address', 'address'],
  ['createdAt', 'created_at'],
  ['forgottenAt', 'forgotten_at'],
];
const BOOLEAN = new Set<Field>(['business', 'secondHand', 'apologised']);
const HISTORY = `(SELECT json_group_array(json_object('at', e.at, 'operator', e.operator, 'kind', e.kind,
           'statusBefore', e.status_before, 'statusAfter', e.status_after, 'details', json(e.details)))
         FROM (SELECT * FROM events WHERE complaint_id = c.id ORDER BY at, id) e)`;

/** The complaint's columns, then its customer's, then its history (or NULL without it). */
function columnsOf(history: boolean): string {
  return `${COMPLAINT.map(([, column]) => `c.${column}`).join(', ')},
    ${CUSTOMER.map(([, column]) => `cu.${column}`).join(', ')}, ${history ? HISTORY : 'NULL'}`;
}

/** A yes/no column as JSON's true and false (SQLite stores 1 and 0). */
const jsonBoolean = (column: string) => `CASE ${column} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END`;

/**
 * The complaint as the JSON export writes it, built by SQLite: the fields in the order of
 * src/domain/types.ts, the customer after customerId, the history last (what
 * transfer/record.ts's exportedJson writes from the fields). SQLite escapes a string as
 * JSON.stringify does (the quote, the backslash, and controls: \b \t \n \f \r or \u00xx).
 */
const JSON_LINE = `json_object(${[
  ...COMPLAINT.flatMap(([field, column]) => {
    const value = BOOLEAN.has(field) ? jsonBoolean(`c.${column}`) : `c.${column}`;
    const pair = `'${field}', ${value}`;
    if (field !== 'customerId') return [pair];
    const customer = CUSTOMER.map(([name, col]) => `'${name}', cu.${col}`).join(', ');
    return [pair, `'customer', CASE WHEN cu.id IS NULL THEN NULL ELSE json_object(${customer}) END`];
  }),
  `'events', ${HISTORY}`,
].join(', ')})`;

/** A yes/no column as the words a CSV cell writes (SQLite stores 1 and 0). */
const csvBoolean = (column: string) => `CASE ${column} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END`;

/** The attachments' names, one a line, in their order (NULL without any). */
const ATTACHMENT_NAMES = `(SELECT group_concat(a.name, char(10) ORDER BY a.number) FROM attachments a
  WHERE a.complaint_id = c.id)`;

/**
 * The values of the CSV export's columns, in the order of transfer/csv.ts's header: the
 * complaint's fields, the customer's after customerId but its id, the history's JSON, and
 * the attachments' names when asked for. Read by position, they are the cells' values.
 */
function csvColumns(attachments: boolean): string {
  const columns = COMPLAINT.flatMap(([field, column]) => {
    const value = BOOLEAN.has(field) ? csvBoolean(`c.${column}`) : `c.${column}`;
    if (field !== 'customerId') return [value];
    return [value, ...CUSTOMER.filter(([name]) => name !== 'id').map(([, col]) => `cu.${col}`)];
  });
  return [...columns, HISTORY, attachments ? ATTACHMENT_NAMES : 'NULL'].join(', ');
}

/** Whether the complaint has attachments: the JSON export then adds them to its line. */
const HAS_ATTACHMENTS = 'EXISTS (SELECT 1 FROM attachments a WHERE a.complaint_id = c.id)';

/** What each row of the statement is: the complaint's columns, its line of the JSON export,
 * or the values of its CSV cells. */
export type ExportShape = 'columns' | 'json' | 'csv';

function selectOf(shape: ExportShape, filter: ExportFilter): string {
  const columns =
    shape === 'json'
      ? `${JSON_LINE}, c.id, ${HAS_ATTACHMENTS}`
      : shape === 'csv'
        ? csvColumns(filter.attachments !== undefined)
        : columnsOf(filter.history !== false);
  return `SELECT ${columns} FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id`;
}

/** The complaint's history announced a callback: set by the wizard or a follow-up
 * (nextContactAt), a hand-over (dueAt), or cleared by a follow-up or a close (dueAt). */
const ANNOUNCED = `EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id
  AND (json_extract(e.details, '$.nextContactAt') IS NOT NULL OR json_extract(e.details, '$.dueAt') IS NOT NULL))`;

/** The statement an export runs and its parameters, each complaint in the `shape` asked for.
 * (The benchmark gives the columns' statement to the sqlite3 shell, as the limit of an export.) */
export function exportStatement(
  filter: ExportFilter,
  shape: ExportShape = 'columns',
): { sql: string; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const statuses = filter.callbacks
    ? (filter.statuses ?? CALLBACK_PENDING_STATUSES).filter((s) => CALLBACK_PENDING_STATUSES.includes(s))
    : filter.statuses;
  const chosen: string[] = [];
  if (statuses !== undefined) {
    chosen.push(statuses.length === 0 ? '0' : `c.status IN (${statuses.map((_, i) => `@status${i}`).join(', ')})`);
    statuses.forEach((status, i) => (params[`status${i}`] = status));
  }
  if (filter.callbacks) chosen.push('c.next_contact_at IS NOT NULL');
  if (filter.callbacks && filter.cancelledSince) {
    const pending = `c.status IN ('open', 'awaiting_callback', 'transferred') AND c.next_contact_at IS NOT NULL`;
    where.push(
      `((${chosen.join(' AND ')}) OR (NOT (${pending}) AND c.updated_at >= @cancelledSince AND ${ANNOUNCED}))`,
    );
    params.cancelledSince = filter.cancelledSince.toISOString();
  } else where.push(...chosen);
  receivedWithin(filter, where, params);
  const select = selectOf(shape, filter);
  return { sql: `${select} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`, params };
}
