import { isoDay } from '../domain/dates.js';
import { callbackAt, isWithinHours, morningTime, suggestedCallback, type CallbackRules } from '../domain/hours.js';
import { concernsGoods } from '../domain/warranty.js';
import type { Complaint } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { formatFull } from '../format/dates.js';
import { sanitize } from '../format/sanitize.js';
import { color } from '../render/output.js';
import { phaseHeader, type Ask } from './ask.js';
import { askDate, askFactual, askPastDay, phoneCheck, sayDate } from './fields.js';
import { orNull, type ClosingAnswers, type Draft, type Given, type Setting } from './answers.js';

/** 25/11/2026 10:00: the suggested callback, typed the way the operator would type it. */
function typedCallback(now: Date, rules: CallbackRules): string {
  const at = suggestedCallback(now, rules);
  const [year, month, day] = isoDay(at).split('-');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}/${month}/${year} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

async function askSatisfaction(ask: Ask, given: Given): Promise<number | null> {
  if (given.satisfaction !== undefined || !ask.interactive) return given.satisfaction ?? null;
  const score = await ask.choose({
    message: t('wizard.q.satisfaction'),
    choices: ['5', '4', '3', '2', '1'].map((value) => ({
      value,
      name: t(`wizard.satisfaction.${value as '1' | '2' | '3' | '4' | '5'}`),
    })),
    default: '4',
  });
  return Number(score);
}

/**
 * When to call back: Enter takes the suggested callback (`callback.delay` open days ahead at
 * `callback.time`); what is typed is said back in full, and a time when the shop is closed
 * is kept only once confirmed. Null when left empty: no callback is promised.
 */
async function askCallback(ask: Ask, setting: Setting): Promise<string | null> {
  const { now, callback } = setting;
  const suggested = ask.interactive ? typedCallback(now, callback) : undefined;
  for (;;) {
    const typed = await askDate(
      ask,
      { message: t('wizard.q.callback'), default: suggested },
      now,
      'future',
      morningTime(callback),
    );
    if (!typed) return null;
    const at = callbackAt(typed, now, callback);
    sayDate(ask, at, true);
    if (isWithinHours(callback.hours, at)) return at.toISOString();
    const keep = await ask.confirm({
      message: t('wizard.q.callbackClosed', { when: formatFull(at, true), hours: sanitize(callback.hoursText) }),
      default: false,
    });
    if (keep) return at.toISOString();
  }
}

/**
 * The mediator may turn a consumer's case down unless the customer first complained to the
 * shop in writing: said to the operator when a consumer's complaint is not settled on the
 * spot, and for goods, whether (and when) they did so is asked.
 */
async function askWritten(ask: Ask, given: Given, setting: Setting, complaint: Complaint, draft: Draft): Promise<void> {
  if (!ask.interactive || complaint.business) return;
  ask.say(color().dim(t('wizard.written.why')));
  if (given.writtenAt !== undefined || complaint.writtenAt !== null || !concernsGoods(complaint)) return;
  if (!(await ask.confirm({ message: t('wizard.q.written'), default: false }))) return;
  const day = await askPastDay(ask, t('wizard.q.writtenAt'), setting.now, true);
  if (day) await draft.keep({ patch: { writtenAt: isoDay(day) } });
}

async function askLater(ask: Ask, given: Given, setting: Setting, draft: Draft, detailed: boolean) {
  const complaint = draft.current!;
  const nextContactAt = given.callbackAt ?? (await askCallback(ask, setting));
  await draft.keep({ patch: { nextContactAt } });
  // The number on file is the one called back: asked only when there is none.
  const known = complaint.callbackPhone ?? complaint.customer?.phone ?? given.phone ?? null;
  const callbackPhone =
    nextContactAt === null || known !== null || !ask.interactive
      ? nextContactAt && known
      : orNull(await ask.text({ message: t('wizard.q.callbackPhone'), validate: phoneCheck }));
  await draft.keep({ patch: { callbackPhone } });
  await askWritten(ask, given, setting, complaint, draft);
  const callbackNote =
    given.note ??
    (detailed ? orNull(await askFactual(ask, { message: t('wizard.q.callbackNote') }, setting.noteWords)) : null);
  return { kind: 'later' as const, nextContactAt, callbackPhone, callbackNote };
}

/**
 * Phase 5: settled on the spot (fully or in part, then the customer's mark), or a callback
 * (when, on which number). The same question leads to the optional details, asked before
 * it is put again (`offerDetails`), and to the abusive-customer protocol. `detailed`: the
 * details were asked, so the callback's note is too.
 */
export async function askClosing(
  ask: Ask,
  given: Given,
  setting: Setting,
  draft: Draft,
  { first, offerDetails, detailed }: { first: boolean; offerDetails: boolean; detailed: boolean },
): Promise<ClosingAnswers> {
  if (first) phaseHeader(ask, 5);
  let choice = given.resolved ? 'now' : given.callbackAt !== undefined ? 'later' : undefined;
  choice ??= await ask.choose({
    message: t('wizard.q.solvedNow'),
    choices: [
      { value: 'now', name: t('wizard.solved.now') },
      { value: 'partial', name: t('wizard.solved.partial') },
      { value: 'later', name: t('wizard.solved.later') },
      ...(offerDetails ? [{ value: 'details', name: t('wizard.solved.details') }] : []),
      { value: 'abusive', name: t('wizard.turnedAbusive') },
    ],
    default: 'later',
  });
  if (choice === 'abusive' || choice === 'details') return { kind: choice };
  if (choice === 'now' || choice === 'partial')
    return {
      kind: 'solved',
      outcome: choice === 'now' ? 'resolved' : 'partial',
      satisfaction: await askSatisfaction(ask, given),
    };
  return askLater(ask, given, setting, draft, detailed);
}
