import type { Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EXIT, UserError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { color, printLine } from '../render/output.js';
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

/** A heading, then each line of a multi-line message as a bullet. */
function bullets(heading: MessageKey, lines: MessageKey): string[] {
  return [
    `   ${t(heading)}`,
    ...t(lines)
      .split('\n')
      .map((line) => `     • ${line}`),
  ];
}

function phaseSheet(phase: Phase): string[] {
  return [
    color().bold(t(`guide.phase.${phase}.title`)),
    `   ${t(`guide.hint.${phase}`)}`,
    ...bullets('guide.do', `guide.phase.${phase}.do`),
    ...bullets('guide.avoid', `guide.phase.${phase}.avoid`),
  ];
}

function abusiveSheet(): string[] {
  return [
    color().bold(t('guide.abusive.title')),
    `   ${t('guide.hint.abusive')}`,
    `   ${t('guide.abusive.intro')}`,
    ...ESCALATION.map((step, index) => {
      const line = t('guide.step.line', {
        step: color().bold(t(`guide.step.${step}`)),
        detail: t(`guide.step.${step}.detail`),
      });
      return `     ${index + 1}. ${line}`;
    }),
    `   ${t('guide.abusive.record')}`,
    `   ${t('guide.abusive.self')}`,
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
  printLine(color().bold(t('guide.title')));
  for (const part of [...PHASES, 'abusive'] as const) {
    printLine();
    for (const line of sheet(part)) printLine(line);
  }
  printLine();
  printLine(t('guide.footer'));
};
