import { canMove, nextStatuses } from '../../domain/status.js';
import { phoneKey, searchKey } from '../../domain/text.js';
import type { Complaint, ComplaintEvent, ComplaintSummary, Status } from '../../domain/types.js';
import { UserError } from '../../errors.js';
import { label, t } from '../../i18n/index.js';
import type {
  ComplaintChange,
  ComplaintFilter,
  ComplaintPatch,
  ComplaintStore,
  CustomerInput,
  DraftPatch,
  CustomerMatch,
  NewEvent,
} from '../store.js';
import type { SqliteContext } from './context.js';
import { IN_PROGRESS_SQL } from './statuses.js';
import { patchColumns, receivedWithin, toComplaint, toCustomer, toEvent, toSummary } from './rows.js';
import { matchExpression, MATCHING_IDS } from './search.js';

export const SELECT_COMPLAINT = `
  SELECT c.*, cu.id AS cu_id, cu.name AS cu_name, cu.phone AS cu_phone, cu.email AS cu_email,
         cu.company AS cu_company, cu.address AS cu_address, cu.created_at AS cu_created_at,
         cu.forgotten_at AS cu_forgotten_at
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
  WHERE c.id = ?`;

export const INSERT_EVENT = `
  INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

const INSERT_CUSTOMER = `
  INSERT INTO customers (name, name_key, phone, phone_key, email, company, address, created_at, updated_at)
  VALUES (@name, @nameKey, @phone, @phoneKey, @email, @company, @address, @now, @now)`;

/** Names may contain % and _: escape them for LIKE. */
function likePattern(text: string): string {
  return `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Customer filter shared by `list --customer` and the customer search. */
const CUSTOMER_MATCH = `(cu.name_key LIKE @namePattern ESCAPE '\\'
  OR (@phone <> '' AND cu.phone_key = @phone) OR cu.id = @id)`;

function customerParams(query: string) {
  const id = /^\d{1,9}$/.test(query.trim()) ? Number(query) : -1;
  const digits = phoneKey(query);
  return { namePattern: likePattern(query), phone: digits.length >= 6 ? digits : '', id };
}

export function complaintQueries(ctx: SqliteContext): ComplaintStore {
  function load(id: number): Complaint | null {
    const row = ctx.statement(SELECT_COMPLAINT).get(id) as Record<string, unknown> | undefined;
    return row ? toComplaint(row) : null;
  }

  function appendEvent(complaintId: number, event: NewEvent, before: Status | null, after: Status | null): void {
    ctx
      .statement(INSERT_EVENT)
      .run(complaintId, ctx.now(), event.operator, event.kind, before, after, JSON.stringify(event.details ?? {}));
  }

  /** A new customer; inside the write transaction, the one customer already on file with this
   * name and phone (two counters taking the same new customer at once) is used instead of a twin. */
  function insertCustomer(input: CustomerInput): number {
    const phone = input.phone ? phoneKey(input.phone) : null;
    if (phone) {
      const twins = ctx
        .statement('SELECT id FROM customers WHERE name_key = ? AND phone_key = ? AND forgotten_at IS NULL LIMIT 2')
        .all(searchKey(input.name), phone) as { id: number }[];
      if (twins.length === 1) return twins[0].id;
    }
    const result = ctx.statement(INSERT_CUSTOMER).run({
      name: input.name,
      nameKey: searchKey(input.name),
      phone: input.phone ?? null,
      phoneKey: phone,
      email: input.email ?? null,
      company: input.company ?? null,
      address: input.address ?? null,
      now: ctx.now(),
    });
    return Number(result.lastInsertRowid);
  }

  function patchCustomer(id: number, patch: Partial<CustomerInput>): void {
    const sets: string[] = [];
    const values: Record<string, unknown> = { id, now: ctx.now() };
    if (patch.name !== undefined) {
      sets.push('name = @name', 'name_key = @nameKey');
      Object.assign(values, { name: patch.name, nameKey: searchKey(patch.name) });
    }
    if (patch.phone !== undefined) {
      sets.push('phone = @phone', 'phone_key = @phoneKey');
      Object.assign(values, { phone: patch.phone, phoneKey: patch.phone ? phoneKey(patch.phone) : null });
    }
    if (patch.email !== undefined) {
      sets.push('email = @email');
      values.email = patch.email;
    }
    if (patch.company !== undefined) {
      sets.push('company = @company');
      values.company = patch.company;
    }
    if (patch.address !== undefined) {
      sets.push('address = @address');
      values.address = patch.address;
    }
    if (sets.length === 0) return;
    ctx.db.prepare(`UPDATE customers SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(values);
  }

  function customerIdFor(link: { id: number } | CustomerInput): number {
    if ('id' in link) {
      const exists = ctx.statement('SELECT 1 FROM customers WHERE id = ?').get(link.id);
      if (!exists) throw new UserError('error.customerNotFound', { id: link.id });
      return link.id;
    }
    return insertCustomer(link);
  }

  function applyPatch(id: number, patch: ComplaintPatch, extra: [string, unknown][]): void {
    const columns = [...patchColumns(patch), ...extra];
    if (columns.length === 0) return;
    const sets = columns.map(([column]) => `${column} = ?`).join(', ');
    ctx.db.prepare(`UPDATE complaints SET ${sets} WHERE id = ?`).run(...columns.map(([, value]) => value), id);
  }

  /** The patch, the customer link and the customer's new details of one change. */
  function applyChange(change: DraftPatch, extra: [string, unknown][]): void {
    const columns: [string, unknown][] = [['updated_at', ctx.now()], ...extra];
    if (change.customer) columns.push(['customer_id', customerIdFor(change.customer)]);
    applyPatch(change.id, change.patch ?? {}, columns);
    const customerId = load(change.id)!.customerId;
    if (change.customerPatch && customerId !== null) patchCustomer(customerId, change.customerPatch);
  }

  return {
    async createComplaint(patch, event, customer) {
      return ctx.write(() => {
        const now = ctx.now();
        const customerId = customer ? customerIdFor(customer) : null;
        const result = ctx
          .statement(
            `INSERT INTO complaints (status, received_at, created_at, updated_at, customer_id)
             VALUES ('draft', ?, ?, ?, ?)`,
          )
          .run(patch.receivedAt ?? now, now, now, customerId);
        const id = Number(result.lastInsertRowid);
        applyPatch(id, patch, []);
        appendEvent(id, event, null, 'draft');
        return load(id)!;
      });
    },

    async recordChange(change: ComplaintChange) {
      return ctx.write(() => {
        const current = load(change.id);
        if (!current) throw new UserError('error.notFound', { id: change.id });
        const target = change.status;
        if (target !== undefined && !canMove(current.status, target)) {
          const possible = nextStatuses(current.status).map((s) => label('status', s));
          throw new UserError('error.transition', {
            id: change.id,
            from: label('status', current.status),
            to: label('status', target),
            possible: possible.length > 0 ? possible.join(', ') : t('error.transition.none'),
          });
        }
        applyChange(change, target === undefined ? [] : [['status', target]]);
        appendEvent(change.id, change.event, current.status, target ?? current.status);
        return load(change.id)!;
      });
    },

    async patchDraft(change: DraftPatch) {
      return ctx.write(() => {
        const current = load(change.id);
        if (!current) throw new UserError('error.notFound', { id: change.id });
        if (current.status !== 'draft')
          throw new UserError('error.notDraft', { id: change.id, status: label('status', current.status) });
        applyChange(change, []);
        return load(change.id)!;
      });
    },

    async getComplaint(id) {
      return load(id);
    },

    async listComplaints(filter: ComplaintFilter): Promise<ComplaintSummary[]> {
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: filter.limit ?? -1 };
      if (filter.statuses && filter.statuses.length > 0) {
        where.push(`c.status IN (${filter.statuses.map((_, i) => `@status${i}`).join(', ')})`);
        filter.statuses.forEach((status, i) => (params[`status${i}`] = status));
      }
      if (filter.customer !== undefined) {
        where.push(CUSTOMER_MATCH);
        Object.assign(params, customerParams(filter.customer));
      }
      if (filter.category !== undefined) {
        where.push('c.category = @category');
        params.category = filter.category;
      }
      if (filter.search !== undefined) {
        where.push(filter.search.length > 0 ? `c.id IN (${MATCHING_IDS})` : '0');
        if (filter.search.length > 0) params.match = matchExpression(filter.search);
      }
      receivedWithin(filter, where, params);
      const sql = `
        SELECT c.id, c.status, c.received_at, cu.name AS customer, c.category, c.channel,
               coalesce(c.product, c.account) AS summary, c.next_contact_at, c.assignee
        FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.received_at DESC, c.id DESC
        LIMIT @limit`;
      return (ctx.db.prepare(sql).all(params) as Record<string, unknown>[]).map((row) => ({
        ...toSummary(row),
        customer: row.customer as string | null,
      }));
    },

    async categoriesInUse() {
      const rows = ctx.statement('SELECT DISTINCT category FROM complaints WHERE category IS NOT NULL').all();
      return (rows as { category: string }[]).map((row) => row.category).sort();
    },

    async listEvents(complaintId): Promise<ComplaintEvent[]> {
      const rows = ctx.statement('SELECT * FROM events WHERE complaint_id = ? ORDER BY at, id').all(complaintId);
      return (rows as Record<string, unknown>[]).map(toEvent);
    },

    async findCustomers(query): Promise<CustomerMatch[]> {
      const rows = ctx
        .statement(
          `SELECT cu.*, count(c.id) AS complaints, max(c.received_at) AS last_received_at,
                  sum(c.status IN (${IN_PROGRESS_SQL})) AS pending
           FROM customers cu LEFT JOIN complaints c ON c.customer_id = cu.id
           WHERE ${CUSTOMER_MATCH}
              OR cu.id IN (SELECT customer_id FROM complaints WHERE order_ref = @order)
           GROUP BY cu.id
           ORDER BY last_received_at DESC
           LIMIT 20`,
        )
        .all({ ...customerParams(query), order: query.trim() }) as Record<string, unknown>[];
      return rows.map((row) => ({
        customer: toCustomer(row),
        complaints: row.complaints as number,
        lastReceivedAt: row.last_received_at as string | null,
        pending: (row.pending as number | null) ?? 0,
      }));
    },
  };
}
