import { canMove, nextStatuses } from '../../domain/status.js';
import { phoneKey, searchKey } from '../../domain/text.js';
import type { Complaint, ComplaintSummary, Status } from '../../domain/types.js';
import { UserError } from '../../errors.js';
import { label, t } from '../../i18n/index.js';
import type {
  ComplaintChange,
  ComplaintPatch,
  ComplaintStore,
  DraftPatch,
  CustomerInput,
  CustomerMatch,
  NewEvent,
} from '../store.js';
import type { PgContext } from './context.js';
import { patchColumns } from '../sqlite/rows.js';
import { QUERY, tsquery } from './search.js';
import { CUSTOMER_COLUMNS, toComplaint, toCustomer, toEvent, toSummary } from './rows.js';

const SELECT_COMPLAINT = `
  SELECT c.*, ${CUSTOMER_COLUMNS}
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
  WHERE c.id = $1`;

/** Names may contain % and _: escape them for LIKE. */
function likePattern(text: string): string {
  return `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The customer filter shared by `list --customer` and the customer search: name (partial,
 * accents and case folded), phone number (6 digits or more) or customer number. Its
 * parameters are $first to $first + 2. */
function customerMatch(first: number): string {
  const [name, phone, id] = [first, first + 1, first + 2];
  return (
    `(cu.name_key LIKE $${name} ESCAPE '\\'` +
    ` OR ($${phone}::text <> '' AND cu.phone_key = $${phone}) OR cu.id = $${id})`
  );
}

function customerParams(query: string): unknown[] {
  const id = /^\d{1,9}$/.test(query.trim()) ? Number(query) : -1;
  const digits = phoneKey(query);
  return [likePattern(query), digits.length >= 6 ? digits : '', id];
}

export function complaintQueries(ctx: PgContext): ComplaintStore {
  async function load(id: number, lock = false): Promise<Complaint | null> {
    // FOR UPDATE OF c: the complaint's row is this transaction's until it ends; another
    // counter writing the same complaint waits, then reads what this one wrote.
    const row = await ctx.row(lock ? `${SELECT_COMPLAINT} FOR UPDATE OF c` : SELECT_COMPLAINT, [id]);
    return row ? toComplaint(row) : null;
  }

  async function appendEvent(id: number, event: NewEvent, before: Status | null, after: Status | null): Promise<void> {
    await ctx.rows(
      `INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, ctx.now(), event.operator, event.kind, before, after, JSON.stringify(event.details ?? {})],
    );
  }

  /** A new customer; under the id lock, the one customer already on file with this name and
   * phone (two counters taking the same new customer at once) is used instead of a twin. */
  async function insertCustomer(input: CustomerInput): Promise<number> {
    await ctx.lockIds();
    const phone = input.phone ? phoneKey(input.phone) : null;
    if (phone) {
      const twins = await ctx.rows<{ id: number }>(
        'SELECT id FROM customers WHERE name_key = $1 AND phone_key = $2 AND forgotten_at IS NULL LIMIT 2',
        [searchKey(input.name), phone],
      );
      if (twins.length === 1) return twins[0].id;
    }
    const id = await ctx.nextId('customers');
    const now = ctx.now();
    await ctx.rows(
      `INSERT INTO customers (id, name, name_key, phone, phone_key, email, company, address, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [
        id,
        input.name,
        searchKey(input.name),
        input.phone ?? null,
        phone,
        input.email ?? null,
        input.company ?? null,
        input.address ?? null,
        now,
      ],
    );
    return id;
  }

  async function patchCustomer(id: number, patch: Partial<CustomerInput>): Promise<void> {
    const sets: [string, unknown][] = [];
    if (patch.name !== undefined) sets.push(['name', patch.name], ['name_key', searchKey(patch.name)]);
    if (patch.phone !== undefined)
      sets.push(['phone', patch.phone], ['phone_key', patch.phone ? phoneKey(patch.phone) : null]);
    if (patch.email !== undefined) sets.push(['email', patch.email]);
    if (patch.company !== undefined) sets.push(['company', patch.company]);
    if (patch.address !== undefined) sets.push(['address', patch.address]);
    if (sets.length === 0) return;
    sets.push(['updated_at', ctx.now()]);
    await ctx.rows(
      `UPDATE customers SET ${sets.map(([column], i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`,
      [id, ...sets.map(([, value]) => value)],
    );
  }

  async function customerIdFor(link: { id: number } | CustomerInput): Promise<number> {
    if ('id' in link) {
      const exists = await ctx.row('SELECT 1 FROM customers WHERE id = $1', [link.id]);
      if (!exists) throw new UserError('error.customerNotFound', { id: link.id });
      return link.id;
    }
    return insertCustomer(link);
  }

  async function applyPatch(id: number, patch: ComplaintPatch, extra: [string, unknown][]): Promise<void> {
    const columns = [...patchColumns(patch), ...extra];
    if (columns.length === 0) return;
    await ctx.rows(
      `UPDATE complaints SET ${columns.map(([column], i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`,
      [id, ...columns.map(([, value]) => value)],
    );
  }

  /** The patch, the customer link and the customer's new details of one change. */
  async function applyChange(change: DraftPatch, extra: [string, unknown][]): Promise<void> {
    const columns: [string, unknown][] = [['updated_at', ctx.now()], ...extra];
    if (change.customer) columns.push(['customer_id', await customerIdFor(change.customer)]);
    await applyPatch(change.id, change.patch ?? {}, columns);
    const customerId =
      change.customer && 'id' in change.customer ? change.customer.id : (await load(change.id))!.customerId;
    if (change.customerPatch && customerId !== null) await patchCustomer(customerId, change.customerPatch);
  }

  return {
    async createComplaint(patch, event, customer) {
      return ctx.write(async () => {
        const now = ctx.now();
        const customerId = customer ? await customerIdFor(customer) : null;
        await ctx.lockIds();
        const id = await ctx.nextId('complaints');
        await ctx.rows(
          `INSERT INTO complaints (id, status, received_at, created_at, updated_at, customer_id, shop)
           VALUES ($1, 'draft', $2, $3, $3, $4, $5)`,
          [id, patch.receivedAt ?? now, now, customerId, ctx.shop],
        );
        await applyPatch(id, patch, []);
        await appendEvent(id, event, null, 'draft');
        return (await load(id))!;
      });
    },

    async recordChange(change: ComplaintChange) {
      return ctx.write(async () => {
        const current = await load(change.id, true);
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
        await applyChange(change, target === undefined ? [] : [['status', target]]);
        await appendEvent(change.id, change.event, current.status, target ?? current.status);
        return (await load(change.id))!;
      });
    },

    async patchDraft(change: DraftPatch) {
      return ctx.write(async () => {
        const current = await load(change.id, true);
        if (!current) throw new UserError('error.notFound', { id: change.id });
        if (current.status !== 'draft')
          throw new UserError('error.notDraft', { id: change.id, status: label('status', current.status) });
        await applyChange(change, []);
        return (await load(change.id))!;
      });
    },

    async getComplaint(id) {
      return load(id);
    },

    async categoriesInUse() {
      const shop = ctx.view === null ? '' : 'AND shop = $1';
      const rows = await ctx.rows(
        `SELECT DISTINCT category FROM complaints WHERE category IS NOT NULL ${shop}`,
        ctx.view === null ? [] : [ctx.view],
      );
      return rows.map((row) => row.category as string).sort();
    },

    async listComplaints(filter): Promise<ComplaintSummary[]> {
      const where: string[] = [];
      const params: unknown[] = [filter.limit ?? null];
      if (filter.statuses && filter.statuses.length > 0) {
        params.push(filter.statuses);
        where.push(`c.status = ANY ($${params.length})`);
      }
      if (filter.customer !== undefined) {
        where.push(customerMatch(params.length + 1));
        params.push(...customerParams(filter.customer));
      }
      if (filter.category !== undefined) {
        params.push(filter.category);
        where.push(`c.category = $${params.length}`);
      }
      if (filter.search !== undefined && filter.search.length === 0) where.push('false');
      else if (filter.search !== undefined) {
        params.push(tsquery(filter.search));
        where.push(`c.id IN (SELECT complaint_id FROM complaint_words WHERE words @@ ${QUERY(params.length)})`);
      }
      if (filter.since) {
        params.push(filter.since.toISOString());
        where.push(`c.received_at >= $${params.length}`);
      }
      if (filter.until) {
        params.push(filter.until.toISOString());
        where.push(`c.received_at < $${params.length}`);
      }
      if (ctx.view !== null) {
        params.push(ctx.view);
        where.push(`c.shop = $${params.length}`);
      }
      const rows = await ctx.rows(
        `SELECT c.id, c.status, c.received_at, cu.name AS customer, c.category, c.channel,
                coalesce(c.product, c.account) AS summary, c.next_contact_at, c.assignee
         FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY c.received_at DESC, c.id DESC
         LIMIT $1`,
        params,
      );
      return rows.map((row) => {
        const { id, status, receivedAt, ...rest } = toSummary(row);
        return { id, status, receivedAt, customer: row.customer as string | null, ...rest };
      });
    },

    async listEvents(complaintId) {
      return (await ctx.rows('SELECT * FROM events WHERE complaint_id = $1 ORDER BY at, id', [complaintId])).map(
        toEvent,
      );
    },

    async findCustomers(query): Promise<CustomerMatch[]> {
      const rows = await ctx.rows(
        `SELECT cu.*, count(c.id) AS complaints, max(c.received_at) AS last_received_at,
                count(c.id) FILTER (WHERE c.status IN ('draft', 'open', 'awaiting_callback', 'transferred')) AS pending
         FROM customers cu LEFT JOIN complaints c ON c.customer_id = cu.id
         WHERE ${customerMatch(1)}
            OR cu.id IN (SELECT customer_id FROM complaints WHERE order_ref = $4)
         GROUP BY cu.id
         ORDER BY last_received_at DESC NULLS LAST, cu.id
         LIMIT 20`,
        [...customerParams(query), query.trim()],
      );
      return rows.map((row) => ({
        customer: toCustomer(row),
        complaints: row.complaints as number,
        lastReceivedAt: row.last_received_at as string | null,
        pending: row.pending as number,
      }));
    },
  };
}
