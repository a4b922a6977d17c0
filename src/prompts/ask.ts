import type * as SelectModule from '@inquirer/select';
import { Interrupted } from '../errors.js';
import { inBothLanguages, t } from '../i18n/index.js';
import { color, printLine } from '../render/output.js';
import { fitLines, outputWidth, wrap } from '../render/width.js';

// Every question of every command goes through an Ask: on a terminal they are @inquirer
// prompts; without one every question takes its default (the command has already checked
// that the required answers were given as options); tests script them (test/helpers/ask.ts).

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
  /** Yes or no: on a terminal, "oui"/"non" as a numbered menu, so that typing o, oui, y or
   * yes (n, non or no), a digit or the arrows then Enter all answer it, in either language. */
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of information between questions. */
  say(line: string): void;
}

/** An Ask on a terminal, which holds the terminal until closed. */
interface TerminalAsk extends Ask {
  /** Ends the question on screen, if any, and lets go of the terminal. */
  close(): void;
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

/** @inquirer's Ctrl-C (ExitPromptError) and the abort of a closed terminal (AbortPromptError)
 * end the run with 130, whatever the command: this is the one place they are told apart. */
async function answered<T>(question: Promise<T>): Promise<T> {
  try {
    return await question;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'))
      throw new Interrupted();
    throw error;
  }
}

/** Prompts on the terminal. The prompt packages are loaded on first use, the choice prompt
 * from the start (the wizard's first question is one, drawn while the logbook opens). */
function terminalAsk(): TerminalAsk {
  loadSelect().catch(() => undefined);
  const aborted = new AbortController();
  // A closed terminal ends the current question like Ctrl-C does. `on`, not `once`:
  // @inquirer's signal-exit kills the process when it sees itself alone.
  const hangUp = () => aborted.abort();
  process.on('SIGHUP', hangUp);
  const context = { signal: aborted.signal };
  // Numbered choices: a digit moves to the line, Enter takes it. No English key help.
  const theme = { indexMode: 'number' as const, style: { keysHelpTip: () => undefined } };
  const choose: Ask['choose'] = async (question) => {
    const { default: select } = await loadSelect();
    return answered(
      select(
        {
          message: question.message,
          choices: question.choices,
          default: question.default,
          loop: false,
          pageSize: 12,
          theme,
        },
        context,
      ),
    );
  };
  return {
    interactive: true,
    async text(question) {
      const { default: input } = await import('@inquirer/input');
      const answer = await answered(
        input({ message: question.message, default: question.default, validate: requiredCheck(question) }, context),
      );
      return answer.trim();
    },
    choose,
    // A menu rather than @inquirer/confirm, whose y/N reads "oui" as the default; its own
    // rather than a choice, whose typed letters match only the words shown (yes-no.ts).
    async confirm(question) {
      const { yesNo } = await import('./yes-no.js');
      const yes = await answered(
        yesNo(
          {
            message: question.message,
            choices: [
              { value: 'yes', name: t('common.yes'), words: inBothLanguages('common.yes') },
              { value: 'no', name: t('common.no'), words: inBothLanguages('common.no') },
            ],
            default: question.default ? 'yes' : 'no',
          },
          context,
        ),
      );
      return yes === 'yes';
    },
    // Said lines wrap at the terminal's width, at spaces; an indented one (a recap's bullet)
    // continues under its text.
    say(line) {
      const width = outputWidth();
      const pieces = /^\s/.test(line) ? fitLines([line], width) : wrap(line, width);
      for (const piece of pieces) printLine(piece);
    },
    close() {
      aborted.abort();
      process.removeListener('SIGHUP', hangUp);
    },
  };
}

/** Who answers a run's questions: its terminal (stdin and stdout are one), a script (the
 * tests' scriptedAsk), or nobody. */
export type Answerer = 'terminal' | Ask | null;

/**
 * The Ask of a command: with --no-input (`input: false`) or nobody to answer, every
 * question takes its default and `interactive` is false. A terminal is let go of when the
 * run ends. Here rather than in the context, so that only the commands that ask load the
 * prompts.
 */
export function askFor(
  run: { answerer(): Answerer; onEnd(release: () => void): void },
  options: { input?: boolean },
): Ask {
  const answerer = options.input === false ? null : run.answerer();
  if (answerer === null) return defaultsAsk();
  if (answerer !== 'terminal') return answerer;
  const ask = terminalAsk();
  run.onEnd(() => ask.close());
  return ask;
}

/** Nobody to ask (no terminal, or --no-input): every question takes its default; nothing is shown. */
function defaultsAsk(): Ask {
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
