import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFilter, ExportedComplaint, ImportRecord, Store } from '../../src/store/store.js';
import { writeCsv, writeCsvRows } from '../../src/transfer/csv.js';
import { exportedJson } from '../../src/transfer/record.js';
import { openSink } from '../../src/transfer/sink.js';
import { photo } from '../helpers/attachments.js';
import { tempDir, tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';

// SQLite writes the history of each complaint, and with the JSON export each whole line,
// itself: the text must be what JSON.stringify writes for the same values, whatever a text
// holds (quotes, backslashes, controls, lone surrogates, line separators, emoji). For the
// CSV export it gives the values of the cells in the header's order: the file must be the
// one written from the complaints' fields.

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '"',
    '\\',
    '\\"',
    '\u0000',
    '\u0001\u001f\u007f',
    '\b\f\n\r\t',
    '\ud800',
    '\udfff',
    '\u2028\u2029',
    '😡',
    '</script>',
    '\u0085',
    '=1+1',
    "''-3",
    '@a;b',
    '\t=x',
    ' lead',
    'trail\u3000',
    '\u00a0',
  ),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const at = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

const record = fc.record({
  account: maybe(text),
  facts: maybe(text),
  product: maybe(text),
  apologised: maybe(fc.boolean()),
  business: fc.boolean(),
  costCents: maybe(fc.integer({ min: 0, max: 10_000_000 })),
  satisfaction: maybe(fc.integer({ min: 1, max: 5 })),
  customer: maybe(fc.record({ name: text, phone: maybe(text), email: maybe(text) })),
  details: fc.array(fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null))), {
    maxLength: 3,
  }),
  receivedAt: at,
  attachments: fc.array(
    text.filter((name) => name.trim() !== '' && !name.includes('\u0000')),
    { maxLength: 2 },
  ),
});

type Given = typeof record extends fc.Arbitrary<infer T> ? T : never;

function recordOf(given: Given, i: number): ImportRecord {
  const complaint = Object.fromEntries(
    [
      'channel',
      'operator',
      'mood',
      'orderRef',
      'purchaseDate',
      'category',
      'request',
      'writtenAt',
      'apologyNote',
      'solution',
      'solutionType',
      'assignee',
      'nextContactAt',
      'callbackPhone',
      'callbackNote',
      'outcome',
      'cause',
      'lesson',
      'firstResponseAt',
      'resolvedAt',
      'closedAt',
    ].map((f) => [f, null]),
  );
  return {
    key: `test:${i}`,
    exported: false,
    complaint: {
      ...complaint,
      id: null,
      status: 'open',
      phaseReached: 5,
      receivedAt: given.receivedAt,
      createdAt: given.receivedAt,
      updatedAt: given.receivedAt,
      account: given.account,
      facts: given.facts,
      product: given.product,
      apologised: given.apologised,
      business: given.business,
      secondHand: false,
      costCents: given.costCents,
      satisfaction: given.satisfaction,
    } as ImportRecord['complaint'],
    customer: given.customer && { id: null, company: null, createdAt: null, forgottenAt: null, ...given.customer },
    events: given.details.map((details, n) => ({
      at: given.receivedAt,
      operator: n % 2 ? null : 'Anne',
      kind: 'follow_up',
      statusBefore: null,
      statusAfter: null,
      details,
    })),
  };
}

/** The record with its attachments, named as given. */
function withAttachments(given: Given, i: number): ImportRecord {
  const attachments = given.attachments.map((name, n) => ({
    ...photo(name, `${i}-${n}`),
    number: n + 1,
    addedAt: given.receivedAt,
    operator: null,
  }));
  return { ...recordOf(given, i), attachments };
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}

/** What the JSON export wrote before SQLite wrote it: the fields, and the history as read one event at a time. */
async function writtenInJavaScript(store: Store, complaint: ExportedComplaint): Promise<string> {
  const { historyJson: _text, ...fields } = complaint;
  const events = (await store.listEvents(complaint.id)).map(({ id: _id, complaintId: _c, ...event }) => event);
  return exportedJson({ ...fields, events });
}

describe('the JSON SQLite writes for an export', () => {
  it('is what JSON.stringify writes, for the history and for the whole line, whatever the texts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 4 }), async (given) => {
        const { store } = await testStore(tempLogbook());
        try {
          await store.importRecords(given.map(recordOf));
          const complaints = await all(store.exportComplaints({}));
          const lines = await all(store.exportJsonLines!({}));
          expect(lines).toHaveLength(given.length);
          for (const [i, complaint] of complaints.entries()) {
            expect(complaint.historyJson).toBe(JSON.stringify(complaint.events.length ? complaint.events : []));
            expect(lines[i]).toBe(await writtenInJavaScript(store, complaint));
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** The file `write` makes of a logbook's complaints. */
async function written(write: (sink: ReturnType<typeof openSink>) => Promise<number>): Promise<Buffer> {
  const path = join(tempDir(), 'export.csv');
  const sink = openSink(path);
  await write(sink);
  await sink.close();
  return readFileSync(path);
}

describe('the values SQLite gives for a CSV export', () => {
  it('make the file written from the complaints, whatever the texts, names of attachments included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 4 }), async (given) => {
        const { store } = await testStore(tempLogbook());
        try {
          await store.importRecords(given.map(withAttachments));
          for (const filter of [{}, { attachments: 'names' }] satisfies ExportFilter[]) {
            const fromFields = await written((sink) => writeCsv(store.exportComplaints(filter), sink));
            const fromValues = await written((sink) => writeCsvRows(store.exportCsvRows!(filter), sink));
            expect(fromValues.toString()).toBe(fromFields.toString());
            expect(fromValues.equals(fromFields)).toBe(true);
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
