import { EVENT_KINDS } from '../../domain/events.js';
import {
  anonymousDetails,
  ERASED_FIELDS,
  ERASED_NAME,
  KEPT_UNLESS_NAMED,
  mentionsCustomer,
  type PersonalData,
} from '../../domain/retention.js';
import { searchKey } from '../../domain/text.js';
import type { Erasure, PrivacyStore, PurgeMode, Scrub } from '../store.js';
import type { PgContext } from './context.js';
import { COMPLAINT_COLUMNS } from './rows.js';

// Erasing personal data (forget, purge), as the SQLite store does, and then out of the
// server's files too: an UPDATE leaves the old row version in the table until VACUUM, so the
// tables are rewritten (VACUUM FULL) when this role owns them (README: what PostgreSQL keeps).

const ERASED_COLUMNS = ERASED_FIELDS.map((field) => COMPLAINT_COLUMNS[field]);
const CHECKED_COLUMNS = KEPT_UNLESS_NAMED.map((field) => COMPLAINT_COLUMNS[field]);

const ERASED_KINDS = [EVENT_KINDS.forgotten, EVENT_KINDS.anonymised];

/** The latest contact with the customer, across all their complaints; a complaint without a
 * customer on its own. */
const PURGE_CANDIDATES = `
  WITH last_contact AS (
    SELECT customer_id, max(greatest(received_at, updated_at, closed_at)) AS at
    FROM complaints WHERE customer_id IS NOT NULL GROUP BY customer_id
  )
  SELECT c.id, c.customer_id,
         EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id AND e.kind = ANY ($2)) AS erased
  FROM complaints c LEFT JOIN last_contact l ON l.customer_id = c.customer_id
  WHERE c.status = 'closed'
    AND coalesce(l.at, greatest(c.received_at, c.updated_at, c.closed_at)) < $1
  ORDER BY c.id`;

interface Candidate {
  id: number;
  customer_id: number | null;
  erased: boolean;
}

const TABLES = ['customers', 'complaints', 'events', 'complaint_words', 'attachments', 'attachment_bytes'];

export function privacyQueries(ctx: PgContext): PrivacyStore {
  async function personalData(customerId: number | null): Promise<PersonalData | null> {
    if (customerId === null) return null;
    return (
      (await ctx.row<PersonalData>('SELECT name, phone, email, company FROM customers WHERE id = $1', [customerId])) ??
      null
    );
  }

  async function eraseCustomer(customerId: number): Promise<void> {
    await ctx.rows(
      `UPDATE customers SET name = $2, name_key = $3, phone = NULL, phone_key = NULL, email = NULL,
         company = NULL, address = NULL, forgotten_at = coalesce(forgotten_at, $4), updated_at = $4
       WHERE id = $1`,
      [customerId, ERASED_NAME, searchKey(ERASED_NAME), ctx.now()],
    );
  }

  async function eraseComplaint(id: number, person: PersonalData | null, kind: string, operator: string | null) {
    const row = (await ctx.row<Record<string, string | null>>(
      `SELECT ${CHECKED_COLUMNS.join(', ')} FROM complaints WHERE id = $1`,
      [id],
    ))!;
    const named = CHECKED_COLUMNS.filter((column) => row[column] !== null && mentionsCustomer(row[column], person));
    // updated_at stays: an erasure is not a contact with the customer, and purge counts those.
    const sets = [...ERASED_COLUMNS, ...named].map((column) => `${column} = NULL`).join(', ');
    await ctx.rows(`UPDATE complaints SET ${sets} WHERE id = $1`, [id]);
    // A photo, a receipt, a letter can all show the customer: they go whole, bytes and names.
    await ctx.rows('DELETE FROM attachments WHERE complaint_id = $1', [id]);
    const events = await ctx.rows<{ id: number; kind: string; details: string }>(
      'SELECT id, kind, details FROM events WHERE complaint_id = $1',
      [id],
    );
    for (const event of events) {
      const parsed = JSON.parse(event.details) as Record<string, unknown>;
      const details = JSON.stringify(anonymousDetails(event.kind, parsed, person));
      // The append-only trigger lets only the details change, for exactly this.
      if (details !== event.details)
        await ctx.rows('UPDATE events SET details = $1 WHERE id = $2', [details, event.id]);
    }
    await ctx.rows(
      `INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
       SELECT id, $2, $3, $4, status, status, '{}' FROM complaints WHERE id = $1`,
      [id, ctx.now(), operator, kind],
    );
  }

  async function plan(cutoff: Date, mode: PurgeMode): Promise<{ complaints: number[]; customers: number[] }> {
    const candidates = await ctx.rows<Candidate>(PURGE_CANDIDATES, [cutoff.toISOString(), ERASED_KINDS]);
    const chosen = mode === 'delete' ? candidates : candidates.filter((candidate) => !candidate.erased);
    const perCustomer = new Map<number, number>();
    for (const { customer_id: customer } of chosen) {
      if (customer !== null) perCustomer.set(customer, (perCustomer.get(customer) ?? 0) + 1);
    }
    const remaining =
      mode === 'delete'
        ? 'SELECT count(*) FROM complaints WHERE customer_id = $1'
        : `SELECT count(*) FROM complaints c WHERE customer_id = $1
             AND NOT EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id AND e.kind = ANY ($2))`;
    const customers: number[] = [];
    for (const [customer, count] of perCustomer) {
      const params = mode === 'delete' ? [customer] : [customer, ERASED_KINDS];
      if ((await ctx.value<number>(remaining, params)) === count) customers.push(customer);
    }
    return { complaints: chosen.map((candidate) => candidate.id), customers };
  }

  /** Rewrites the tables from their live rows, so that the erased values are in no file the
   * server reads. Only the tables' owner may: false for another role (the shop's). */
  async function scrub(): Promise<Scrub> {
    const owner = await ctx.value<boolean>(
      `SELECT bool_and(pg_has_role(relowner, 'USAGE')) FROM pg_class WHERE oid = ANY ($1::regclass[])`,
      [TABLES],
    );
    // Not the owner: the values stay in the files until the owner's VACUUM FULL ('busy', as
    // when a SQLite reader holds the file: the erasure itself is done).
    if (!owner) return 'busy';
    await ctx.rows(`VACUUM (FULL, ANALYZE) ${TABLES.join(', ')}`);
    return 'done';
  }

  async function erase(work: () => Promise<Omit<Erasure, 'scrub'>>): Promise<Erasure> {
    const done = await ctx.write(work);
    return { ...done, scrub: await scrub() };
  }

  return {
    async forgetCustomer(customerId, operator) {
      return erase(async () => {
        // The customer's row first: two counters erasing the same customer queue here.
        await ctx.rows('SELECT 1 FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
        const person = await personalData(customerId);
        const complaints = (
          await ctx.rows<{ id: number }>('SELECT id FROM complaints WHERE customer_id = $1 ORDER BY id FOR UPDATE', [
            customerId,
          ])
        ).map((row) => row.id);
        for (const id of complaints) await eraseComplaint(id, person, EVENT_KINDS.forgotten, operator);
        await eraseCustomer(customerId);
        return { complaints: complaints.length, customers: person ? 1 : 0 };
      });
    },

    scrubErased: scrub,

    async planPurge(cutoff, mode) {
      const { complaints, customers } = await plan(cutoff, mode);
      return { complaints: complaints.length, customers: customers.length };
    },

    async purge(cutoff, mode, operator) {
      return erase(async () => {
        // One purge at a time, and no complaint changing under it: the plan holds until commit.
        await ctx.rows('LOCK TABLE complaints IN SHARE ROW EXCLUSIVE MODE');
        const { complaints, customers } = await plan(cutoff, mode);
        if (mode === 'delete') {
          // Their events go with them (ON DELETE CASCADE): the trigger forbids updates, not deletes.
          await ctx.rows('DELETE FROM complaints WHERE id = ANY ($1)', [complaints]);
          await ctx.rows('DELETE FROM customers WHERE id = ANY ($1)', [customers]);
        } else {
          for (const id of complaints) {
            const customerId = await ctx.value<number | null>('SELECT customer_id FROM complaints WHERE id = $1', [id]);
            await eraseComplaint(id, await personalData(customerId), EVENT_KINDS.anonymised, operator);
          }
          for (const id of customers) await eraseCustomer(id);
        }
        return { complaints: complaints.length, customers: customers.length };
      });
    },
  };
}
