import { t } from '../i18n/index.js';
import { phaseHeader, type Ask } from './ask.js';
import type { Draft, Given } from './answers.js';

/**
 * Phase 3: was an apology (or regret for the situation) expressed? 'abusive' when the
 * customer became abusive instead: the wizard runs the protocol, then asks again. The note
 * about the apology is among the details (prompts/details.ts).
 */
export async function askApology(ask: Ask, given: Given, draft: Draft): Promise<'done' | 'abusive'> {
  phaseHeader(ask, 3);
  let apologised = given.apologised;
  if (apologised === undefined) {
    const answer = await ask.choose({
      message: t('wizard.q.apologised'),
      choices: [
        { value: 'yes', name: t('common.yes') },
        { value: 'no', name: t('common.no') },
        // Nobody apologises to someone who is insulting them: this is the way into the protocol.
        { value: 'abusive', name: t('wizard.turnedAbusive') },
      ],
      default: ask.interactive ? 'yes' : 'no',
    });
    if (answer === 'abusive') return 'abusive';
    apologised = answer === 'yes';
  }
  await draft.keep({
    patch: { apologised, ...(given.apologyNote === undefined ? {} : { apologyNote: given.apologyNote }) },
  });
  return 'done';
}
