import { searchKey } from '../domain/text.js';
import { CHANNELS, MOODS, type Channel, type Mood } from '../domain/types.js';
import { label, t } from '../i18n/index.js';
import { oneLine } from '../format/sanitize.js';
import { phaseHeader, type Ask } from './ask.js';
import { askFactual } from './fields.js';
import { orNull, type Draft, type Given, type Setting } from './answers.js';

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

/** The value of the team choice that lets a name be typed. */
const SOMEONE_ELSE = '';

/**
 * Who records: asked only when nobody is known (no --operator, no `operator` setting), then
 * with the last who recorded here as the suggestion; when the team (`operators`) has several
 * names, one choice among them, since several people share the counter's machine.
 */
async function askOperator(ask: Ask, given: Given, setting: Setting): Promise<string | null> {
  if (given.operator !== undefined) return given.operator;
  if (!ask.interactive) return setting.operator;
  const { team } = setting;
  if (team.length >= 2) {
    const inTeam = (name: string | null) => team.find((member) => name && searchKey(member) === searchKey(name));
    const picked = await ask.choose({
      message: t('wizard.q.operator'),
      choices: [
        ...team.map((member) => ({ value: member, name: oneLine(member) })),
        { value: SOMEONE_ELSE, name: t('wizard.operator.other') },
      ],
      default: inTeam(setting.lastOperator) ?? inTeam(setting.operator) ?? team[0],
    });
    if (picked !== SOMEONE_ELSE) return picked;
    return ask.text({ message: t('wizard.q.operatorName'), required: true });
  }
  if (setting.operatorConfigured) return setting.operator;
  const suggested = setting.lastOperator ?? setting.operator;
  return orNull(await ask.text({ message: t('wizard.q.operator'), default: suggested ?? undefined }));
}

/**
 * Phase 1: how the complaint came in, who records it, the customer's account (which creates
 * the draft: from then on nothing typed is lost), their mood. `opening` is the start of the
 * phase when it was asked already; a draft cut short here is asked its mood only.
 */
export async function askListen(
  ask: Ask,
  given: Given,
  setting: Setting,
  draft: Draft,
  opening?: Promise<Channel>,
): Promise<void> {
  if (draft.current) {
    phaseHeader(ask, 1);
  } else {
    const channel = await (opening ?? openListening(ask, given));
    const operator = await askOperator(ask, given, setting);
    const account =
      given.account ?? (await askFactual(ask, { message: t('wizard.q.account'), required: true }, setting.noteWords));
    await draft.keep({ patch: { channel, operator, account } });
  }
  const mood =
    given.mood ??
    (await ask.choose<Mood>({
      message: t('wizard.q.mood'),
      choices: MOODS.map((value) => ({ value, name: label('mood', value) })),
      default: 'calm',
    }));
  await draft.keep({ patch: { mood } });
}
