import { CHANNELS, MOODS, type Channel, type Mood } from '../domain/types.js';
import { label, t } from '../i18n/index.js';
import { phaseHeader, type Ask } from './ask.js';
import { askFactual } from './fields.js';
import { orNull, type Given, type ListenAnswers, type Setting } from './answers.js';

/** The start of phase 1: its header and how the complaint came in. It needs nothing from
 * the logbook, so the wizard can ask it while the logbook opens (wizard/session.ts). */
export function openListening(ask: Ask, given: Pick<Given, 'channel'>): Promise<Channel> {
  phaseHeader(ask, 1);
  if (given.channel !== undefined) return Promise.resolve(given.channel);
  return ask.choose<Channel>({
    message: t('wizard.q.channel'),
    choices: CHANNELS.map((value) => ({ value, name: label('channel', value) })),
    default: 'counter',
  });
}

/** Phase 1: how the complaint came in, who records it, the customer's account, their mood.
 * `opening` is the start of the phase when it was asked already. */
export async function askListen(
  ask: Ask,
  given: Given,
  setting: Setting,
  opening?: Promise<Channel>,
): Promise<ListenAnswers> {
  const channel = await (opening ?? openListening(ask, given));
  const operator =
    given.operator ??
    orNull(await ask.text({ message: t('wizard.q.operator'), default: setting.operator ?? undefined }));
  const account =
    given.account ?? (await askFactual(ask, { message: t('wizard.q.account'), required: true }, setting.noteWords));
  const mood =
    given.mood ??
    (await ask.choose<Mood>({
      message: t('wizard.q.mood'),
      choices: MOODS.map((value) => ({ value, name: label('mood', value) })),
      default: 'calm',
    }));
  return { channel, operator, account, mood };
}
