import { describe, expect, it } from 'vitest';
import { isPlausibleEmail, isPlausiblePhone, phoneKey, readCustomerText, searchKey } from '../../src/domain/text.js';

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
    expect(phoneKey('+33 (0)6 12 34 56 78')).toBe('0612345678');
  });

  it('checks phones and e-mails loosely', () => {
    expect(isPlausiblePhone('06 12 34 56 78')).toBe(true);
    expect(isPlausiblePhone('+33 (0)6 12-34-56-78')).toBe(true);
    expect(isPlausiblePhone('12')).toBe(false);
    expect(isPlausiblePhone('0033 6 12 34 56 78')).toBe(true);
    expect(isPlausiblePhone('+32 2 555 12 12')).toBe(true);
    expect(isPlausiblePhone('01.23.45.67.89')).toBe(true);
    expect(isPlausiblePhone('appelez-moi')).toBe(false);
    expect(isPlausibleEmail('helene@example.fr')).toBe(true);
    expect(isPlausibleEmail('helene@example')).toBe(false);
    expect(isPlausibleEmail('hélène lefèvre@example.fr')).toBe(false);
  });

  it('refuses a phone number with too few digits (or too many) for one that can be dialled', () => {
    for (const short of ['06 12', '06 12 34', '06 12 34 56', '06 12 34 56 7', '+33 6 12 34 56', '+32 2 555', '123456'])
      expect(isPlausiblePhone(short), short).toBe(false);
    expect(isPlausiblePhone('06 12 34 56 78 90')).toBe(false);
    expect(isPlausiblePhone('+44 20 7946 0958 1234 5678')).toBe(false);
  });
});

describe('the one line that names the customer', () => {
  it('splits a name typed with a phone number, before or after it', () => {
    expect(readCustomerText('Marie Dupont 06 12 34 56 78')).toEqual({
      name: 'Marie Dupont',
      phone: '06 12 34 56 78',
      order: null,
    });
    expect(readCustomerText('  +33 6 12 34 56 78   Hélène Lefèvre ')).toEqual({
      name: 'Hélène Lefèvre',
      phone: '+33 6 12 34 56 78',
      order: null,
    });
    expect(readCustomerText('Paul Martin 06.11.22.33.44')).toMatchObject({ phone: '06.11.22.33.44' });
  });

  it('takes a number alone as a phone number, and other words with digits as an order number', () => {
    expect(readCustomerText('0612345678')).toEqual({ name: null, phone: '0612345678', order: null });
    expect(readCustomerText('F-2026-118')).toEqual({ name: null, phone: null, order: 'F-2026-118' });
    expect(readCustomerText('Dupont 2026-118')).toEqual({ name: 'Dupont', phone: null, order: '2026-118' });
    expect(readCustomerText('Marie Dupont')).toEqual({ name: 'Marie Dupont', phone: null, order: null });
  });

  it('keeps a number too short to dial as the phone typed, for the question to refuse', () => {
    const typed = readCustomerText('Marie Dupont 06 12');
    expect(typed).toEqual({ name: 'Marie Dupont', phone: '06 12', order: null });
    expect(isPlausiblePhone(typed.phone!)).toBe(false);
  });
});
