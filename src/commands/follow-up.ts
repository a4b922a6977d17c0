import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import { followUpStep, type FollowUp } from '../domain/lifecycle.js';
import { CHANNELS, type Channel } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import { parseChoice, parseId, text } from '../options/values.js';
import { askFor, type Ask } from '../prompts/ask.js';
import { comingDate, complaintFor, promised, recordStep } from './lifecycle.js';

interface Contact {
  channel?: Channel;
  note?: string;
  outcome?: string;
  next: FollowUp;
}

/** Why a typed callback date is refused, for the prompt to say it and ask again. */
function refusedDate(value: string, now: Date): string | null {
  try {
    comingDate('--callback', value, now);
    return null;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}

/** What was not given as options, asked in order: channel, note, outcome, what comes next. */
async function askContact(ask: Ask, given: Contact, nextGiven: boolean, now: Date): Promise<Contact> {
  const contact = { ...given };
  contact.channel ??= await ask.choose({
    message: t('followUp.ask.channel'),
    choices: CHANNELS.map((value) => ({ value, name: label('channel', value) })),
  });
  contact.note ??= text(await ask.text({ message: t('followUp.ask.note') }));
  contact.outcome ??= text(await ask.text({ message: t('followUp.ask.outcome') }));
  if (!nextGiven) {
    const next = await ask.choose({
      message: t('followUp.ask.next'),
      choices: (['callback', 'resolved', 'nothing'] as const).map((value) => ({
        value,
        name: t(`followUp.next.${value}`),
      })),
    });
    if (next === 'resolved') contact.next = { resolved: true };
    if (next === 'callback') {
      const when = await ask.text({
        message: t('followUp.ask.callback'),
        required: true,
        validate: (value) => refusedDate(value, now) ?? true,
      });
      contact.next = { callback: comingDate('--callback', when, now) };
    }
  }
  return contact;
}

export const run: Handler<(typeof DECLARATIONS)['follow-up']> = async ([idText], options, context) => {
  const id = parseId(idText);
  if (options.callback !== undefined && options.resolved) throw new UserError('followUp.both', {}, EXIT.usage);
  await withStore(context, async (store, clock) => {
    const now = clock();
    let contact: Contact = {
      channel:
        options.channel === undefined ? undefined : parseChoice('--channel', options.channel, CHANNELS, 'channel'),
      note: text(options.note),
      outcome: text(options.outcome),
      next: {
        callback: options.callback === undefined ? undefined : comingDate('--callback', options.callback, now),
        resolved: options.resolved,
      },
    };
    const complaint = await complaintFor(store, id, 'followUp');
    const nextGiven = options.callback !== undefined || options.resolved === true;
    if (contact.channel === undefined || contact.note === undefined || !nextGiven) {
      const ask = askFor(context, options);
      if (ask.interactive) contact = await askContact(ask, contact, nextGiven, now);
    }
    const step = followUpStep(complaint, contact.next, now);
    const details = {
      channel: contact.channel,
      note: contact.note,
      outcome: contact.outcome,
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
