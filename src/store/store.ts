import type { ClockFacts } from '../domain/clocks.js';
import type { Complaint, ComplaintEvent, ComplaintSummary, Customer, Status } from '../domain/types.js';
import type { AttachmentStore } from './attachment-store.js';
import type { MaintenanceStore, PendingErasure, PrivacyStore } from './privacy-store.js';
import type { ActionStore, RatingStore, RecurringStore, SearchStore } from './find-store.js';
import type { ReportStore } from './report-store.js';
import type { ExportStore, ImportStore } from './transfer.js';

// The logbook as the commands see it. Asynchronous so that a shared PostgreSQL server can
// implement it later; SQL and SQLite details stay in src/store/sqlite/. Each area of the
// product adds its own interface below and its own file in sqlite/.

/** How a logbook is opened: `create: false` refuses a missing one (UserError `store.missing`)
 * instead of creating it; every command but those that write passes it. */
export interface OpenOptions {
  create?: boolean;
}

export type {
  TransferEvent,
  ExportedComplaint,
  ExportFilter,
  CsvValue,
  ExportStore,
  ImportedCustomer,
  ImportRecord,
  ImportDifference,
  ImportResult,
  ImportStore,
} from './transfer.js';
export type { AttachmentStore } from './attachment-store.js';
export type { ActionStore, RatingStore, RecurringStore, SearchHit, SearchStore } from './find-store.js';
export type { Erasure, MaintenanceStore, PendingErasure, PrivacyStore, PurgeMode, Scrub } from './privacy-store.js';
export type { Period, PeriodSummary, ReportFigures, ReportStore, Spread } from './report-store.js';

export interface ComplaintFilter {
  statuses?: readonly Status[];
  /** Name (accent- and case-insensitive, partial), phone number or customer number. */
  customer?: string;
  category?: string;
  /** Received at or after. */
  since?: Date;
  /** Received before. */
  until?: Date;
  /** Words searched for (domain/search.ts, searchWords): only the complaints holding them all. */
  search?: readonly string[];
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
  address?: string | null;
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
  /** Link the complaint to this existing customer, or to a new one with these details (the
   * one customer already on file with the same name and phone, when there is one: two
   * counters taking the same new customer at once make one customer). */
  customer?: { id: number } | CustomerInput;
  /** Update the details of the linked customer. */
  customerPatch?: Partial<CustomerInput>;
}

/** Answers saved into a draft as they are given: no status move, no event. */
export interface DraftPatch {
  id: number;
  patch?: ComplaintPatch;
  customer?: { id: number } | CustomerInput;
  customerPatch?: Partial<CustomerInput>;
}

export interface ComplaintStore {
  /** A new draft with its first answers and a `created` event, in one transaction. */
  createComplaint(
    patch: ComplaintPatch,
    event: NewEvent,
    customer?: { id: number } | CustomerInput,
  ): Promise<Complaint>;
  /** Patch, status move and event of one logical step, in one IMMEDIATE transaction. */
  recordChange(change: ComplaintChange): Promise<Complaint>;
  /** Saves answers into a draft as soon as they are given, without an event (the wizard's
   * phase events say when a phase ends); refused (UserError, nothing written) once the
   * complaint is no longer a draft. */
  patchDraft(change: DraftPatch): Promise<Complaint>;
  getComplaint(id: number): Promise<Complaint | null>;
  listComplaints(filter: ComplaintFilter): Promise<ComplaintSummary[]>;
  /** Every category some complaint has, as stored (the shop's own as typed, imported ones too). */
  categoriesInUse(): Promise<string[]>;
  listEvents(complaintId: number): Promise<ComplaintEvent[]>;
  findCustomers(query: string): Promise<CustomerMatch[]>;
}

export interface SettingsStore {
  /** The logbook's own id, made with it: what tells two shops' logbooks apart. */
  logbookId(): Promise<string>;
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
  /** An erasure whose clean-up of the files was cut short, found when the logbook was opened. */
  erasure: PendingErasure;
  /** Null when the file is damaged: counting would read the broken pages. */
  counts: {
    complaints: number;
    customers: number;
    events: number;
    /** How many attachments, and their bytes in all (read from what is known of them). */
    attachments: { count: number; bytes: number };
    byStatus: Partial<Record<Status, number>>;
  } | null;
  /** On a PostgreSQL server: which one, and who this counter is on it (never the password). */
  server?: { version: string; user: string; database: string };
}

export interface HealthStore {
  health(): Promise<Health>;
}

export interface Store
  extends
    ComplaintStore,
    SettingsStore,
    HealthStore,
    MaintenanceStore,
    PrivacyStore,
    ExportStore,
    ImportStore,
    CustomerStore,
    DueStore,
    ClockStore,
    ReportStore,
    CopyStore,
    ShopStore,
    SearchStore,
    ActionStore,
    AttachmentStore,
    RatingStore,
    RecurringStore {
  /** Where the logbook is (a file path for SQLite). */
  readonly location: string;
  close(): Promise<void>;
}

/** One customer and their complaints (`plainte customer`). */
export interface CustomerStore {
  getCustomer(id: number): Promise<Customer | null>;
  /** Every complaint of the customer, newest first. */
  customerComplaints(id: number): Promise<Omit<ComplaintSummary, 'customer'>[]>;
}

/** A contact promised to a customer that is due (or coming, with `due --within`). */
export interface Callback {
  id: number;
  /** The promised contact, ISO 8601 UTC. */
  due: string;
  status: Status;
  customer: string | null;
  /** The callback number, else the customer's phone. */
  phone: string | null;
  assignee: string | null;
  summary: string | null;
  /** What was promised for this callback (the callback note), if anything. */
  note: string | null;
}

export interface DueQuery {
  /** Contacts due strictly before this instant. */
  before: Date;
  /** One colleague's callbacks (case and accents ignored). */
  assignee?: string;
}

export interface DueStore {
  /** Pending complaints with a next contact before `before`, oldest first: one indexed query. */
  listDue(query: DueQuery): Promise<Callback[]>;
}

/** A complaint's dates its clocks are read from (src/domain/clocks.ts), with who to contact. */
export interface ClockRow extends ClockFacts {
  customer: string | null;
  /** The callback number, else the customer's phone. */
  phone: string | null;
  assignee: string | null;
}

export interface ClockStore {
  /** The complaints that may have a clock the shop must still act on, by number: those in
   * progress with a written complaint, a promised answer or a repair under the legal warranty,
   * and the written complaints closed unsettled. One partial index: few in a kept-up logbook. */
  openClocks(): Promise<ClockRow[]>;
  /** The complaints one of whose clocks may fall due between two days (YYYY-MM-DD, both
   * included), read through an index of each clock's starting date (clocksOf keeps the exact),
   * handed to `visit` one at a time, none kept: what the report counts. */
  eachClockDueBetween(fromDay: string, toDay: string, visit: (facts: ClockFacts) => void): Promise<void>;
}

// ── moving a logbook between a file and a server (plainte copy) ──

export type CopiedTable = 'customers' | 'complaints' | 'events' | 'attachments' | 'attachment_bytes' | 'settings';

/** Rows of one table, by column: instants as ISO 8601 text, yes/no as booleans, the history's
 * details as their JSON text. The same in every store, so that a copy keeps every value. */
export interface RowBatch {
  table: CopiedTable;
  rows: Record<string, unknown>[];
}

export interface CopyStore {
  /** Every row of the logbook, table by table (customers, complaints, events, attachments and
   * their bytes, settings), a batch at a time, all from one snapshot. */
  readRows(): AsyncIterable<RowBatch>;
  /** How many rows each table holds. */
  rowCounts(): Promise<Record<CopiedTable, number>>;
  /** The id and creation time of every complaint, in id order, a batch at a time. */
  complaintStamps(): AsyncIterable<[number, string][]>;
  /** Writes the batches in one transaction, ids and all, after emptying the logbook when
   * `replace`: anything that fails leaves the logbook as it was. */
  writeRows(
    batches: AsyncIterable<RowBatch>,
    options: { replace: boolean; onProgress?: (complaints: number) => void },
  ): Promise<Record<CopiedTable, number>>;
}

// ── shops and counters ──

export interface ShopStore {
  /** The shops the logbook's complaints were taken in, by name (none on SQLite, whose
   * logbook is the one shop's). */
  shops(): Promise<string[]>;
  /** The same logbook seen from one shop, `null` for every shop: `list`, `due`, `report` and
   * `export` read only its complaints. On SQLite, the logbook itself. */
  inShop(shop: string | null): Store;
}
