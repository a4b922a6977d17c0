import { findPhrases, wordKey } from './words.js';

// Phase 4: the solution is said as what will be done, stated as a fact. A "no" or a
// question invites the customer to argue; the operator is warned and may keep the text.

export interface ToneWarning {
  kind: 'negative' | 'question';
  /** The word found, as listed below, or '?' for a question. */
  phrase: string;
}

const NEGATIVE_PHRASES: readonly string[] = [
  'non',
  'impossible',
  'pas possible',
  'malheureusement',
  'no',
  'not possible',
  'cannot',
  "can't",
  'unfortunately',
];

// How a sentence that asks begins (compared without accents, hyphen or space alike).
const INTERROGATIVE_STARTS: readonly string[] = [
  'est-ce que',
  "est-ce qu'",
  "qu'est-ce que",
  'pouvez-vous',
  'pourriez-vous',
  'voulez-vous',
  'voudriez-vous',
  'souhaitez-vous',
  'souhaiteriez-vous',
  'preferez-vous',
  'accepteriez-vous',
  'acceptez-vous',
  'pouvons-nous',
  'puis-je',
  'would you',
  'could you',
  'can you',
  'will you',
  'do you',
  'did you',
  'are you',
  'would it',
  'is it',
  'shall we',
  'shall i',
  'may i',
  'should we',
];

function sentences(text: string): string[] {
  return wordKey(text)
    .split(/[.!;\n]+/)
    .map((sentence) => sentence.replace(/^[\s"'«»(\-–—]+/, '').replace(/-/g, ' '))
    .filter((sentence) => sentence !== '');
}

function startsAsQuestion(sentence: string): boolean {
  return INTERROGATIVE_STARTS.some((start) => {
    const form = start.replace(/-/g, ' ');
    if (!sentence.startsWith(form)) return false;
    // "do you" must not match "do your best": the form ends a word (or an elision).
    return form.endsWith("'") || !/[\p{L}\p{N}]/u.test(sentence.charAt(form.length));
  });
}

/** Whether the text asks instead of stating: a '?' or a sentence starting like a question. */
function isQuestion(text: string): boolean {
  return text.includes('?') || sentences(text).some(startsAsQuestion);
}

/** The warnings for a solution text: each negative word once, in order, then the question. */
export function toneWarnings(text: string): ToneWarning[] {
  const warnings: ToneWarning[] = findPhrases(text, NEGATIVE_PHRASES).map((phrase) => ({ kind: 'negative', phrase }));
  if (isQuestion(text)) warnings.push({ kind: 'question', phrase: '?' });
  return warnings;
}
