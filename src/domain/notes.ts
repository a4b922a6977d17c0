import { findPhrases } from './words.js';

// Customers may read what is written about them (right of access), and the CNIL asks
// for objective, non-insulting comments: notes describe what happened, not the person.
// Words that often describe goods rather than people ("lourd", "difficult") are left out
// so that "colis lourd" does not raise a warning; shops can add words with config.

export const DEFAULT_SUBJECTIVE_WORDS: { fr: readonly string[]; en: readonly string[] } = {
  fr: [
    'con',
    'conne',
    'connard',
    'connasse',
    'idiot',
    'idiote',
    'imbécile',
    'crétin',
    'crétine',
    'abruti',
    'abrutie',
    'débile',
    'fou',
    'folle',
    'cinglé',
    'cinglée',
    'taré',
    'tarée',
    'hystérique',
    'menteur',
    'menteuse',
    'radin',
    'radine',
    'pénible',
    'chiant',
    'chiante',
    'casse-pieds',
    'nul',
    'nulle',
    'parano',
    'escroc',
  ],
  en: [
    'idiot',
    'stupid',
    'dumb',
    'moron',
    'crazy',
    'psycho',
    'hysterical',
    'liar',
    'rude',
    'nasty',
    'annoying',
    'jerk',
    'cheapskate',
    'whiner',
    'paranoid',
    'crook',
  ],
};

/**
 * The subjective words (French, English and the shop's `extra` words) that `text`
 * contains as whole words, each once, in order of appearance.
 */
export function subjectiveWords(text: string, extra: readonly string[]): string[] {
  return findPhrases(text, [...DEFAULT_SUBJECTIVE_WORDS.fr, ...DEFAULT_SUBJECTIVE_WORDS.en, ...extra]);
}
