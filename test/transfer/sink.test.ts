import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSink } from '../../src/transfer/sink.js';
import { tempDir } from '../helpers/cli.js';

// What an export writes through its sink: text as it is, or a quoted CSV cell whose quotes
// the sink doubles in its chunk of bytes, wherever the chunks end.

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('"', '""', '"a"', 'é"', '😡"', '\u2028', '\r\n'),
  // Long enough to fill a chunk of 64 KiB, or to need one of its own.
  fc.integer({ min: 1, max: 30_000 }).map((n) => '"é'.repeat(n)),
);
const writes = fc.array(
  fc.record({ quoted: fc.boolean(), text: fc.array(piece, { maxLength: 8 }).map((p) => p.join('')) }),
  {
    maxLength: 40,
  },
);

describe('an export sink', () => {
  it('writes quoted cells with their quotes doubled, the same as the doubled text, across chunks', async () => {
    await fc.assert(
      fc.asyncProperty(writes, async (given) => {
        const file = join(tempDir(), 'sortie.csv');
        const sink = openSink(file);
        try {
          for (const { quoted, text } of given) {
            const wait = quoted ? sink.writeQuoted?.(text) : sink.write(text);
            if (wait) await wait;
          }
          await sink.close();
        } finally {
          sink.discard();
        }
        const expected = given.map(({ quoted, text }) => (quoted ? `"${text.replaceAll('"', '""')}"` : text)).join('');
        expect(readFileSync(file, 'utf8')).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
