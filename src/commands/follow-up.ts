import type { Command } from 'commander';
import { callbackRulesOf, mayAsk, operatorFor, withStore } from '../context.js';
import { EVENT_KINDS } from '../domain/events.js';
import { callbackAt, morningTime, type CallbackRules } from '../domain/hours.js';
import { followUpStep, type FollowUp } from '../domain/lifecycle.js';
import { dateReader } from '../domain/spoken-dates.js';
import { CHANNELS, type Channel } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, lang, t } from '../i18n/index.js';
import { dateCheck } from '../prompts/fields.js';
import { asking, complaintFor, promised, recordStep, text, type WriteOptions } from './lifecycle.js';
import { callbackOption, parseChoice, parseId, warnIfClosed } from './options.js';

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

async function ask(
  given: Contact,
  options: Options,
  now: Date,
  rules: CallbackRules,
  closed: boolean,
): Promise<Contact> {
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
        const read = await dateReader(lang());
        const reading = { direction: 'future', lang: lang(), morning: morningTime(rules) } as const;
        const when = await input({ message: t('followUp.ask.callback'), validate: dateCheck(read, now, reading) });
        contact.next = { callback: callbackAt(read(when, now, reading)!, now, rules) };
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
    const rules = await callbackRulesOf(store);
    let contact: Contact = {
      channel:
        options.channel === undefined ? undefined : parseChoice('--channel', options.channel, CHANNELS, 'channel'),
      note: text(options.note),
      outcome: text(options.outcome),
      next: {
        callback:
          options.callback === undefined ? undefined : await callbackOption('--callback', options.callback, now, rules),
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
    if (missing && mayAsk(options)) contact = await ask(contact, options, now, rules, closed);
    const step = followUpStep(complaint, contact.next, now);
    warnIfClosed(contact.next.callback, rules);
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
