import { describe, expect, it } from 'vitest';
import { isPlausibleEmail, isPlausiblePhone, phoneKey, searchKey } from '../../src/domain/text.js';

describe('how names and numbers are compared', () => {
  it('ignores accents, case and extra spaces in names', () => {
    expect(searchKey('  Hélène   LEFÈVRE ')).toBe('helene lefevre');
    expect(searchKey('Œuvre Ça')).toBe('œuvre ca');
  });

  it('folds French international numbers to the national form', () => {
    expect(phoneKey('+33 6 12 34 56 78')).toBe('0612345678');
    expect(phoneKey('0033 6 12 34 56 78')).toBe('0612345678');
    expect(phoneKey('06.12.34.56.78')).toBe('0612345678');
    expect(phoneKey('+32 2 555 12 12')).toBe('3225551212');
  });

  it('checks phones and e-mails loosely', () => {
    expect(isPlausiblePhone('06 12 34 56 78')).toBe(true);
    expect(isPlausiblePhone('+33 (0)6 12-34-56-78')).toBe(true);
    expect(isPlausiblePhone('12')).toBe(false);
    expect(isPlausiblePhone('appelez-moi')).toBe(false);
    expect(isPlausibleEmail('helene@example.fr')).toBe(true);
    expect(isPlausibleEmail('helene@example')).toBe(false);
    expect(isPlausibleEmail('hélène lefèvre@example.fr')).toBe(false);
  });
});
