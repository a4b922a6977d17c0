import { parseEuros } from '../domain/money.js';
import { parseUserDate, type UserDate } from '../domain/dates.js';
import { isPlausibleEmail, isPlausiblePhone } from '../domain/text.js';
import { t } from '../i18n/index.js';
import { color } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';
import type { Ask, TextQuestion } from './ask.js';

// Questions several phases ask, with the checks that say what is expected.

export function dateCheck(now: Date): (value: string) => string | true {
  return (value) => (parseUserDate(value, now) ? true : t('wizard.invalid.date'));
}

export const phoneCheck = (value: string): string | true =>
  isPlausiblePhone(value) ? true : t('wizard.invalid.phone');
export const emailCheck = (value: string): string | true =>
  isPlausibleEmail(value) ? true : t('wizard.invalid.email');

export const costCheck = (value: string): string | true =>
  parseEuros(value) !== null ? true : t('wizard.invalid.cost');

/** A date asked on screen; null when left empty (optional questions). */
export async function askDate(ask: Ask, question: TextQuestion, now: Date): Promise<UserDate | null> {
  const answer = await ask.text({ ...question, validate: dateCheck(now) });
  return answer === '' ? null : parseUserDate(answer, now);
}

/**
 * A free-text note about the customer. Customers may read what is written about them
 * (right of access), so insulting or subjective words bring a warning and the choice
 * to keep the text or write facts instead.
 */
/** After a warning about an answer: true when the operator keeps it, false to rewrite it
 * (the default: the warning is a suggestion, rewriting is what it suggests). */
export async function keepsAnswer(ask: Ask, message: string, rewrite: string, keep: string): Promise<boolean> {
  const choice = await ask.choose({
    message,
    choices: [
      { value: 'rewrite', name: rewrite },
      { value: 'keep', name: keep },
    ],
    default: 'rewrite',
  });
  return choice === 'keep';
}

export async function askFactual(ask: Ask, question: TextQuestion, extraWords: readonly string[]): Promise<string> {
  let answer = await ask.text(question);
  const { subjectiveWords } = await import('../domain/notes.js');
  for (;;) {
    const words = subjectiveWords(answer, extraWords);
    if (words.length === 0 || !ask.interactive) return answer;
    ask.say(color().yellow(t('wizard.notes.warning', { words: words.map((w) => sanitize(w)).join(', ') })));
    if (await keepsAnswer(ask, t('wizard.notes.question'), t('wizard.notes.rewrite'), t('wizard.notes.keep')))
      return answer;
    answer = await ask.text({ ...question, default: answer });
  }
}
