import { Interrupted } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';
import type { Ask, TextQuestion } from '../../src/prompts/ask.js';

// A scripted operator for the phase modules: answers are taken in order; a typed answer
// refused by the question's check is recorded and the next answer is typed instead, as
// someone would correct themselves at the counter.

export interface Asked {
  message: string;
  default?: string | boolean;
  choices?: string[];
  /** The choices as shown. */
  names?: string[];
  refused?: string;
}

export interface ScriptedAsk extends Ask {
  asked: Asked[];
  said: string[];
}

/** Ctrl-C pressed at a question, in a script: the terminal Ask's Interrupted. */
export const CTRL_C = Symbol('Ctrl-C');

/** `undefined` in the script means "press Enter" (take the default). */
export function scriptedAsk(script: (string | boolean | undefined | typeof CTRL_C)[], interactive = true): ScriptedAsk {
  const queue = [...script];
  const next = (message: string) => {
    if (queue.length === 0) throw new Error(`no scripted answer for "${message}"`);
    const answer = queue.shift();
    if (answer === CTRL_C) throw new Interrupted();
    return answer;
  };
  const asked: Asked[] = [];
  const said: string[] = [];
  return {
    interactive,
    asked,
    said,
    async text(question: TextQuestion) {
      for (;;) {
        const typed = next(question.message);
        const answer = (typed === undefined ? (question.default ?? '') : String(typed)).trim();
        let refused: string | undefined;
        if (answer === '' && question.required) refused = t('wizard.required');
        else if (answer !== '' && question.validate) {
          const verdict = question.validate(answer);
          if (verdict !== true) refused = verdict;
        }
        asked.push({ message: question.message, default: question.default, ...(refused ? { refused } : {}) });
        if (!refused) return answer;
      }
    },
    async choose(question) {
      asked.push({
        message: question.message,
        default: question.default,
        choices: question.choices.map((c) => c.value),
        names: question.choices.map((c) => c.name),
      });
      const typed = next(question.message);
      const value = typed === undefined ? (question.default ?? question.choices[0].value) : typed;
      const choice = question.choices.find((c) => c.value === value);
      if (!choice) throw new Error(`"${String(value)}" is not a choice of "${question.message}"`);
      return choice.value;
    },
    async confirm(question) {
      asked.push({ message: question.message, default: question.default });
      const typed = next(question.message);
      return typed === undefined ? (question.default ?? false) : Boolean(typed);
    },
    say(line) {
      said.push(line);
    },
  };
}
