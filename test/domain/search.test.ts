import { describe, expect, it } from 'vitest';
import { excerpt, excerptText, matchesAny, searchWords, stem } from '../../src/domain/search.js';

describe('the words of a search', () => {
  it('are folded, each once, without the common words and single letters, numbers kept', () => {
    expect(searchWords("L'appareil de la CAFETIÈRE, n° 12 ; cafetière")).toEqual(['appareil', 'cafetiere', '12']);
    expect(searchWords('de la … et')).toEqual([]);
    expect(searchWords('06 12 34 56 78')).toEqual(['06', '12', '34', '56', '78']);
  });

  it('keep only the start French word forms share, which is always the start of the word typed', () => {
    const stems: [string, string][] = [
      ['cafetieres', 'cafetier'],
      ['cafetiere', 'cafetier'],
      ['joints', 'joint'],
      ['uses', 'use'],
      ['chevaux', 'cheva'],
      ['remboursement', 'rembours'],
      ['rembourser', 'rembours'],
      ['commandees', 'command'],
      ['vendeuse', 'vend'],
      ['livraison', 'livraison'],
      ['vis', 'vis'],
      ['cmd', 'cmd'],
      ['2041', '2041'],
    ];
    for (const [word, expected] of stems) {
      expect(stem(word), word).toBe(expected);
      expect(word.startsWith(stem(word)), word).toBe(true);
    }
  });

  it('match the words of a text that start with their stem', () => {
    const stems = ['cafetieres', 'rembourser'].map(stem);
    expect(['cafetiere', 'cafetier', 'remboursement', 'rembourse'].every((word) => matchesAny(word, stems))).toBe(true);
    expect(matchesAny('cafe', stems)).toBe(false);
  });
});

describe('the excerpt of a complaint found', () => {
  it('shows the text with most words found, around the first one, the words told apart', () => {
    const pieces = excerpt(
      ['Hélène Lefèvre', 'La cafetière fuit depuis la livraison ; la cafetière inonde le plan de travail'],
      ['cafetiere', 'fuite'],
    );
    expect(pieces).toEqual([
      { text: 'La ', match: false },
      { text: 'cafetière', match: true },
      { text: ' ', match: false },
      { text: 'fuit', match: true },
      { text: ' depuis la livraison ; la ', match: false },
      { text: 'cafetière', match: true },
      { text: ' inonde le plan de travail', match: false },
    ]);
  });

  it('cuts a long text to a few words around the first one found, and says so', () => {
    const words = Array.from({ length: 40 }, (_, i) => `mot${i}`);
    words[20] = 'Krups';
    const text = excerptText(excerpt([words.join(' ')], ['krups']));
    expect(text).toBe(
      '… mot16 mot17 mot18 mot19 Krups mot21 mot22 mot23 mot24 mot25 mot26 mot27 mot28 mot29 mot30 mot31 …',
    );
  });

  it('is empty when none of the texts given holds a word', () => {
    expect(excerpt(['Tondeuse'], ['cafetiere'])).toEqual([]);
  });
});
