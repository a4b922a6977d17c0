import { isoDay } from '../domain/dates.js';
import { callbackAt, morningTime, suggestedCallback, type CallbackRules } from '../domain/hours.js';
import type { Outcome } from '../domain/types.js';
import { label, t } from '../i18n/index.js';
import { phaseHeader, type Ask } from './ask.js';
import { askDate, askFactual, phoneCheck } from './fields.js';
import { orNull, type ClosingAnswers, type Given, type Setting } from './answers.js';

/** 25/11/2026 10:00: the suggested callback, typed the way the operator would type it. */
function typedCallback(now: Date, rules: CallbackRules): string {
  const at = suggestedCallback(now, rules);
  const [year, month, day] = isoDay(at).split('-');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}/${month}/${year} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

async function askSolved(ask: Ask, given: Given): Promise<ClosingAnswers> {
  const outcome = ask.interactive
    ? await ask.choose<Outcome>({
        message: t('wizard.q.outcome'),
        choices: (['resolved', 'partial'] as const).map((value) => ({ value, name: label('outcome', value) })),
        default: 'resolved',
      })
    : 'resolved';
  let satisfaction = given.satisfaction ?? null;
  if (satisfaction === null && ask.interactive) {
    const score = await ask.choose({
      message: t('wizard.q.satisfaction'),
      choices: ['5', '4', '3', '2', '1'].map((value) => ({
        value,
        name: t(`wizard.satisfaction.${value as '1' | '2' | '3' | '4' | '5'}`),
      })),
      default: '4',
    });
    satisfaction = Number(score);
  }
  return { kind: 'solved', outcome, satisfaction };
}

/**
 * Phase 5: solved on the spot (outcome, satisfaction) or not yet (when to call back,
 * on which number, with a note). `phone` is the customer's number from phase 2.
 */
export async function askClosing(
  ask: Ask,
  given: Given,
  setting: Setting,
  phone: string | null,
  assignee: string | null,
): Promise<ClosingAnswers> {
  phaseHeader(ask, 5);
  let choice = given.resolved ? 'now' : given.callbackAt !== undefined ? 'later' : undefined;
  choice ??= await ask.choose({
    message: t('wizard.q.solvedNow'),
    choices: [
      { value: 'now', name: t('wizard.solved.now') },
      { value: 'later', name: t('wizard.solved.later') },
      { value: 'abusive', name: t('wizard.turnedAbusive') },
    ],
    default: 'later',
  });
  if (choice === 'abusive') return { kind: 'abusive' };
  if (choice === 'now') return askSolved(ask, given);

  // A colleague who takes the complaint over may set the callback themselves.
  const suggested = ask.interactive && !assignee ? typedCallback(setting.now, setting.callback) : undefined;
  const question = { message: t('wizard.q.callback'), default: suggested };
  const typed =
    given.callbackAt === undefined
      ? await askDate(ask, question, setting.now, 'future', morningTime(setting.callback))
      : null;
  const nextContactAt = given.callbackAt ?? (typed && callbackAt(typed, setting.now, setting.callback).toISOString());
  const callbackPhone =
    nextContactAt === null
      ? null
      : orNull(
          await ask.text({ message: t('wizard.q.callbackPhone'), default: phone ?? undefined, validate: phoneCheck }),
        );
  const callbackNote =
    given.note ?? orNull(await askFactual(ask, { message: t('wizard.q.callbackNote') }, setting.noteWords));
  return { kind: 'later', nextContactAt, callbackPhone, callbackNote };
}
