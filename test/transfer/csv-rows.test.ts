import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/transfer/csv.js';
import { CsvProblem, countRecords, csvRows } from '../../src/transfer/csv-rows.js';

const OPTIONS = { delimiter: ';', relax_column_count: true, skip_empty_lines: true } as const;

/** Cells with what makes CSV hard: separators, quotes, line breaks, spaces. */
const cell = fc.string({ unit: fc.constantFrom('a', 'é', ';', '"', '\n', '\r\n', ' ', '1'), maxLength: 12 });

describe('CSV parsed a piece at a time', () => {
  it('gives the records and lines csv-parse gives for the whole text, across pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 }), (rows) => {
        // Repeated past several pieces (64 Ki characters each), so that boundaries fall anywhere.
        const block = rows.map((cells) => csvRecord(cells)).join('');
        const text = block.repeat(Math.ceil(140_000 / Math.max(block.length, 1)));
        const whole = parse(text, { ...OPTIONS, info: true }) as unknown as {
          record: string[];
          info: { lines: number };
        }[];
        const pieces = [...csvRows(text, OPTIONS)];
        expect(pieces.map((row) => row.record)).toEqual(whole.map((row) => row.record));
        expect(pieces.map((row) => row.info.lines)).toEqual(whole.map((row) => row.info.lines));
        // The progress line's count: the records, and the empty lines csv-parse skips.
        const empty = rows.filter((cells) => cells.length === 1 && cells[0] === '').length;
        expect(countRecords(text)).toBe(whole.length + (empty * text.length) / block.length);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('says where an unclosed quote is, counted in the whole text', () => {
    const text = `${'a;b\n'.repeat(40_000)}c;"d\n`;
    let problem: unknown;
    try {
      for (const row of csvRows(text, OPTIONS)) void row;
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(CsvProblem);
    expect(problem).toMatchObject({ line: 40_001, message: 'un guillemet (") ouvert n’est jamais refermé' });
  });
});
