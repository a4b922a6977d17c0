import { searchKey } from './text.js';

// Finding listed words in free text the way a reader would: whole words only ("non" is
// not in "nonobstant", "con" is not in "canon"), whatever the case or accents.

/** Lower case, no accents, straight apostrophes: the form words are compared in. */
export function wordKey(text: string): string {
  return searchKey(text.replace(/[’‘`´]/g, "'"));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters, digits and hyphens make up a word ("non-conforme" is one word), so a match must
// not touch them on either side; apostrophes and punctuation separate ("l'idiot").
const BEFORE = '(?<![\\p{L}\\p{N}-])';
const AFTER = '(?![\\p{L}\\p{N}-])';

function pattern(phrase: string): RegExp {
  const body = wordKey(phrase)
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+');
  return new RegExp(`${BEFORE}${body}${AFTER}`, 'u');
}

/**
 * The `phrases` that occur in `text` as whole words, each once (as written in the list,
 * duplicates of the same word dropped), in order of first appearance.
 */
export function findPhrases(text: string, phrases: readonly string[]): string[] {
  const key = wordKey(text);
  const seen = new Set<string>();
  const found: { phrase: string; at: number }[] = [];
  for (const phrase of phrases) {
    const normal = wordKey(phrase);
    if (normal === '' || seen.has(normal)) continue;
    seen.add(normal);
    const at = pattern(phrase).exec(key)?.index;
    if (at !== undefined) found.push({ phrase, at });
  }
  // Array.prototype.sort is stable: phrases found at the same place keep the list's order.
  return found.sort((a, b) => a.at - b.at).map((item) => item.phrase);
}
