import { CHANNELS, MOODS, type Channel, type Mood } from '../domain/types.js';
import { label, t } from '../i18n/index.js';
import { phaseHeader, type Ask } from './ask.js';
import { askFactual } from './fields.js';
import { orNull, type Given, type ListenAnswers, type Setting } from './answers.js';

/** Phase 1: how the complaint came in, who records it, the customer's account, their mood. */
export async function askListen(ask: Ask, given: Given, setting: Setting): Promise<ListenAnswers> {
  phaseHeader(ask, 1);
  const channel =
    given.channel ??
    (await ask.choose<Channel>({
      message: t('wizard.q.channel'),
      choices: CHANNELS.map((value) => ({ value, name: label('channel', value) })),
      default: 'counter',
    }));
  const operator = given.operator ?? orNull(await ask.text({ message: t('wizard.q.operator'), default: setting.operator ?? undefined }));
  const account = given.account ?? (await askFactual(ask, { message: t('wizard.q.account'), required: true }, setting.noteWords));
  const mood =
    given.mood ??
    (await ask.choose<Mood>({
      message: t('wizard.q.mood'),
      choices: MOODS.map((value) => ({ value, name: label('mood', value) })),
      default: 'calm',
    }));
  return { channel, operator, account, mood };
}
