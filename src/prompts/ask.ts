import type * as SelectModule from '@inquirer/select';
import { t } from '../i18n/index.js';
import { color, printLine } from '../render/output.js';

// The questions a phase asks, behind a small interface: on a terminal they are
// @inquirer prompts; without one every question takes its default (the command has
// already checked that the required answers were given as options); tests script them.

export interface TextQuestion {
  message: string;
  default?: string;
  /** An empty answer is refused with a message saying so. */
  required?: boolean;
  /** The reason the answer is refused, or true. */
  validate?: (value: string) => string | true;
}

interface Choice<T extends string> {
  value: T;
  name: string;
}

export interface Ask {
  readonly interactive: boolean;
  /** The answer, trimmed ('' when left empty). */
  text(question: TextQuestion): Promise<string>;
  choose<T extends string>(question: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of information between questions. */
  say(line: string): void;
}

function requiredCheck(question: TextQuestion): (value: string) => string | true {
  return (value) => {
    const answer = value.trim();
    if (answer === '') return question.required ? t('wizard.required') : true;
    return question.validate ? question.validate(answer) : true;
  };
}

let selectPrompt: Promise<typeof SelectModule> | undefined;
const loadSelect = () => (selectPrompt ??= import('@inquirer/select'));

/** Starts loading the prompts while the logbook opens: the first question is a choice. */
export function preloadPrompts(): void {
  loadSelect().catch(() => undefined);
}

/** Prompts on the terminal. The prompt packages are loaded on first use only. */
export function terminalAsk(signal: AbortSignal): Ask {
  const context = { signal };
  // Numbered choices: a digit moves to the line, Enter takes it. No English key help.
  const theme = { indexMode: 'number' as const, style: { keysHelpTip: () => undefined } };
  const choose: Ask['choose'] = async (question) => {
    const { default: select } = await loadSelect();
    return select(
      {
        message: question.message,
        choices: question.choices,
        default: question.default,
        loop: false,
        pageSize: 12,
        theme,
      },
      context,
    );
  };
  return {
    interactive: true,
    async text(question) {
      const { default: input } = await import('@inquirer/input');
      const answer = await input(
        { message: question.message, default: question.default, validate: requiredCheck(question) },
        context,
      );
      return answer.trim();
    },
    choose,
    // A choice rather than @inquirer/confirm, whose y/N does not read "o" for oui.
    async confirm(question) {
      const yes = await choose({
        message: question.message,
        choices: [
          { value: 'yes', name: t('common.yes') },
          { value: 'no', name: t('common.no') },
        ],
        default: question.default ? 'yes' : 'no',
      });
      return yes === 'yes';
    },
    say(line) {
      printLine(line);
    },
  };
}

/** No terminal: every question takes its default; nothing is shown. */
export function defaultsAsk(): Ask {
  return {
    interactive: false,
    async text(question) {
      return question.default?.trim() ?? '';
    },
    async choose(question) {
      return question.default ?? question.choices[0].value;
    },
    async confirm(question) {
      return question.default ?? false;
    },
    say() {},
  };
}

/** A phase's title and its one-line hint from the method (see `plainte guide`), dimmed. */
export function phaseHeader(ask: Ask, phase: 1 | 2 | 3 | 4 | 5): void {
  ask.say('');
  ask.say(color().bold(t(`wizard.phase.${phase}`)));
  ask.say(color().dim(t(`guide.hint.${phase}`)));
}
