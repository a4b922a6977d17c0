import { t } from '../i18n/index.js';
import { color } from '../render/output.js';
import type { Ask } from './ask.js';

// The escalation protocol for an abusive customer, in the method's order. Each step
// taken is handed to `record` at once (the wizard saves it as an event before the next
// question), so what happened is kept even if the terminal closes.

const ESCALATION_STEPS = ['personalise', 'limits', 'transfer', 'end_call', 'security'] as const;
type EscalationStep = (typeof ESCALATION_STEPS)[number];

interface EscalationResult {
  /** The call was ended (or security called): the wizard stops here. */
  ended: boolean;
}

export async function runEscalation(
  ask: Ask,
  record: (step: EscalationStep, to?: string) => Promise<void>,
): Promise<EscalationResult> {
  ask.say('');
  ask.say(color().bold(t('wizard.abusive.title')));
  ask.say(color().dim(t('guide.hint.abusive')));
  let ended = false;
  for (const step of ESCALATION_STEPS) {
    // Security stays on offer after the call is ended: threats may need it.
    ask.say(color().dim(`${t(`guide.step.${step}`)} — ${t(`guide.step.${step}.detail`)}`));
    const answer = await ask.choose({
      message: t(`wizard.abusive.q.${step}`),
      choices: [
        { value: 'done', name: t('wizard.abusive.done') },
        { value: 'next', name: t(step === 'security' ? 'wizard.abusive.notNeeded' : 'wizard.abusive.next') },
        ...(ended ? [] : [{ value: 'calm', name: t('wizard.abusive.calm') }]),
      ],
      default: 'done',
    });
    if (answer === 'calm') return { ended: false };
    if (answer === 'next') continue;
    const to = step === 'transfer' ? await ask.text({ message: t('wizard.q.assignee'), required: true }) : undefined;
    await record(step, to);
    if (step === 'end_call' || step === 'security') ended = true;
  }
  return { ended };
}
