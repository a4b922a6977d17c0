import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/transfer/csv.js';
import { CsvProblem, MAX_RECORD, RecordTooLong, countRecords, csvRows } from '../../src/transfer/csv-rows.js';

const OPTIONS = { delimiter: ';', relax_column_count: true, skip_empty_lines: true } as const;

/** Cells with what makes CSV hard: separators, quotes, line breaks, spaces. */
const cell = fc.string({ unit: fc.constantFrom('a', 'é', ';', '"', '\n', '\r\n', ' ', '1'), maxLength: 12 });

/** The text in pieces of `sizes` characters in turn, as it comes from a file being read. */
function* cut(text: string, sizes: number[]): Generator<string> {
  for (let start = 0, i = 0; start < text.length; i++) {
    const size = sizes[i % sizes.length];
    yield text.slice(start, start + size);
    start += size;
  }
}

describe('CSV parsed a piece at a time', () => {
  it('gives the records and lines csv-parse gives for the whole text, however it comes in pieces', () => {
    const rowsOf = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 });
    const sizes = fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rowsOf, sizes, (rows, pieceSizes) => {
        // Repeated past several pieces (64 Ki characters each), so that boundaries fall anywhere.
        const block = rows.map((cells) => csvRecord(cells)).join('');
        const text = block.repeat(Math.ceil(140_000 / Math.max(block.length, 1)));
        const whole = parse(text, { ...OPTIONS, info: true }) as unknown as {
          record: string[];
          info: { lines: number };
        }[];
        const pieces = [...csvRows(cut(text, pieceSizes), OPTIONS)];
        expect(pieces.map((row) => row.record)).toEqual(whole.map((row) => row.record));
        expect(pieces.map((row) => row.info.lines)).toEqual(whole.map((row) => row.info.lines));
        // The progress line's count: the records, and the empty lines csv-parse skips.
        const empty = rows.filter((cells) => cells.length === 1 && cells[0] === '').length;
        expect(countRecords([...cut(text, pieceSizes)].map((piece) => Buffer.from(piece)))).toBe(
          whole.length + (empty * text.length) / block.length,
        );
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('says where an unclosed quote is, counted in the whole text', () => {
    const text = `${'a;b\n'.repeat(40_000)}c;"d\n`;
    let problem: unknown;
    try {
      for (const row of csvRows(cut(text, [1 << 20]), OPTIONS)) void row;
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(CsvProblem);
    expect(problem).toMatchObject({ line: 40_001, message: 'un guillemet (") ouvert n’est jamais refermé' });
  });

  it('stops at a record longer than its limit, a quote left open, after giving the records before it', () => {
    const before = 'a;b\n'.repeat(30_000);
    // Short lines, more of them than the limit holds, inside a quote that never closes.
    const open = `c;"d\n${`${'x'.repeat(99)}\n`.repeat(Math.ceil(MAX_RECORD / 100) + 10)}`;
    const rows: string[][] = [];
    let problem: unknown;
    try {
      for (const row of csvRows(cut(before + open, [1 << 20]), OPTIONS)) rows.push(row.record);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(RecordTooLong);
    expect(problem).toMatchObject({ line: 30_001 });
    expect(rows).toHaveLength(30_000);
  });
});
