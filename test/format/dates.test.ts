import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { formatDateTime, formatDay, formatFull } from '../../src/format/dates.js';

// Dates are written by hand (Intl's first use costs 16 ms of start-up); they must read
// exactly as Intl's medium date style writes them.

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

afterEach(() => setLang('fr'));

describe('dates as the shop reads them', () => {
  it('writes every month, day and time as Intl does, in French and English', () => {
    for (const lang of ['fr', 'en'] as const) {
      setLang(lang);
      const dateTime = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
      const dayOnly = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' });
      for (let month = 0; month < 12; month++) {
        for (const [date, hours, minutes] of [
          [1, 0, 0],
          [9, 9, 5],
          [28, 23, 59],
        ] as const) {
          const at = new Date(2026, month, date, hours, minutes);
          expect(formatDateTime(at.toISOString())).toBe(dateTime.format(at));
          expect(formatDay(at.toISOString())).toBe(dayOnly.format(at));
        }
        const stored = `2026-${String(month + 1).padStart(2, '0')}-15`;
        expect(formatDay(stored)).toBe(dayOnly.format(new Date(2026, month, 15)));
      }
    }
  });

  it('shows a stored value that is no date as "?" rather than failing', () => {
    expect(formatDateTime('pas une date')).toBe('?');
    expect(formatDay('2026-13-45')).toBe('?');
    expect(formatDay(null)).toBe('');
  });

  it('says a date back in full, with its time or the day alone', () => {
    const saturday = new Date(2026, 10, 28, 10);
    expect(formatFull(saturday, true)).toBe('samedi 28 novembre 2026 à 10:00');
    expect(formatFull(saturday, false)).toBe('samedi 28 novembre 2026');
    expect(formatFull(new Date(2026, 11, 1, 9, 5), true)).toBe('mardi 1er décembre 2026 à 09:05');
    expect(formatFull(new Date(Number.NaN), true)).toBe('?');
    setLang('en');
    expect(formatFull(saturday, true)).toBe('Saturday 28 November 2026 at 10:00');
    expect(formatFull(new Date(2026, 11, 1), false)).toBe('Tuesday 1 December 2026');
  });

  it('names every weekday and month as Intl does in full', () => {
    for (const lang of ['fr', 'en'] as const) {
      setLang(lang);
      const full = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'full' });
      for (let day = 0; day < 365; day += 17) {
        const at = new Date(2026, 0, 2 + day);
        // Intl's British style puts a comma after the weekday; French writes the 1st "1er" (above).
        if (at.getDate() !== 1) expect(formatFull(at, false)).toBe(full.format(at).replace(',', ''));
      }
    }
  });
});
