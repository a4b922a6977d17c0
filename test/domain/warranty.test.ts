import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/domain/dates.js';
import { legalWarranty } from '../../src/domain/warranty.js';

const consumer = { secondHand: false, business: false };

describe('the legal warranty of conformity', () => {
  it('covers new goods two years from delivery, with the defect presumed for 24 months', () => {
    expect(legalWarranty({ deliveryDate: '2025-03-14', requestDate: '2026-11-23', ...consumer })).toEqual({
      coveredUntil: '2027-03-14',
      presumedUntil: '2027-03-14',
      repairDeadline: '2026-12-23',
      expired: false,
    });
  });

  it('presumes the defect for only 12 months on second-hand goods, still covered two years', () => {
    expect(
      legalWarranty({ deliveryDate: '2025-03-14', requestDate: '2026-11-23', secondHand: true, business: false }),
    ).toEqual({
      coveredUntil: '2027-03-14',
      presumedUntil: '2026-03-14',
      repairDeadline: '2026-12-23',
      expired: false,
    });
  });

  it('moves 29 February to 28 February when the anniversary year is not a leap year', () => {
    const leap = legalWarranty({
      deliveryDate: '2024-02-29',
      requestDate: '2024-03-01',
      secondHand: true,
      business: false,
    });
    expect(leap?.coveredUntil).toBe('2026-02-28');
    expect(leap?.presumedUntil).toBe('2025-02-28');
  });

  it('counts the 30 days across month ends, year ends and 29 February', () => {
    expect(legalWarranty({ deliveryDate: '2026-01-10', requestDate: '2026-12-15', ...consumer })?.repairDeadline).toBe(
      '2027-01-14',
    );
    expect(legalWarranty({ deliveryDate: '2027-06-01', requestDate: '2028-02-10', ...consumer })?.repairDeadline).toBe(
      '2028-03-11',
    );
    expect(legalWarranty({ deliveryDate: '2026-06-01', requestDate: '2027-02-10', ...consumer })?.repairDeadline).toBe(
      '2027-03-12',
    );
  });

  it('keeps calendar days across the change to summer time', () => {
    expect(legalWarranty({ deliveryDate: '2026-03-29', requestDate: '2026-03-20', ...consumer })?.repairDeadline).toBe(
      '2026-04-19',
    );
  });

  it('is still in force on the last day and expired the day after', () => {
    expect(legalWarranty({ deliveryDate: '2024-11-23', requestDate: '2026-11-23', ...consumer })?.expired).toBe(false);
    const late = legalWarranty({ deliveryDate: '2024-11-22', requestDate: '2026-11-23', ...consumer });
    expect(late?.expired).toBe(true);
    expect(late?.coveredUntil).toBe('2026-11-22');
  });

  it('does not apply to a business customer', () => {
    expect(
      legalWarranty({ deliveryDate: '2026-01-10', requestDate: '2026-11-23', secondHand: false, business: true }),
    ).toBeNull();
  });

  it('refuses a day that does not exist, which only a bug can pass', () => {
    expect(() => legalWarranty({ deliveryDate: '2026-02-30', requestDate: '2026-11-23', ...consumer })).toThrow(
      RangeError,
    );
    expect(() => legalWarranty({ deliveryDate: '2026-01-10', requestDate: '23/11/2026', ...consumer })).toThrow(
      RangeError,
    );
  });

  it('always ends the presumption no later than the cover, earlier for second-hand goods', () => {
    const day = fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true }).map(isoDay);
    fc.assert(
      fc.property(day, day, (deliveryDate, requestDate) => {
        const fresh = legalWarranty({ deliveryDate, requestDate, ...consumer })!;
        const used = legalWarranty({ deliveryDate, requestDate, secondHand: true, business: false })!;
        expect(fresh.presumedUntil).toBe(fresh.coveredUntil);
        expect(used.presumedUntil < used.coveredUntil).toBe(true);
        expect(used.presumedUntil > deliveryDate).toBe(true);
        expect(fresh.repairDeadline > requestDate).toBe(true);
        expect(fresh.expired).toBe(requestDate > fresh.coveredUntil);
      }),
    );
  });
});
