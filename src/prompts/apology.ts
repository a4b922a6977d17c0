import { t } from '../i18n/index.js';
import { phaseHeader, type Ask } from './ask.js';
import { askFactual } from './fields.js';
import { orNull, type ApologyAnswers, type Given, type Setting } from './answers.js';

/** Phase 3: was an apology (or regret for the situation) expressed? */
export async function askApology(ask: Ask, given: Given, setting: Setting): Promise<ApologyAnswers> {
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
    if (answer === 'abusive') return { apologised: false, apologyNote: null, turnedAbusive: true };
    apologised = answer === 'yes';
  }
  const apologyNote =
    given.apologyNote ?? orNull(await askFactual(ask, { message: t('wizard.q.apologyNote') }, setting.noteWords));
  return { apologised, apologyNote, turnedAbusive: false };
}
