import { toneWarnings } from '../domain/tone.js';
import { SOLUTION_TYPES, type CustomerRequest, type SolutionType } from '../domain/types.js';
import { label, t } from '../i18n/index.js';
import { color } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { phaseHeader, type Ask } from './ask.js';
import { parseEuros } from '../domain/money.js';
import { costCheck, keepsAnswer } from './fields.js';
import { orNull, type Given, type SolutionAnswers } from './answers.js';

/** What the customer asked for suggests the kind of solution. */
const SUGGESTED: Partial<Record<CustomerRequest, SolutionType>> = {
  refund: 'refund',
  exchange: 'exchange',
  repair: 'repair',
  gesture: 'gesture',
  apology: 'explanation',
};

/**
 * What will be done, said as a fact. "Non", "impossible" or a question bring a gentle
 * warning: the operator rewrites it or keeps it.
 */
async function askSolutionText(ask: Ask): Promise<string> {
  let text = await ask.text({ message: t('wizard.q.solution'), required: true });
  for (;;) {
    const warnings = toneWarnings(text);
    if (warnings.length === 0) return text;
    const phrases = warnings.map((w) =>
      w.kind === 'question' ? t('wizard.tone.question') : `« ${sanitize(w.phrase)} »`,
    );
    ask.say(color().yellow(t('wizard.tone.warning', { phrases: phrases.join(', ') })));
    if (await keepsAnswer(ask, t('wizard.tone.choice'), t('wizard.tone.rewrite'), t('wizard.tone.keep'))) return text;
    text = await ask.text({ message: t('wizard.q.solution'), default: text, required: true });
  }
}

/** Phase 4: what will be done, of what kind, by whom, at what cost. */
export async function askSolution(ask: Ask, given: Given, request: CustomerRequest | null): Promise<SolutionAnswers> {
  phaseHeader(ask, 4);
  const solution = given.solution ?? (ask.interactive ? await askSolutionText(ask) : null);
  const solutionType =
    given.solutionType ??
    (ask.interactive
      ? await ask.choose<SolutionType>({
          message: t('wizard.q.solutionType'),
          choices: SOLUTION_TYPES.map((value) => ({ value, name: label('solution', value) })),
          default: request ? SUGGESTED[request] : undefined,
        })
      : null);
  let assignee = given.assignee ?? null;
  if (given.assignee === undefined && ask.interactive) {
    const who = await ask.choose({
      message: t('wizard.q.who'),
      choices: [
        { value: 'me', name: t('wizard.who.me') },
        { value: 'colleague', name: t('wizard.who.colleague') },
      ],
      default: 'me',
    });
    if (who === 'colleague') assignee = await ask.text({ message: t('wizard.q.assignee'), required: true });
  }
  const costCents = given.costCents ?? parseEuros(await ask.text({ message: t('wizard.q.cost'), validate: costCheck }));
  return { solution: solution === null ? null : orNull(solution), solutionType, assignee, costCents };
}
