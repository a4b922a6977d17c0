import { createHash } from 'node:crypto';
import { sanitize } from '../format/sanitize.js';
import type { ImportedAttachment } from '../domain/attachments.js';
import type { ExportedComplaint, ImportRecord, ImportedCustomer, TransferEvent } from '../store/store.js';
import { COMPLAINT_FIELDS, CUSTOMER_FIELDS, EVENT_FIELDS, Invalid, type Problem } from './fields.js';

// From an exported complaint (parsed JSON, or a CSV row turned into the same shape) to a
// record for the store, collecting every problem rather than stopping at the first.
// The parsed objects become the record themselves, checked in place: an import reads
// 100,000 complaints, and a copy of each (with its customer and history) is what the
// collector then spends its time on.

interface FieldProblem extends Problem {
  field: string;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the `fields` of `source` in place: a value given in another form (an instant
 * without milliseconds) is replaced by its stored form, a missing one by null. */
function checkFields(fields: typeof COMPLAINT_FIELDS, source: Loose, prefix: string, problems: FieldProblem[]): void {
  for (const field of fields) {
    const value = source[field.name];
    const checked = field.check(value);
    if (checked instanceof Invalid) problems.push({ field: `${prefix}${field.name}`, ...checked.problem });
    else if (checked !== value) source[field.name] = checked;
  }
}

/** Whether the details hold a NUL, as their JSON text would show it ("\u0000"). */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || value.includes('\\u0000');
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsNul);
  for (const key in value) if (holdsNul(key) || holdsNul((value as Loose)[key])) return true;
  return false;
}

function checkEvents(value: unknown, problems: FieldProblem[]): TransferEvent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ field: 'events', key: 'import.problem.list' });
    return [];
  }
  for (let i = 0; i < value.length; i++) {
    const event: unknown = value[i];
    if (!isObject(event)) {
      problems.push({ field: `events[${i}]`, key: 'import.problem.object' });
      continue;
    }
    checkFields(EVENT_FIELDS, event, `events[${i}].`, problems);
    event.details ??= {};
    if (!isObject(event.details)) problems.push({ field: `events[${i}].details`, key: 'import.problem.object' });
    else if (holdsNul(event.details)) problems.push({ field: `events[${i}].details`, key: 'import.problem.nul' });
  }
  return value as TransferEvent[];
}

const SHA256 = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One attachment of the file: its bytes decoded and checked against its SHA-256 and size,
 * so that a photo damaged on the way is refused rather than kept as evidence. */
function checkAttachment(value: unknown, field: string, problems: FieldProblem[]): ImportedAttachment | null {
  if (!isObject(value)) {
    problems.push({ field, key: 'import.problem.object' });
    return null;
  }
  const { number, name, type, size, sha256, addedAt, operator, base64 } = value;
  const shapeOk =
    Number.isSafeInteger(number) &&
    (number as number) > 0 &&
    typeof name === 'string' &&
    name.trim() !== '' &&
    !name.includes('\u0000') &&
    typeof type === 'string' &&
    typeof sha256 === 'string' &&
    SHA256.test(sha256) &&
    typeof addedAt === 'string' &&
    !Number.isNaN(Date.parse(addedAt)) &&
    (operator === null || operator === undefined || typeof operator === 'string') &&
    typeof base64 === 'string' &&
    BASE64.test(base64);
  if (!shapeOk) {
    problems.push({ field, key: 'import.problem.attachment' });
    return null;
  }
  const bytes = Buffer.from(base64, 'base64');
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== sha256 || (size !== undefined && size !== bytes.length)) {
    problems.push({ field, key: 'import.problem.attachmentDamaged', params: { name: sanitize(name) } });
    return null;
  }
  return {
    number: number as number,
    name: name,
    type: type,
    bytes,
    sha256: digest,
    addedAt: new Date(addedAt).toISOString(),
    operator: operator ?? null,
  };
}

function checkAttachments(value: unknown, problems: FieldProblem[]): ImportedAttachment[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ field: 'attachments', key: 'import.problem.list' });
    return undefined;
  }
  const checked = value.map((item, i) => checkAttachment(item, `attachments[${i}]`, problems));
  const numbers = new Set(checked.map((attachment) => attachment?.number));
  if (numbers.size !== checked.length) problems.push({ field: 'attachments', key: 'import.problem.attachment' });
  return checked.filter((attachment): attachment is ImportedAttachment => attachment !== null);
}

/** The record for one exported complaint, or the problems found in it. */
export function exportedRecord(source: unknown): { record: ImportRecord | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!isObject(source)) return { record: null, problems: [{ field: '', key: 'import.problem.object' }] };
  checkFields(COMPLAINT_FIELDS, source, '', problems);
  let customer: ImportedCustomer | null = null;
  if (source.customer !== null && source.customer !== undefined) {
    if (isObject(source.customer)) {
      checkFields(CUSTOMER_FIELDS, source.customer, 'customer.', problems);
      customer = source.customer as unknown as ImportedCustomer;
    } else problems.push({ field: 'customer', key: 'import.problem.object' });
  }
  const events = checkEvents(source.events, problems);
  const attachments = checkAttachments(source.attachments, problems);
  if (problems.length > 0) return { record: null, problems };
  // The bytes are the record's own now: the decoded base64 is not kept twice.
  if (attachments) delete source.attachments;
  // The complaint keeps its customer, customerId and events beside its fields: the store
  // reads the fields it knows by name.
  return {
    record: {
      key: `plainte:${String(source.id)}:${String(source.createdAt)}`,
      complaint: source as unknown as ImportRecord['complaint'],
      customer,
      events,
      ...(attachments ? { attachments } : {}),
      exported: true,
    },
    problems,
  };
}

/** The complaint's history as JSON text: as the store gave it, else written here. */
export function historyText(complaint: ExportedComplaint): string {
  return complaint.historyJson ?? JSON.stringify(complaint.events);
}

/** A complaint as export writes it in JSON, on one line: the domain's field order, its
 * customer, its history last. */
export function exportedJson(complaint: ExportedComplaint): string {
  const out: Loose = {};
  for (const field of COMPLAINT_FIELDS) {
    out[field.name] = complaint[field.name as keyof ExportedComplaint];
    if (field.name === 'customerId') out.customer = complaint.customer;
  }
  // The object's text ends with its closing brace: the history goes just before it.
  const fields = JSON.stringify(out);
  const attachments = complaint.attachments?.length ? `,"attachments":${JSON.stringify(complaint.attachments)}` : '';
  return `${fields.slice(0, -1)},"events":${historyText(complaint)}${attachments}}`;
}
