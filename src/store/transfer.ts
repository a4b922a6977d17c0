import type { ExportedAttachment, ImportedAttachment } from '../domain/attachments.js';
import type { Complaint, ComplaintEvent, Status } from '../domain/types.js';
import type { FieldChange } from './differences.js';

// The logbook's data going out (export) and coming back (import), as the commands see it;
// part of the Store (store.ts).

/** A line of history as exported: without its ids, which the order of the lines replaces. */
export type TransferEvent = Omit<ComplaintEvent, 'id' | 'complaintId'>;

/** A complaint with its customer and its whole history: what export writes. */
export interface ExportedComplaint extends Complaint {
  events: TransferEvent[];
  /** `events` as JSON text, exactly as JSON.stringify writes them, when the store has that
   * text already (SQLite writes it): CSV and JSON exports write it as it is. */
  historyJson?: string;
  /** Its attachments, when the filter asks for them (`attachments`): by number, with their
   * bytes in base64 for `bytes`. */
  attachments?: ExportedAttachment[];
}

export interface ExportFilter {
  statuses?: readonly Status[];
  /** Received at or after. */
  since?: Date;
  /** Received before. */
  until?: Date;
  /** Only complaints with a callback planned and still pending (the calendar). */
  callbacks?: boolean;
  /** With `callbacks`: also the complaints changed since then whose history announced a
   * callback that is no longer pending (done or cancelled), for the calendar to withdraw. */
  cancelledSince?: Date;
  /** `false`: without the history (`events` empty), for a writer that shows none. */
  history?: boolean;
  /** Each complaint's attachments: what is known of them ('names', for a CSV), or with their
   * bytes ('bytes', for JSON), read one complaint at a time. None when absent. */
  attachments?: 'names' | 'bytes';
}

/** A value of a CSV cell, as the store gives it. */
export type CsvValue = string | number | null;

export interface ExportStore {
  /** Complaints in id order, read one at a time: memory does not grow with the logbook. */
  exportComplaints(filter: ExportFilter): AsyncIterable<ExportedComplaint>;
  /** The same complaints, each as its line of the JSON export written by the database itself
   * (the text transfer/record.ts's exportedJson writes): a store without it leaves it to
   * the writer. Each complaint's attachments are on its line, their bytes in base64. */
  exportJsonLines?(filter: ExportFilter): AsyncIterable<string>;
  /** The same complaints, each as the values of its cells in the CSV export, in the order of
   * its header (transfer/csv.ts): texts, numbers, yes/no as `true` or `false`, the history
   * as its JSON text, the attachments' names one a line when the filter asks; none as null.
   * A store without it leaves the writer to read the complaints' fields. */
  exportCsvRows?(filter: ExportFilter): AsyncIterable<readonly CsvValue[]>;
}

/** The customer of an imported complaint; `id` is the one in the file (ours), if any. */
export interface ImportedCustomer {
  id: number | null;
  name: string;
  phone: string | null;
  email: string | null;
  company: string | null;
  /** Absent from files made before letters. */
  address?: string | null;
  createdAt: string | null;
  forgottenAt: string | null;
}

/** One complaint to add. `key` marks it so that the same file imported twice adds nothing;
 * `complaint.id` is kept when it is free in the logbook, else a new one is given. */
export interface ImportRecord {
  key: string;
  complaint: Omit<Complaint, 'id' | 'customer' | 'customerId'> & { id: number | null };
  customer: ImportedCustomer | null;
  events: TransferEvent[];
  /** Its attachments, checked against their SHA-256 (JSON exports only). */
  attachments?: ImportedAttachment[];
  /** From our own export: its customers keep their identity (file id) instead of being matched among the new ones. */
  exported: boolean;
  /** The fields the row gives (`customer.phone` for its customer's), when not all: a CSV
   * kept by hand has only some columns, and the others are not differences. */
  fields?: readonly string[];
  /** A spreadsheet row naming a complaint by number: it is that complaint when it was
   * received the same minute (UTC, `2026-11-23T10:00`); its instants are compared to the minute. */
  sameAs?: { id: number; receivedMinute: string };
  /** Where the row is in the file, for the messages. */
  where?: { line: number } | { index: number };
}

/** A complaint already in the logbook that a row of the file changes. */
export interface ImportDifference {
  id: number;
  where: { line: number } | { index: number } | null;
  changes: FieldChange[];
}

export interface ImportResult {
  added: number;
  /** Already in the logbook (same key, or the same complaint by id and creation time). */
  skipped: number;
  /** Complaints changed by the file (with `update`: changed in the logbook too). */
  updated: number;
  differences: ImportDifference[];
  /** Status moves the file asks for that the rules refuse (nothing is written then). */
  refusedMoves: (ImportDifference & { from: Status; to: Status })[];
  customersAdded: number;
  customersMatched: number;
}

export interface ImportStore {
  /**
   * Adds every record in ONE IMMEDIATE transaction; with `dryRun`, counts and rolls back.
   * A record for a complaint already there whose fields differ is a difference: with
   * `update` its changes are written in the same transaction, each complaint's in one
   * `imported_change` event (details: source, changes { field: { before, after } });
   * without, the whole import is rolled back and the differences returned.
   */
  importRecords(
    records: Iterable<ImportRecord>,
    options?: {
      dryRun?: boolean;
      update?: boolean;
      source?: string;
      operator?: string | null;
      onProgress?: (done: number) => void;
    },
  ): Promise<ImportResult>;
}
