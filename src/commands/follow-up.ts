import type { Command } from 'commander';
import { mayAsk, operatorFor, withStore } from '../context.js';
import { EVENT_KINDS } from '../domain/events.js';
import { followUpStep, type FollowUp } from '../domain/lifecycle.js';
import { CHANNELS, type Channel } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import { asking, comingDate, complaintFor, promised, recordStep, text, type WriteOptions } from './lifecycle.js';
import { parseChoice, parseId } from './options.js';

interface Options extends WriteOptions {
  channel?: string;
  note?: string;
  outcome?: string;
  callback?: string;
  resolved?: boolean;
}

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

async function ask(given: Contact, options: Options, now: Date, closed: boolean): Promise<Contact> {
  const { input, select } = await import('@inquirer/prompts');
  return asking(async () => {
    const contact = { ...given };
    contact.channel ??= await select({
      message: t('followUp.ask.channel'),
      choices: CHANNELS.map((value) => ({ value, name: label('channel', value) })),
    });
    contact.note ??= text(await input({ message: t('followUp.ask.note') }));
    contact.outcome ??= text(await input({ message: t('followUp.ask.outcome') }));
    // A closed complaint takes a contact, not a next step (reopen it for that).
    if (options.callback === undefined && !options.resolved && !closed) {
      const next = await select({
        message: t('followUp.ask.next'),
        choices: (['callback', 'resolved', 'nothing'] as const).map((value) => ({
          value,
          name: t(`followUp.next.${value}`),
        })),
      });
      if (next === 'resolved') contact.next = { resolved: true };
      if (next === 'callback') {
        const when = await input({
          message: t('followUp.ask.callback'),
          validate: (value) => refusedDate(value, now) ?? true,
        });
        contact.next = { callback: comingDate('--callback', when, now) };
      }
    }
    return contact;
  });
}

export async function run(command: Command): Promise<void> {
  const [idText] = command.processedArgs as [string];
  const id = parseId(idText);
  const options = command.opts<Options>();
  if (options.callback !== undefined && options.resolved) throw new UserError('followUp.both', {}, EXIT.usage);
  await withStore(command, async (store, clock) => {
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
    const movesOn = options.callback !== undefined || options.resolved === true;
    const complaint = await complaintFor(store, id, 'followUp', movesOn);
    const closed = complaint.status === 'closed';
    const missing =
      contact.channel === undefined ||
      contact.note === undefined ||
      (options.callback === undefined && !options.resolved && !closed);
    if (missing && mayAsk(options)) contact = await ask(contact, options, now, closed);
    const step = followUpStep(complaint, contact.next, now);
    const details = {
      channel: contact.channel,
      note: contact.note,
      outcome: contact.outcome,
      dueAt: complaint.nextContactAt,
      nextContactAt: contact.next.callback?.toISOString(),
    };
    const operator = await operatorFor(store, options.operator);
    await recordStep(store, { id, step, kind: EVENT_KINDS.followUp, operator, details }, options.json, (updated) => {
      if (contact.next.callback) return t('followUp.done.callback', { id, when: promised(updated.nextContactAt!) });
      if (contact.next.resolved) return t('followUp.done.resolved', { id });
      return t('followUp.done.logged', { id });
    });
  });
}
