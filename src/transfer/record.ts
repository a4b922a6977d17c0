import type { ExportedComplaint, ImportRecord, ImportedCustomer, TransferEvent } from '../store/store.js';
import { COMPLAINT_FIELDS, CUSTOMER_FIELDS, EVENT_FIELDS, Invalid, checkValue, type Problem } from './fields.js';

// From an exported complaint (parsed JSON, or a CSV row turned into the same shape) to a
// record for the store, collecting every problem rather than stopping at the first.

interface FieldProblem extends Problem {
  field: string;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkFields(fields: typeof COMPLAINT_FIELDS, source: Loose, prefix: string, problems: FieldProblem[]): Loose {
  const out: Loose = {};
  for (const field of fields) {
    try {
      out[field.name] = checkValue(field, source[field.name]);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ field: `${prefix}${field.name}`, ...error.problem });
    }
  }
  return out;
}

function checkEvents(value: unknown, problems: FieldProblem[]): TransferEvent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ field: 'events', key: 'import.problem.list' });
    return [];
  }
  return value.map((event: unknown, i) => {
    if (!isObject(event)) {
      problems.push({ field: `events[${i}]`, key: 'import.problem.object' });
      return {} as TransferEvent;
    }
    const checked = checkFields(EVENT_FIELDS, event, `events[${i}].`, problems);
    const details = event.details ?? {};
    if (!isObject(details)) problems.push({ field: `events[${i}].details`, key: 'import.problem.object' });
    else if (JSON.stringify(details).includes('\\u0000')) problems.push({ field: `events[${i}].details`, key: 'import.problem.nul' });
    return { ...checked, details } as unknown as TransferEvent;
  });
}

/** The record for one exported complaint, or the problems found in it. */
export function exportedRecord(source: unknown): { record: ImportRecord | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!isObject(source)) return { record: null, problems: [{ field: '', key: 'import.problem.object' }] };
  const complaint = checkFields(COMPLAINT_FIELDS, source, '', problems);
  let customer: ImportedCustomer | null = null;
  if (source.customer !== null && source.customer !== undefined) {
    if (isObject(source.customer)) customer = checkFields(CUSTOMER_FIELDS, source.customer, 'customer.', problems) as unknown as ImportedCustomer;
    else problems.push({ field: 'customer', key: 'import.problem.object' });
  }
  const events = checkEvents(source.events, problems);
  if (problems.length > 0) return { record: null, problems };
  delete complaint.customerId;
  return {
    record: {
      key: `plainte:${String(complaint.id)}:${String(complaint.createdAt)}`,
      complaint: complaint as ImportRecord['complaint'],
      customer,
      events,
      exported: true,
    },
    problems,
  };
}

/** A complaint as written by export: the domain's field order, its customer, its history. */
export function exportedObject(complaint: ExportedComplaint): Loose {
  const out: Loose = {};
  for (const field of COMPLAINT_FIELDS) {
    out[field.name] = complaint[field.name as keyof ExportedComplaint];
    if (field.name === 'customerId') out.customer = complaint.customer;
  }
  out.events = complaint.events;
  return out;
}
