import { callbackRulesOf, withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import { callbackAt, morningTime, type CallbackRules } from '../domain/hours.js';
import { followUpStep, parseSatisfaction, type FollowUp } from '../domain/lifecycle.js';
import { dateReader } from '../domain/spoken-dates.js';
import { CHANNELS, type Channel } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, lang, t } from '../i18n/index.js';
import { callbackOption, parseChoice, parseId, text, warnIfClosed } from '../options/values.js';
import { sanitize } from '../format/sanitize.js';
import { askFor, type Ask } from '../prompts/ask.js';
import { dateCheck } from '../prompts/fields.js';
import { complaintFor, promised, recordStep } from './lifecycle.js';

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

/** What was not given as options, asked in order: channel, note, outcome, what comes next
 * (not for a closed complaint: it takes a contact, not a next step; reopen it for that). */
async function askContact(
  ask: Ask,
  given: Contact,
  nextSettled: boolean,
  now: Date,
  rules: CallbackRules,
): Promise<Contact> {
  const contact = { ...given };
  contact.channel ??= await ask.choose({
    message: t('followUp.ask.channel'),
    choices: CHANNELS.map((value) => ({ value, name: label('channel', value) })),
  });
  contact.note ??= text(await ask.text({ message: t('followUp.ask.note') }));
  contact.outcome ??= text(await ask.text({ message: t('followUp.ask.outcome') }));
  if (contact.rating === undefined) {
    const typed = await ask.text({
      message: t('followUp.ask.rating'),
      validate: (value) => parseSatisfaction(value) !== null || t('followUp.rating', { value: sanitize(value) }),
    });
    if (typed.trim() !== '') contact.rating = rating(typed);
  }
  if (!nextSettled) {
    const next = await ask.choose({
      message: t('followUp.ask.next'),
      choices: (['callback', 'resolved', 'nothing'] as const).map((value) => ({
        value,
        name: t(`followUp.next.${value}`),
      })),
    });
    if (next === 'resolved') contact.next = { resolved: true };
    if (next === 'callback') {
      const read = await dateReader(lang());
      const reading = { direction: 'future', lang: lang(), morning: morningTime(rules) } as const;
      const when = await ask.text({
        message: t('followUp.ask.callback'),
        required: true,
        validate: dateCheck(read, now, reading),
      });
      contact.next = { callback: callbackAt(read(when, now, reading)!, now, rules) };
    }
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
      if (ask.interactive) contact = await askContact(ask, contact, nextGiven || closed, now, rules);
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
