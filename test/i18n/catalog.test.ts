import { describe, expect, it } from 'vitest';
import { base as enBase } from '../../src/i18n/en/base.js';
import { books as enBooks } from '../../src/i18n/en/books.js';
import { counter as enCounter } from '../../src/i18n/en/counter.js';
import { figures as enFigures } from '../../src/i18n/en/figures.js';
import { dates as enDates } from '../../src/i18n/en/dates.js';
import { follow as enFollow } from '../../src/i18n/en/follow.js';
import { en } from '../../src/i18n/en.js';
import { base } from '../../src/i18n/fr/base.js';
import { books } from '../../src/i18n/fr/books.js';
import { counter } from '../../src/i18n/fr/counter.js';
import { dates } from '../../src/i18n/fr/dates.js';
import { figures } from '../../src/i18n/fr/figures.js';
import { follow } from '../../src/i18n/fr/follow.js';
import { fr } from '../../src/i18n/fr.js';

describe('the message catalogs', () => {
  it('give each key in one area file only, so that no message silently replaces another', () => {
    for (const [parts, whole] of [
      [[base, counter, follow, books, dates, figures], fr],
      [[enBase, enCounter, enFollow, enBooks, enDates, enFigures], en],
    ] as const) {
      const count = parts.reduce((sum, part) => sum + Object.keys(part).length, 0);
      expect(count).toBe(Object.keys(whole).length);
    }
  });

  it('have a message, not an empty string, for every key in both languages', () => {
    for (const catalog of [fr, en])
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
  });
});
