import { searchKey } from './text.js';

// How `plainte search` reads the words it is given, and how it shows where they were found.
// Accents and case never count ("cafetiere" finds "Cafetière"). French word forms are found
// by a light stemmer and a prefix: the word typed loses its plural and feminine endings and
// a few suffixes, and every word of the logbook that starts with what is left matches
// ("cafetières" -> "cafetier", which finds "cafetière", "cafetières" and "cafetier"). The
// stem is always the start of the word typed, so the word itself always matches.

/** Words too common to tell complaints apart, in French and English, as folded. */
const STOPWORDS = new Set([
  ...['au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'en', 'est', 'et'],
  ...['il', 'je', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'ma', 'mais', 'me', 'mes', 'mon', 'ne', 'nous'],
  ...['on', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 'sa', 'se', 'ses', 'son', 'sur', 'ta', 'te'],
  ...['tu', 'un', 'une', 'vous', 'the', 'of', 'and', 'to', 'in', 'for', 'with', 'on', 'at', 'is'],
]);

/** More words than this in one search are left out: a search is a few words, not a text. */
const MAX_WORDS = 12;

/** The words of a text, folded: lower case, no accents, split on what is not a letter or a digit. */
export function foldedWords(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The words a search looks for: folded, each once, without the common ones and single
 * letters (the `l` of `l’appareil`); digits are kept whatever their length. */
export function searchWords(text: string): string[] {
  const words = foldedWords(text).filter((word) => !STOPWORDS.has(word) && (word.length > 1 || /\p{N}/u.test(word)));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

// Endings removed in turn, each only when at least MIN_STEM letters stay (MIN_PLURAL for the
// plural's s or x: `usés` -> `use`).
const MIN_STEM = 4;
const MIN_PLURAL = 3;
const SUFFIXES = ['issement', 'ement', 'ations', 'ation', 'euses', 'euse', 'eurs', 'eur', 'ees', 'ee', 'er', 'ez'];

/** The start of `word` (folded) that its French forms share: plural (`s`, `x`, `aux`),
 * feminine `e`, and a few suffixes of verbs and nouns (`rembourser`, `remboursement` ->
 * `rembours`). Numbers and short words are kept whole. */
export function stem(word: string): string {
  if (/\p{N}/u.test(word)) return word;
  let stemmed = word;
  const cut = (ending: string, least = MIN_STEM) => {
    if (stemmed.endsWith(ending) && stemmed.length - ending.length >= least) {
      stemmed = stemmed.slice(0, -ending.length);
      return true;
    }
    return false;
  };
  // chevaux -> cheva, which finds cheval too.
  if (cut('aux')) stemmed += 'a';
  else if (!cut('s', MIN_PLURAL)) cut('x', MIN_PLURAL);
  if (!SUFFIXES.some((ending) => cut(ending))) cut('e');
  return stemmed;
}

/** Whether a word of a text (folded) is one of the words searched for, as the logbook's index
 * finds them: it starts with the stem of one of them. */
export function matchesAny(word: string, stems: readonly string[]): boolean {
  return stems.some((prefix) => word.startsWith(prefix));
}

/** A piece of an excerpt: text as stored, and whether it is a word searched for. */
export interface ExcerptPiece {
  text: string;
  match: boolean;
}

// Words shown before the first word found, and at most in all.
const BEFORE = 4;
const SHOWN = 16;

/**
 * Where the words were found: the text (of those given) with most of them, cut to a few
 * words around the first one found, in pieces that tell the words found from the rest; an
 * empty array when no text holds one (a word found only in a text not given, say).
 */
export function excerpt(texts: readonly string[], words: readonly string[]): ExcerptPiece[] {
  const stems = words.map(stem);
  let best: { tokens: string[]; found: number[] } | null = null;
  for (const text of texts) {
    // Words and what lies between them, alternately, so that the text reads as stored.
    const tokens = text.split(/([\p{L}\p{N}]+)/u);
    const found: number[] = [];
    for (let i = 1; i < tokens.length; i += 2) {
      if (matchesAny(foldedWords(tokens[i]).join(''), stems)) found.push(i);
    }
    if (found.length > 0 && (!best || found.length > best.found.length)) best = { tokens, found };
  }
  if (!best) return [];
  const { tokens, found } = best;
  const start = Math.max(1, found[0] - 2 * BEFORE);
  const end = Math.min(tokens.length - 1, start + 2 * SHOWN - 2);
  const pieces: ExcerptPiece[] = [];
  const push = (text: string, match: boolean) => {
    const last = pieces.at(-1);
    if (last && last.match === match) last.text += text;
    else if (text !== '') pieces.push({ text, match });
  };
  if (start > 1) push('… ', false);
  for (let i = start; i <= end; i++) push(tokens[i].replace(/\s+/g, ' '), found.includes(i));
  if (end < tokens.length - 2) push(' …', false);
  return pieces;
}

/** The excerpt as plain text, for `--json` and wherever no highlight can be shown. */
export function excerptText(pieces: readonly ExcerptPiece[]): string {
  return pieces.map((piece) => piece.text).join('');
}
