import { parseEuros } from '../domain/money.js';
import { fitsDirection, type DateReading, type UserDate } from '../domain/dates.js';
import { dateReader, type DateReader, type SpokenReading } from '../domain/spoken-dates.js';
import { isPlausibleEmail, isPlausiblePhone } from '../domain/text.js';
import { lang, t } from '../i18n/index.js';
import { formatFull } from '../format/dates.js';
import { color } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import type { Ask, TextQuestion } from './ask.js';

// Questions several phases ask, with the checks that say what is expected.

/** The check of a typed date: readable, and on the side the reading asks for, said back in full when it is not. */
export function dateCheck(read: DateReader, now: Date, reading: SpokenReading): (value: string) => string | true {
  return (value) => {
    const date = read(value, now, reading);
    if (!date) return t('wizard.invalid.date');
    if (fitsDirection(date, now, reading.direction)) return true;
    const when = formatFull(date.at, date.hasTime);
    return t(reading.direction === 'future' ? 'dates.past.answer' : 'dates.future.answer', { when });
  };
}

export const phoneCheck = (value: string): string | true =>
  isPlausiblePhone(value) ? true : t('wizard.invalid.phone');
export const emailCheck = (value: string): string | true =>
  isPlausibleEmail(value) ? true : t('wizard.invalid.email');

export const costCheck = (value: string): string | true =>
  parseEuros(value) !== null ? true : t('wizard.invalid.cost');

/**
 * A date asked on screen, typed the way the shop says dates (README, "Dates"); null when
 * left empty (optional questions). A callback already past, or a purchase after today, is
 * refused with the date said back in full. `morning` is what "matin" means.
 */
export async function askDate(
  ask: Ask,
  question: TextQuestion,
  now: Date,
  direction: DateReading['direction'],
  morning = 9 * 60,
): Promise<UserDate | null> {
  const read = await dateReader(lang());
  const reading = { direction, lang: lang(), morning };
  const answer = await ask.text({ ...question, validate: dateCheck(read, now, reading) });
  return answer === '' ? null : read(answer, now, reading);
}

/** A date typed is said back in full before it is saved ("→ mardi 10 novembre 2026"), so a
 * misread day is seen while the customer is still there. */
export function sayDate(ask: Ask, at: Date, hasTime: boolean): void {
  ask.say(color().dim(t('wizard.date.echo', { when: formatFull(at, hasTime) })));
}

/** An optional day gone by (a purchase, a written complaint), said back in full; null when left empty. */
export async function askPastDay(ask: Ask, message: string, now: Date, required = false): Promise<Date | null> {
  const question = required ? { message, default: t('time.today'), required } : { message };
  const day = await askDate(ask, question, now, 'past');
  if (day) sayDate(ask, day.at, false);
  return day && day.at;
}

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

/**
 * A free-text note about the customer. Customers may read what is written about them
 * (right of access), so insulting or subjective words bring a warning and the choice
 * to keep the text or write facts instead.
 */
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
