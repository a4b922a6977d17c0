import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine, sanitize } from '../../src/format/sanitize.js';

// Anything a terminal could act on: C0 and C1 controls, DEL, bidi overrides and isolates.
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom('\u001b', '[', ']', '\u0007', '\u009b', '\r', '\n', '\t', 'a', '0', ';', '\u202e', '\u0000'),
  }),
);

describe('the terminal sanitiser, on any input', () => {
  it('never lets ESC or another control character through', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (text, multiline) => {
        const safe = sanitize(text, { multiline });
        expect(safe).not.toMatch(DANGEROUS);
        if (!multiline) expect(safe).not.toContain('\n');
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves printable text exactly as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        fc.pre(!DANGEROUS.test(text) && !/[\n\t]/.test(text) && text === text.toWellFormed());
        expect(sanitize(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a one-line summary on one line and within its width', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 2, max: 80 }), (text, width) => {
        const line = oneLine(text, width);
        expect(line).not.toMatch(/[\n\r]/);
        expect(line.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});
