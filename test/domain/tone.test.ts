import { describe, expect, it } from 'vitest';
import { toneWarnings } from '../../src/domain/tone.js';

const phrases = (text: string) => toneWarnings(text).map((warning) => warning.phrase);

describe('the tone check of the solution', () => {
  it('accepts a solution stated as a fact', () => {
    expect(toneWarnings('Nous remplaçons la bouilloire aujourd’hui et vous rappelons jeudi.')).toEqual([]);
    expect(toneWarnings('We replace the kettle today and call you back on Thursday.')).toEqual([]);
  });

  it('finds negative words whatever their case, with punctuation around them', () => {
    expect(toneWarnings('Non, le remboursement est impossible.')).toEqual([
      { kind: 'negative', phrase: 'non' },
      { kind: 'negative', phrase: 'impossible' },
    ]);
    expect(phrases('NON. Échange seulement')).toEqual(['non']);
    expect(phrases('(non)')).toEqual(['non']);
  });

  it('finds "pas possible" inside a sentence and ignores accents', () => {
    expect(phrases('Ce n’est pas possible avant lundi')).toEqual(['pas possible']);
    expect(phrases('Ce n’est pas   possible')).toEqual(['pas possible']);
    expect(phrases('MALHEUREUSEMENT, la pièce manque')).toEqual(['malheureusement']);
    expect(phrases('Malhéureusement la pièce manque')).toEqual(['malheureusement']);
  });

  it('finds the English equivalents, curly apostrophe included', () => {
    expect(phrases('Unfortunately we cannot refund, no.')).toEqual(['unfortunately', 'cannot', 'no']);
    expect(phrases('We can’t do that, it is not possible')).toEqual(["can't", 'not possible']);
  });

  it('does not see a word inside another word', () => {
    expect(toneWarnings('Nonobstant le délai, nous livrons demain.')).toEqual([]);
    expect(toneWarnings('Article non-conforme : nous le remplaçons.')).toEqual([]);
    expect(toneWarnings('Nous envoyons un canon à eau neuf, en nombre.')).toEqual([]);
    expect(toneWarnings('Nobody pays: the cannon is replaced, note taken.')).toEqual([]);
  });

  it('reports each word once, in the order they appear', () => {
    expect(phrases('impossible, non, et non : impossible')).toEqual(['impossible', 'non']);
  });

  it('warns about a question ending with a question mark', () => {
    expect(toneWarnings('Un avoir vous conviendrait ?')).toEqual([{ kind: 'question', phrase: '?' }]);
    expect(toneWarnings('Would a refund be fine?  ')).toEqual([{ kind: 'question', phrase: '?' }]);
  });

  it('warns about a sentence that starts as a question even without a question mark', () => {
    expect(phrases('Pouvez-vous repasser demain')).toEqual(['?']);
    expect(phrases('Est-ce qu’un avoir irait')).toEqual(['?']);
    expect(phrases('Nous commandons la pièce. Souhaitez-vous être rappelé')).toEqual(['?']);
    expect(phrases('PRÉFÉREZ-VOUS un échange')).toEqual(['?']);
    expect(phrases('Could you come back tomorrow')).toEqual(['?']);
    expect(phrases('do you want a refund')).toEqual(['?']);
  });

  it('does not take a statement for a question because of its first words', () => {
    expect(toneWarnings('Do your best to come before noon: the part is ready.')).toEqual([]);
    expect(toneWarnings('Nous pouvons vous rembourser demain.')).toEqual([]);
  });

  it('lists the negative words before the question', () => {
    expect(toneWarnings('Malheureusement non, voulez-vous un avoir ?')).toEqual([
      { kind: 'negative', phrase: 'malheureusement' },
      { kind: 'negative', phrase: 'non' },
      { kind: 'question', phrase: '?' },
    ]);
  });
});
