import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferSource, countLines, linesOf } from '../../src/transfer/source.js';

// Files are read a megabyte at a time: lines cut by a read, longer than a read, or not
// UTF-8 must come out as if the whole file had been split.

const MB = 1024 * 1024;

describe('lines of a file', () => {
  it('gives every line whole, wherever the reads cut it', () => {
    const lines = ['a', '', 'é'.repeat(MB / 2 - 1), 'x'.repeat(MB - 3), 'y'.repeat(3 * MB), '😡 fin'];
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    expect([...linesOf(bufferSource(bytes), 0, bytes.length)]).toEqual(lines);
    expect(countLines(bufferSource(bytes), 0, bytes.length)).toBe(lines.length);
    // A last line without its line break, and a part of the file only.
    const cut = bytes.subarray(0, bytes.length - 1);
    expect([...linesOf(bufferSource(cut), 2, cut.length)]).toEqual(['', ...lines.slice(2)]);
  });

  it('gives null for a line that is not UTF-8, and the others as they are', () => {
    const bytes = Buffer.concat([Buffer.from('bon\nH'), Buffer.from([0xe9]), Buffer.from('lène\nfin\n')]);
    expect([...linesOf(bufferSource(bytes), 0, bytes.length)]).toEqual(['bon', null, 'fin']);
  });

  it('agrees with splitting the whole text, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 20 }).map((line) => line.replace(/\n/g, '')),
          { maxLength: 30 },
        ),
        (lines) => {
          const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''));
          expect([...linesOf(bufferSource(bytes), 0, bytes.length)]).toEqual(lines);
          expect(countLines(bufferSource(bytes), 0, bytes.length)).toBe(lines.length);
        },
      ),
    );
  });
});
