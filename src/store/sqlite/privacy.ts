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
import type { Erasure, PrivacyStore, PurgeMode } from '../store.js';
import type { SqliteContext } from './context.js';
import { COMPLAINT_COLUMNS } from './rows.js';
import { markErasure, scrubFiles } from './scrub.js';

// Erasing personal data (forget, purge) so that it is gone from the files on disk too, not
// only from what queries return.

const ERASED_COLUMNS = ERASED_FIELDS.map((field) => COMPLAINT_COLUMNS[field]);
const CHECKED_COLUMNS = KEPT_UNLESS_NAMED.map((field) => COMPLAINT_COLUMNS[field]);

/** A complaint already stripped of personal data carries one of these events. */
const ERASED_KINDS = `('${EVENT_KINDS.forgotten}', '${EVENT_KINDS.anonymised}')`;

/** The latest contact with the customer: across all their complaints, so that a customer the
 * shop still deals with keeps every complaint; a complaint without a customer on its own. */
const PURGE_CANDIDATES = `
  WITH last_contact AS (
    SELECT customer_id, max(max(received_at, updated_at, coalesce(closed_at, ''))) AS at
    FROM complaints WHERE customer_id IS NOT NULL GROUP BY customer_id
  )
  SELECT c.id, c.customer_id,
         EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id AND e.kind IN ${ERASED_KINDS}) AS erased
  FROM complaints c LEFT JOIN last_contact l ON l.customer_id = c.customer_id
  WHERE c.status = 'closed'
    AND coalesce(l.at, max(c.received_at, c.updated_at, coalesce(c.closed_at, ''))) < @cutoff`;

interface Candidate {
  id: number;
  customer_id: number | null;
  erased: 0 | 1;
}

interface Plan {
  complaints: number[];
  customers: number[];
}

export function privacyQueries(ctx: SqliteContext): PrivacyStore {
  function personalData(customerId: number | null): PersonalData | null {
    if (customerId === null) return null;
    const row = ctx.statement('SELECT name, phone, email, company FROM customers WHERE id = ?').get(customerId);
    return (row as PersonalData | undefined) ?? null;
  }

  function eraseCustomer(customerId: number): void {
    ctx
      .statement(
        `UPDATE customers SET name = @name, name_key = @nameKey, phone = NULL, phone_key = NULL, email = NULL,
           company = NULL, address = NULL, forgotten_at = coalesce(forgotten_at, @now), updated_at = @now
         WHERE id = @id`,
      )
      .run({ id: customerId, name: ERASED_NAME, nameKey: searchKey(ERASED_NAME), now: ctx.now() });
  }

  /** Clears the complaint's texts and its events' text details; `person` is read before the
   * customer is erased, to find the kept texts that name them. */
  function eraseComplaint(id: number, person: PersonalData | null, kind: string, operator: string | null): void {
    const row = ctx.statement(`SELECT ${CHECKED_COLUMNS.join(', ')} FROM complaints WHERE id = ?`).get(id) as Record<
      string,
      string | null
    >;
    const named = CHECKED_COLUMNS.filter((column) => row[column] !== null && mentionsCustomer(row[column], person));
    // updated_at stays: an erasure is not a contact with the customer, and purge counts those.
    const sets = [...ERASED_COLUMNS, ...named].map((column) => `${column} = NULL`).join(', ');
    ctx.db.prepare(`UPDATE complaints SET ${sets} WHERE id = ?`).run(id);
    // A photo, a receipt, a letter can all show the customer: they go whole, bytes and names
    // (their bytes with them, ON DELETE CASCADE).
    ctx.statement('DELETE FROM attachments WHERE complaint_id = ?').run(id);
    const events = ctx.statement('SELECT id, kind, details FROM events WHERE complaint_id = ?').all(id) as {
      id: number;
      kind: string;
      details: string;
    }[];
    for (const event of events) {
      const parsed = JSON.parse(event.details) as Record<string, unknown>;
      const details = JSON.stringify(anonymousDetails(event.kind, parsed, person));
      // The append-only trigger lets only the details change, for exactly this.
      if (details !== event.details) ctx.statement('UPDATE events SET details = ? WHERE id = ?').run(details, event.id);
    }
    ctx
      .statement(
        `INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
         SELECT id, @now, @operator, @kind, status, status, '{}' FROM complaints WHERE id = @id`,
      )
      .run({ id, now: ctx.now(), operator, kind });
  }

  /** The closed complaints past the cut-off, and the customers whose personal data goes with
   * them: those left with no complaint that still needs it. */
  function plan(cutoff: Date, mode: PurgeMode): Plan {
    const candidates = ctx.statement(PURGE_CANDIDATES).all({ cutoff: cutoff.toISOString() }) as Candidate[];
    const chosen = mode === 'delete' ? candidates : candidates.filter((candidate) => candidate.erased === 0);
    const perCustomer = new Map<number, number>();
    for (const { customer_id: customer } of chosen) {
      if (customer !== null) perCustomer.set(customer, (perCustomer.get(customer) ?? 0) + 1);
    }
    const remaining =
      mode === 'delete'
        ? ctx.statement('SELECT count(*) FROM complaints WHERE customer_id = ?').pluck()
        : ctx
            .statement(
              `SELECT count(*) FROM complaints c WHERE customer_id = ?
               AND NOT EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id AND e.kind IN ${ERASED_KINDS})`,
            )
            .pluck();
    const customers = [...perCustomer]
      .filter(([customer, count]) => (remaining.get(customer) as number) === count)
      .map(([customer]) => customer);
    return { complaints: chosen.map((candidate) => candidate.id), customers };
  }

  /** Runs the erasing transaction with secure_delete on, marked as to finish until the
   * files are clean, then cleans them. */
  function erase(work: () => Omit<Erasure, 'scrub'>): Erasure {
    ctx.db.pragma('secure_delete = ON');
    const done = ctx.write(() => {
      markErasure(ctx);
      return work();
    });
    return { ...done, scrub: scrubFiles(ctx) };
  }

  return {
    async scrubErased() {
      return scrubFiles(ctx);
    },

    async forgetCustomer(customerId, operator) {
      return erase(() => {
        const person = personalData(customerId);
        const complaints = ctx
          .statement('SELECT id FROM complaints WHERE customer_id = ? ORDER BY id')
          .pluck()
          .all(customerId) as number[];
        for (const id of complaints) eraseComplaint(id, person, EVENT_KINDS.forgotten, operator);
        eraseCustomer(customerId);
        return { complaints: complaints.length, customers: person ? 1 : 0 };
      });
    },

    async planPurge(cutoff, mode) {
      const { complaints, customers } = plan(cutoff, mode);
      return { complaints: complaints.length, customers: customers.length };
    },

    async purge(cutoff, mode, operator) {
      return erase(() => {
        const { complaints, customers } = plan(cutoff, mode);
        if (mode === 'delete') {
          // Their events go with them (ON DELETE CASCADE): the trigger forbids updates, not deletes.
          for (const id of complaints) ctx.statement('DELETE FROM complaints WHERE id = ?').run(id);
          for (const id of customers) ctx.statement('DELETE FROM customers WHERE id = ?').run(id);
        } else {
          for (const id of complaints) {
            const customerId = ctx.statement('SELECT customer_id FROM complaints WHERE id = ?').pluck().get(id) as
              number | null;
            eraseComplaint(id, personalData(customerId), EVENT_KINDS.anonymised, operator);
          }
          for (const id of customers) eraseCustomer(id);
        }
        return { complaints: complaints.length, customers: customers.length };
      });
    },
  };
}
