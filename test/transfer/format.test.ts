import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { OPTIONS, csvRecord, neutralise, restore } from '../../src/transfer/csv.js';
import { isDay, readInstant } from '../../src/transfer/fields.js';
import { escapeText, fold } from '../../src/transfer/ics.js';

describe('CSV cells', () => {
  it('neutralises what a spreadsheet would run as a formula and leaves other text alone', () => {
    expect(['=1+1', '+33 6 12', '-5', '@SUM(A1)', '\tx', '\rx'].map(neutralise)).toEqual([
      "'=1+1",
      "'+33 6 12",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(['Dupont', "l'apostrophe", '12,50', ''].map(neutralise)).toEqual(['Dupont', "l'apostrophe", '12,50', '']);
    expect(neutralise("'=déjà")).toBe("''=déjà");
  });

  it('gives back any text after neutralising, writing, parsing and restoring it', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const text = stringify([cells.map(neutralise)], OPTIONS);
        const rows: string[][] = parse(text, { delimiter: ';', relax_column_count: true });
        const [row] = rows;
        expect(row.map(restore)).toEqual(cells);
        expect(row.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
      }),
    );
  });
});

describe('CSV records', () => {
  it('are written exactly as csv-stringify writes them with our options, whatever the text', () => {
    // Texts made mostly of what decides the quoting: delimiters, quotes, line breaks, spaces.
    const tricky = fc.string({
      unit: fc.constantFrom(' ', '\t', ';', '"', '\r', '\n', 'a', 'é', '\u00a0', '\u2028', '\ufeff', "'", '='),
    });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme' })), { minLength: 1, maxLength: 8 }),
        (cells) => {
          expect(csvRecord(cells)).toBe(stringify([cells], OPTIONS));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('dates in files', () => {
  it('reads ISO instants as stored and refuses impossible ones', () => {
    expect(readInstant('2026-11-25T14:30:00Z')).toBe('2026-11-25T14:30:00.000Z');
    expect(readInstant('2026-02-31T10:00:00.000Z')).toBeNull();
    expect(readInstant('+099999-01-01T00:00:00.000Z')).toBeNull();
    expect(readInstant('2026-11-25 14:30')).toBeNull();
    expect([isDay('2026-02-28'), isDay('2026-02-29'), isDay('99999-01-01')]).toEqual([true, false, false]);
  });

  it('reads instants in the stored form as Date would write them, and refuses the others', () => {
    const stored = ['2024-02-29T23:59:59.999Z', '1900-01-01T00:00:00.000Z', '2999-12-31T12:00:00.000Z'];
    expect(stored.map(readInstant)).toEqual(stored);
    const impossible = [
      '2026-02-29T10:00:00.000Z',
      '2026-11-25T24:00:00.000Z',
      '2026-11-25T14:60:00.000Z',
      '2026-11-25T14:30:60.000Z',
      '2026-13-01T10:00:00.000Z',
      '1899-12-31T10:00:00.000Z',
      '2026-11-25T14:30:00.00xZ',
      '2026-11-2５T14:30:00.000Z',
      '2026-11-00T10:00:00.000Z',
    ];
    expect(impossible.map(readInstant)).toEqual(impossible.map(() => null));
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00.000Z'),
          max: new Date('2999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(readInstant(date.toISOString())).toBe(date.toISOString());
        },
      ),
    );
  });
});

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks and drops other controls', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\u0007g\th')).toBe('a\\\\b\\;c\\,d\\ne\\nf g\th');
  });

  it('folds lines at 75 octets without cutting a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = fold(line);
        for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});
