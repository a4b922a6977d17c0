import type { Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EXIT, UserError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { color, printLine } from '../render/output.js';
import { outputWidth, wrap } from '../render/width.js';
import { oneLine } from '../format/sanitize.js';

// The method as a cheat sheet to keep next to the till: the five phases of the method,
// then the protocol for an abusive customer. All the text lives in the i18n catalog.

const PHASES = [1, 2, 3, 4, 5] as const;
type Phase = (typeof PHASES)[number];

/** What --phase selects: one of the five phases, or the abusive-customer protocol. */
type Part = Phase | 'abusive';

const ESCALATION = ['personalise', 'limits', 'transfer', 'end_call', 'security'] as const;

// Part 6 because it comes after the five phases; the words work in both languages.
const ABUSIVE_NAMES = ['6', 'abusive', 'abusif', 'injurieux'];

function parsePart(value: string): Part {
  const text = value.trim().toLowerCase();
  if (ABUSIVE_NAMES.includes(text)) return 'abusive';
  const phase = PHASES.find((n) => String(n) === text);
  if (phase === undefined) throw new UserError('guide.error.phase', { value: oneLine(value) }, EXIT.usage);
  return phase;
}

/** Text within the terminal's width, its lines continued under their first word. */
function lines(text: string, first = '', indent = ' '.repeat(first.length)): string[] {
  return wrap(text, outputWidth(), { first, indent });
}

const title = (text: string) => lines(text).map((line) => color().bold(line));

/** A heading, then each line of a multi-line message as a bullet. */
function bullets(heading: MessageKey, items: MessageKey): string[] {
  return [
    ...lines(t(heading), '   '),
    ...t(items)
      .split('\n')
      .flatMap((item) => lines(item, '     • ')),
  ];
}

function phaseSheet(phase: Phase): string[] {
  return [
    ...title(t(`guide.phase.${phase}.title`)),
    ...lines(t(`guide.hint.${phase}`), '   '),
    ...bullets('guide.do', `guide.phase.${phase}.do`),
    ...bullets('guide.avoid', `guide.phase.${phase}.avoid`),
  ];
}

function abusiveSheet(): string[] {
  return [
    ...title(t('guide.abusive.title')),
    ...lines(t('guide.hint.abusive'), '   '),
    ...lines(t('guide.abusive.intro'), '   '),
    ...ESCALATION.flatMap((step, index) => {
      const line = t('guide.step.line', {
        step: color().bold(t(`guide.step.${step}`)),
        detail: t(`guide.step.${step}.detail`),
      });
      return lines(line, `     ${index + 1}. `);
    }),
    ...lines(t('guide.abusive.record'), '   '),
    ...lines(t('guide.abusive.self'), '   '),
  ];
}

function sheet(part: Part): string[] {
  return part === 'abusive' ? abusiveSheet() : phaseSheet(part);
}

export const run: Handler<typeof DECLARATIONS.guide> = async (_args, { phase }) => {
  if (phase !== undefined) {
    for (const line of sheet(parsePart(phase))) printLine(line);
    return;
  }
  for (const line of title(t('guide.title'))) printLine(line);
  for (const part of [...PHASES, 'abusive'] as const) {
    printLine();
    for (const line of sheet(part)) printLine(line);
  }
  printLine();
  for (const line of lines(t('guide.footer'))) printLine(line);
};
