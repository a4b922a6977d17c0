import { toneWarnings } from '../domain/tone.js';
import type { CustomerRequest, SolutionType } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { color } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { phaseHeader, type Ask } from './ask.js';
import { keepsAnswer } from './fields.js';
import { defined, type Draft, type Given } from './answers.js';

/** What the customer asked for says what kind of solution it is, when it can. */
const SUGGESTED: Partial<Record<CustomerRequest, SolutionType>> = {
  refund: 'refund',
  exchange: 'exchange',
  repair: 'repair',
  gesture: 'gesture',
  apology: 'explanation',
};

export function suggestedSolutionType(request: CustomerRequest | null): SolutionType | undefined {
  return request === null ? undefined : SUGGESTED[request];
}

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

/** Phase 4: what will be done; its kind when the request says it. Who does it, the kind
 * otherwise and the cost are among the details (prompts/details.ts), or given as options. */
export async function askSolution(
  ask: Ask,
  given: Given,
  request: CustomerRequest | null,
  draft: Draft,
): Promise<void> {
  phaseHeader(ask, 4);
  const solution = given.solution ?? (ask.interactive ? await askSolutionText(ask) : undefined);
  await draft.keep({
    patch: defined({
      solution,
      solutionType: given.solutionType ?? (solution === undefined ? undefined : suggestedSolutionType(request)),
      assignee: given.assignee,
      costCents: given.costCents,
    }),
  });
}
