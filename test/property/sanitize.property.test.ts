import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonControls, oneLine, sanitize, sanitizeForTerminal } from '../../src/format/sanitize.js';

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

  it('keeps data for a terminal free of controls, line feeds kept', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = sanitizeForTerminal(text);
        expect(safe).not.toMatch(DANGEROUS);
        expect(safe.split('\n').length).toBe(text.replaceAll('\r\n', '\n').split('\n').length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('JSON escaping, on any value', () => {
  it('leaves no control a terminal acts on in JSON text, and reads back the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, text) => {
        const data = { value, text, [text]: text };
        const plain = JSON.stringify(data, null, 2);
        const json = escapeJsonControls(plain);
        expect(json).not.toMatch(DANGEROUS);
        expect(JSON.parse(json)).toEqual(JSON.parse(plain));
      }),
      { numRuns: 2000 },
    );
  });
});
