import { callbackRulesOf, withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import type { CallbackRules } from '../domain/hours.js';
import { followUpStep, parseSatisfaction, type FollowUp } from '../domain/lifecycle.js';
import { CHANNELS, type Channel, type Complaint } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import { callbackOption, parseId, text, warnIfClosed } from '../options/values.js';
import { parseChoice } from '../options/checks.js';
import { sanitize } from '../format/sanitize.js';
import { askFor, type Ask } from '../prompts/ask.js';
import { askCallback, complaintFor, promised, recordStep, showCard } from './lifecycle.js';

interface Contact {
  channel?: Channel;
  note?: string;
  outcome?: string;
  /** The customer's own rating of the solution, 1 to 5, when asked (README, "The customer's rating"). */
  rating?: number;
  next: FollowUp;
}

function rating(value: string): number {
  const mark = parseSatisfaction(value);
  if (mark === null) throw new UserError('followUp.rating', { value: sanitize(value) });
  return mark;
}

/** The customer's marks, numbered from 1 to 5 so that the digit typed is the mark, then "not asked". */
const RATINGS = ['1', '2', '3', '4', '5', 'none'] as const;

/** How the customer was most likely reached: by phone for a promised callback, else the way
 * the complaint came in. */
function usualChannel(complaint: Complaint): Channel | undefined {
  if (complaint.status === 'awaiting_callback' || complaint.nextContactAt !== null) return 'phone';
  return complaint.channel ?? undefined;
}

/** What was not given as options, asked in order: channel, note, outcome, what comes next. */
async function askContact(
  ask: Ask,
  given: Contact,
  complaint: Complaint,
  { nextGiven, now, rules }: { nextGiven: boolean; now: Date; rules: CallbackRules },
): Promise<Contact> {
  const contact = { ...given };
  contact.channel ??= await ask.choose({
    message: t('followUp.ask.channel'),
    choices: CHANNELS.map((value) => ({ value, name: label('channel', value) })),
    default: usualChannel(complaint),
  });
  contact.note ??= text(await ask.text({ message: t('followUp.ask.note') }));
  contact.outcome ??= text(await ask.text({ message: t('followUp.ask.outcome') }));
  if (contact.rating === undefined) {
    const mark = await ask.choose({
      message: t('followUp.ask.rating'),
      choices: RATINGS.map((value) => ({
        value,
        name: value === 'none' ? t('followUp.rating.none') : t(`wizard.satisfaction.${value}`),
      })),
      default: 'none',
    });
    if (mark !== 'none') contact.rating = Number(mark);
  }
  // A closed complaint takes a contact, not a next step (reopen it for that).
  if (!nextGiven && complaint.status !== 'closed') {
    const next = await ask.choose({
      message: t('followUp.ask.next'),
      choices: (['callback', 'resolved', 'nothing'] as const).map((value) => ({
        value,
        name: t(`followUp.next.${value}`),
      })),
    });
    if (next === 'resolved') contact.next = { resolved: true };
    if (next === 'callback')
      contact.next = {
        callback: await askCallback(ask, { message: t('followUp.ask.callback'), required: true }, now, rules),
      };
  }
  return contact;
}

export const run: Handler<(typeof DECLARATIONS)['follow-up']> = async ([idText], options, context) => {
  const id = parseId(idText);
  if (options.callback !== undefined && options.resolved) throw new UserError('followUp.both', {}, EXIT.usage);
  await withStore(context, async (store, clock) => {
    const now = clock();
    const rules = await callbackRulesOf(store);
    let contact: Contact = {
      channel:
        options.channel === undefined ? undefined : parseChoice('--channel', options.channel, CHANNELS, 'channel'),
      note: text(options.note),
      outcome: text(options.outcome),
      rating: options.rating === undefined ? undefined : rating(options.rating),
      next: {
        callback:
          options.callback === undefined ? undefined : await callbackOption('--callback', options.callback, now, rules),
        resolved: options.resolved,
      },
    };
    const nextGiven = options.callback !== undefined || options.resolved === true;
    const complaint = await complaintFor(store, id, 'followUp', nextGiven);
    const closed = complaint.status === 'closed';
    if (contact.channel === undefined || contact.note === undefined || (!nextGiven && !closed)) {
      const ask = askFor(context, options);
      await showCard(ask, store, complaint, now);
      if (ask.interactive) contact = await askContact(ask, contact, complaint, { nextGiven, now, rules });
    }
    const step = followUpStep(complaint, contact.next, now);
    warnIfClosed(contact.next.callback, rules);
    const details = {
      channel: contact.channel,
      note: contact.note,
      outcome: contact.outcome,
      rating: contact.rating,
      dueAt: complaint.nextContactAt,
      nextContactAt: contact.next.callback?.toISOString(),
    };
    const operator = await context.operatorFor(store, options.operator);
    await recordStep(store, { id, step, kind: EVENT_KINDS.followUp, operator, details }, options.json, (updated) => {
      if (contact.next.callback) return t('followUp.done.callback', { id, when: promised(updated.nextContactAt!) });
      if (contact.next.resolved) return t('followUp.done.resolved', { id });
      return t('followUp.done.logged', { id });
    });
  });
};
