import type { Complaint, ComplaintEvent, ComplaintSummary, Customer, Status } from '../domain/types.js';

// The logbook as the commands see it. Asynchronous so that a shared PostgreSQL server can
// implement it later; SQL and SQLite details stay in src/store/sqlite/. Each area of the
// product adds its own interface below and its own file in sqlite/.

export interface ComplaintFilter {
  statuses?: readonly Status[];
  /** Name (accent- and case-insensitive, partial), phone number or customer number. */
  customer?: string;
  category?: string;
  /** Received at or after. */
  since?: Date;
  /** Received before. */
  until?: Date;
  limit?: number;
}

/** A line of history to append; the store adds the time and the statuses. */
export interface NewEvent {
  kind: string;
  operator: string | null;
  details?: Record<string, unknown>;
}

/** The fields of a complaint a command may set (the store keeps ids and timestamps). */
export type ComplaintPatch = Partial<
  Omit<Complaint, 'id' | 'status' | 'customer' | 'customerId' | 'createdAt' | 'updatedAt'>
>;

export interface CustomerInput {
  name: string;
  phone?: string | null;
  email?: string | null;
  company?: string | null;
}

/** A customer found by name, phone or order number, with what is on file for them. */
export interface CustomerMatch {
  customer: Customer;
  complaints: number;
  lastReceivedAt: string | null;
  /** Complaints not yet resolved or closed. */
  pending: number;
}

export interface ComplaintChange {
  id: number;
  event: NewEvent;
  patch?: ComplaintPatch;
  /** The status to move to; refused (UserError, nothing written) when the domain forbids it. */
  status?: Status;
  /** Link the complaint to this existing customer, or to a new one with these details. */
  customer?: { id: number } | CustomerInput;
  /** Update the details of the linked customer. */
  customerPatch?: Partial<CustomerInput>;
}

export interface ComplaintStore {
  /** A new draft with its first answers and a `created` event, in one transaction. */
  createComplaint(patch: ComplaintPatch, event: NewEvent, customer?: { id: number } | CustomerInput): Promise<Complaint>;
  /** Patch, status move and event of one logical step, in one IMMEDIATE transaction. */
  recordChange(change: ComplaintChange): Promise<Complaint>;
  getComplaint(id: number): Promise<Complaint | null>;
  listComplaints(filter: ComplaintFilter): Promise<ComplaintSummary[]>;
  listEvents(complaintId: number): Promise<ComplaintEvent[]>;
  findCustomers(query: string): Promise<CustomerMatch[]>;
}

export interface SettingsStore {
  getSetting(key: string): Promise<string | null>;
  /** `null` removes the setting (back to its default). */
  setSetting(key: string, value: string | null): Promise<void>;
  listSettings(): Promise<Record<string, string>>;
}

export interface Health {
  schemaVersion: number;
  /** Opened for reading only (this process cannot write the file or its folder). */
  readOnly: boolean;
  journalMode: string;
  /** Lines of `PRAGMA integrity_check`; `['ok']` when sound. */
  integrity: string[];
  foreignKeyProblems: number;
  /** Null when the file is damaged: counting would read the broken pages. */
  counts: { complaints: number; customers: number; events: number; byStatus: Partial<Record<Status, number>> } | null;
}

export interface HealthStore {
  health(): Promise<Health>;
}

export interface Store extends ComplaintStore, SettingsStore, HealthStore, MaintenanceStore, PrivacyStore, CustomerStore {
  /** Where the logbook is (a file path for SQLite). */
  readonly location: string;
  close(): Promise<void>;
}

// ── backup, forget, purge (issue 6) ──

export interface MaintenanceStore {
  /**
   * Copies the logbook while others may be writing to it, checks the copy, and returns
   * where it is. Without a target: a timestamped file beside the logbook. An existing
   * target is refused (UserError) unless `replace`.
   */
  backup(target: string | null, options: { replace: boolean }): Promise<string>;
}

/** Whether the erased values are gone from the files on disk too (false when another
 * program kept an old snapshot open: they go at its next checkpoint). */
export interface Erasure {
  complaints: number;
  customers: number;
  scrubbed: boolean;
}

export type PurgeMode = 'anonymise' | 'delete';

export interface PrivacyStore {
  /** Erases a customer's personal data and the texts of their complaints that can name
   * them, keeping the anonymous facts; a `forgotten` event on each complaint. */
  forgetCustomer(customerId: number, operator: string | null): Promise<Erasure>;
  /** What `purge` would do for closed complaints whose customer was last in contact
   * before `cutoff`: counts only, nothing written. */
  planPurge(cutoff: Date, mode: PurgeMode): Promise<Omit<Erasure, 'scrubbed'>>;
  /** Anonymises (with an `anonymised` event) or deletes those complaints, in one transaction. */
  purge(cutoff: Date, mode: PurgeMode, operator: string | null): Promise<Erasure>;
}

/** One customer and their complaints (issue 4: `plainte customer`). */
export interface CustomerStore {
  getCustomer(id: number): Promise<Customer | null>;
  /** Every complaint of the customer, newest first. */
  customerComplaints(id: number): Promise<Omit<ComplaintSummary, 'customer'>[]>;
}
