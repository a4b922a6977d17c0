import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { writeCsv } from '../../src/transfer/csv.js';
import { writeJson } from '../../src/transfer/json.js';
import { readImport } from '../../src/transfer/read.js';
import type { Sink } from '../../src/transfer/sink.js';
import { join } from 'node:path';
import { NOW, tempDir, tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';

// Export then import gives back every free text as it was typed, whatever it holds:
// quotes, both delimiters, line breaks, emoji, control characters, formula prefixes.
// (NUL is the one character import refuses, with a message: it is left out here.)

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '"',
    '""',
    ';',
    ',',
    '\n',
    '\r\n',
    '\r',
    '\t',
    '=1+1',
    '+33 6',
    '-5',
    '@SUM(A1)',
    "'=x",
    '\u001b[31m',
    '\u0007',
    '\u2028',
    '😡👍🏽',
    'é',
    ' ',
  ),
);
// An empty answer is stored as no answer (null), in the wizard as in a file.
const text = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('').replace(/\u0000/g, ''))
  .filter((value) => value.trim() !== '');

const FIELDS = ['account', 'facts', 'product', 'solution', 'apologyNote', 'cause', 'lesson'] as const;
type Texts = Record<(typeof FIELDS)[number], string> & { customer: string; note: string };
const texts = fc.record({
  ...Object.fromEntries(FIELDS.map((field) => [field, text])),
  customer: text,
  note: text,
}) as fc.Arbitrary<Texts>;

function memorySink(): Sink & { text: () => string } {
  let written = '';
  return {
    write: async (chunk) => void (written += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')),
    close: async () => undefined,
    text: () => written,
  };
}

async function roundTrip(format: 'csv' | 'json', given: Texts): Promise<void> {
  const from = await testStore(tempLogbook());
  const to = await testStore(tempLogbook());
  try {
    const patch = Object.fromEntries(FIELDS.map((field) => [field, given[field]]));
    const { id } = await from.store.createComplaint(
      { ...patch, phaseReached: 5 },
      { kind: 'created', operator: 'Anne' },
      { name: given.customer },
    );
    await from.store.recordChange({
      id,
      status: 'open',
      event: { kind: 'follow_up', operator: 'Anne', details: { note: given.note } },
    });
    const sink = memorySink();
    await (format === 'csv' ? writeCsv : writeJson)(from.store.exportComplaints({}), sink);
    const parsed = readImport(Buffer.from(sink.text(), 'utf8'), {
      now: new Date(NOW),
      source: 'cahier',
      operator: 'Anne',
    });
    expect(parsed.problems).toEqual([]);
    await to.store.importRecords(parsed.records());
    await expectSame(from.store, to.store, id);
  } finally {
    await from.store.close();
    await to.store.close();
  }
}

async function expectSame(from: Store, to: Store, id: number): Promise<void> {
  const [before, after] = [await from.getComplaint(id), await to.getComplaint(id)];
  for (const field of FIELDS) expect(after?.[field]).toBe(before?.[field]);
  expect(after?.customer?.name).toBe(before?.customer?.name);
  const notes = async (store: Store) =>
    (await store.listEvents(id)).map((event) => event.details.note).filter((note) => note !== undefined);
  expect(await notes(to)).toEqual(await notes(from));
}

describe('export then import of any text', () => {
  it('gives back every free text through CSV', async () => {
    await fc.assert(
      fc.asyncProperty(texts, (given) => roundTrip('csv', given)),
      { numRuns: 25 },
    );
  });

  it('gives back every free text through JSON', async () => {
    await fc.assert(
      fc.asyncProperty(texts, (given) => roundTrip('json', given)),
      { numRuns: 25 },
    );
  });

  it('gives back hostile texts through the real commands, in both formats', async () => {
    const hostile = fc.sample(texts, { numRuns: 1, seed: 8 })[0];
    const given = {
      ...hostile,
      account: '=HYPERLINK("x");\r\n"😡"\t@a\u001b[2J',
      customer: 'Léa "la" Dupont; née, Roy',
    };
    const from = await testStore(tempLogbook());
    const patch = Object.fromEntries(FIELDS.map((field) => [field, given[field]]));
    const { id } = await from.store.createComplaint(
      { ...patch, phaseReached: 5 },
      { kind: 'created', operator: 'Anne' },
      { name: given.customer },
    );
    await from.store.recordChange({
      id,
      status: 'open',
      event: { kind: 'follow_up', operator: 'Anne', details: { note: given.note } },
    });
    for (const format of ['csv', 'json']) {
      const file = join(tempDir(), `cahier.${format}`);
      expect((await runIn(['export', '--format', format, '--output', file], { db: from.store.location })).status).toBe(
        0,
      );
      const db = tempLogbook();
      const imported = await runIn(['import', file], { db });
      expect(imported.status, imported.stderr).toBe(0);
      const to = await testStore(db);
      await expectSame(from.store, to.store, id);
      await to.store.close();
    }
    await from.store.close();
  });
});
