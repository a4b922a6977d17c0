import { describe, expect, it } from 'vitest';
import { oneLine, sanitize } from '../../src/format/sanitize.js';

describe('the terminal sanitiser', () => {
  it('shows escape sequences as harmless text', () => {
    const hostile = 'Dupont\u001b[2J\u001b]0;pwned\u0007\u009b31m';
    const safe = sanitize(hostile);
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(safe).toBe('Dupont␛[2J␛]0;pwned␇\uFFFD31m');
  });

  it('neutralises bidirectional overrides that could disguise a line', () => {
    expect(sanitize('abc\u202Edef\u2066')).toBe('abc\uFFFDdef\uFFFD');
  });

  it('keeps line feeds only when asked, and never carriage returns', () => {
    expect(sanitize('ligne 1\r\nligne 2', { multiline: true })).toBe('ligne 1␍\nligne 2');
    expect(sanitize('ligne 1\nligne 2')).toBe('ligne 1 ↵ ligne 2');
  });

  it('keeps accents, emoji and ordinary punctuation as they are', () => {
    expect(sanitize('Hélène — « très déçue » 😠 100 %')).toBe('Hélène — « très déçue » 😠 100 %');
  });

  it('repairs broken UTF-16 instead of passing it on', () => {
    expect(sanitize('a\uD800b')).toBe('a\uFFFDb');
  });

  it('cuts a summary to one line of the given width', () => {
    expect(oneLine('La perceuse\nne démarre plus du tout depuis hier', 20)).toBe('La perceuse ↵ ne dé…');
    expect(oneLine(null)).toBe('');
  });
});
