import { describe, expect, it } from 'vitest';
import { COMPLAINT_FIELDS, Invalid, cellValue } from '../../src/transfer/fields.js';
import { cellOf } from '../../src/transfer/hand-columns.js';

const field = (name: string) => COMPLAINT_FIELDS.find((f) => f.name === name)!;
const NOW = new Date('2026-11-25T10:00:00Z');

describe('a value refused in a file', () => {
  it('is returned as what is wrong with it, without an Error and its stack trace', () => {
    // A file of 100,000 bad rows makes one per bad cell: an Error captured a stack trace each.
    const refused = [
      field('receivedAt').check('hier'),
      field('status').check('perdue'),
      field('costCents').check(-5),
      field('business').check('oui'),
      field('id').check(null),
      cellValue(field('costCents'), '12,50'),
      cellValue(field('business'), 'peut-être'),
      cellOf('receivedAt', 'pas une date', NOW),
      cellOf('mood', 'ravi', NOW),
      cellOf('cost', 'beaucoup', NOW),
    ];
    for (const value of refused) {
      expect(value).toBeInstanceOf(Invalid);
      expect(value).not.toBeInstanceOf(Error);
      expect(Object.getOwnPropertyNames(value)).toEqual(['problem']);
    }
    expect(refused.map((value) => (value as Invalid).problem.key)).toEqual([
      'import.problem.instant',
      'import.problem.choice',
      'import.problem.range',
      'import.problem.boolean',
      'import.problem.required',
      'import.problem.integer',
      'import.problem.boolean',
      'import.problem.date',
      'import.problem.choice',
      'import.problem.cost',
    ]);
  });

  it('is told apart from the values accepted, given as stored', () => {
    expect(field('receivedAt').check('2026-11-25T10:00:00Z')).toBe('2026-11-25T10:00:00.000Z');
    expect(field('status').check('closed')).toBe('closed');
    expect(field('channel').check(null)).toBeNull();
    expect(cellValue(field('costCents'), '1250')).toBe(1250);
    expect(cellOf('cost', '12,50', NOW)).toBe(1250);
    expect(cellOf('category', 'rayon jardin', NOW)).toBe('rayon jardin');
  });
});
