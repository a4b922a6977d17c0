import type { Complaint, ComplaintEvent, Customer, Status } from '../../domain/types.js';
import { COMPLAINT_COLUMNS } from '../sqlite/rows.js';

// Between PostgreSQL rows and the domain's objects. The session's parsers (connection.ts)
// already give instants as ISO 8601 text, counts as numbers and JSON as its text; booleans
// are booleans. Keys come in the order SQLite's rows give them, so the JSON printed is the same.

type Row = Record<string, unknown>;

export { COMPLAINT_COLUMNS };

export const CUSTOMER_COLUMNS = `cu.id AS cu_id, cu.name AS cu_name, cu.phone AS cu_phone, cu.email AS cu_email,
  cu.company AS cu_company, cu.address AS cu_address, cu.created_at AS cu_created_at,
  cu.forgotten_at AS cu_forgotten_at`;

export function toCustomer(row: Row): Customer {
  return {
    id: row.id as number,
    name: row.name as string,
    phone: row.phone as string | null,
    email: row.email as string | null,
    company: row.company as string | null,
    address: (row.address as string | null | undefined) ?? null,
    createdAt: row.created_at as string,
    forgottenAt: row.forgotten_at as string | null,
  };
}

/** A complaint row, joined with its customer's columns prefixed `cu_`. */
export function toComplaint(row: Row): Complaint {
  const complaint: Row = {
    id: row.id,
    status: row.status,
    receivedAt: row.received_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    customerId: row.customer_id,
    customer:
      row.cu_id === null || row.cu_id === undefined
        ? null
        : toCustomer({
            id: row.cu_id,
            name: row.cu_name,
            phone: row.cu_phone,
            email: row.cu_email,
            company: row.cu_company,
            address: row.cu_address,
            created_at: row.cu_created_at,
            forgotten_at: row.cu_forgotten_at,
          }),
  };
  for (const [field, column] of Object.entries(COMPLAINT_COLUMNS)) complaint[field] = row[column] ?? null;
  complaint.business = row.business === true;
  complaint.secondHand = row.second_hand === true;
  return complaint as unknown as Complaint;
}

export function toEvent(row: Row): ComplaintEvent {
  return {
    id: row.id as number,
    complaintId: row.complaint_id as number,
    at: row.at as string,
    operator: row.operator as string | null,
    kind: row.kind as string,
    statusBefore: row.status_before as Status | null,
    statusAfter: row.status_after as Status | null,
    details: JSON.parse(row.details as string) as Record<string, unknown>,
  };
}

/** The same line of a list as in a file: the server gives instants as ISO 8601 text too. */
export { toSummary } from '../sqlite/rows.js';
