import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBJECTIVE_WORDS, subjectiveWords } from '../../src/domain/notes.js';

describe('notes stay factual', () => {
  it('finds nothing in a note that describes facts', () => {
    expect(subjectiveWords('Le client a haussé le ton et frappé le comptoir à 10 h 15.', [])).toEqual([]);
    expect(subjectiveWords('Customer raised their voice twice and left at 10:15.', [])).toEqual([]);
  });

  it('finds insulting words in French and English, each once, in order of appearance', () => {
    expect(subjectiveWords('Vraiment pénible, un menteur. Pénible !', [])).toEqual(['pénible', 'menteur']);
    expect(subjectiveWords('Rude and a liar, honestly stupid', [])).toEqual(['rude', 'liar', 'stupid']);
  });

  it('ignores case and accents, and reports the word as listed', () => {
    expect(subjectiveWords('HYSTERIQUE et DÉBILE', [])).toEqual(['hystérique', 'débile']);
    expect(subjectiveWords('debile', [])).toEqual(['débile']);
  });

  it('reads words next to apostrophes and punctuation', () => {
    expect(subjectiveWords("l'idiot du village, «folle»…", [])).toEqual(['idiot', 'folle']);
    expect(subjectiveWords('Quel casse-pieds!', [])).toEqual(['casse-pieds']);
  });

  it('does not see a word inside another word', () => {
    expect(subjectiveWords('Le canon à café est conforme, le contrat est nul et non avenu', [])).toEqual(['nul']);
    expect(subjectiveWords('Facture nulle', [])).toEqual(['nulle']);
    expect(subjectiveWords('Connexion internet, idiotie, foule, fournisseur', [])).toEqual([]);
    expect(subjectiveWords('She is a delirious fan of crazyflie drones', [])).toEqual([]);
  });

  it('adds the shop’s own words, accents and case ignored, without doubles', () => {
    expect(subjectiveWords('Client grognon et Râleur', ['râleur', 'grognon'])).toEqual(['grognon', 'râleur']);
    expect(subjectiveWords('un idiot', ['IDIOT'])).toEqual(['idiot']);
    expect(subjectiveWords('rien', ['', '  '])).toEqual([]);
  });

  it('keeps the default lists short and free of words that describe goods', () => {
    expect(DEFAULT_SUBJECTIVE_WORDS.fr.length).toBeLessThan(40);
    expect(DEFAULT_SUBJECTIVE_WORDS.en.length).toBeLessThan(40);
    expect(subjectiveWords('Colis lourd, montage difficult to follow', [])).toEqual([]);
  });
});
