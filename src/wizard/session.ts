import { callbackRulesOf, withNewStore, type Context } from '../context.js';
import { attachmentLimit } from '../options/attachments.js';
import type { WizardOptions } from '../declarations.js';
import type { Channel, Complaint } from '../domain/types.js';
import { EXIT, Interrupted, UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import type { Ask } from '../prompts/ask.js';
import { openListening } from '../prompts/listen.js';
import { parseChoice } from '../options/checks.js';
import type { Setting } from '../prompts/answers.js';
import { printJson, printLine, printMessage, stdoutIsTerminal } from '../render/output.js';
import { checkWritable } from '../store/open.js';
import type { Store } from '../store/store.js';
import { existingCustomer, givenFrom, missingOptions } from './options.js';
import { runWizard } from './run.js';

// What `new` and `resume` share: the options read and checked before anything is
// written, the terminal or its absence, the interruption, the recap and the number.

/** Who recorded the newest complaint of the logbook: the one suggested at the counter. */
async function lastOperator(store: Store): Promise<string | null> {
  const [newest] = await store.listComplaints({ limit: 1 });
  return newest ? ((await store.getComplaint(newest.id))?.operator ?? null) : null;
}

async function settingFor(
  store: Store,
  context: Context,
  options: WizardOptions,
  { now, interactive }: { now: Date; interactive: boolean },
): Promise<Setting> {
  const list = async (key: string) =>
    ((await store.getSetting(key)) ?? '')
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
  const team = await list('operators');
  const operatorConfigured = Boolean(options.operator?.trim()) || (await store.getSetting('operator')) !== null;
  return {
    now,
    operator: await context.operatorFor(store, options.operator),
    operatorConfigured,
    team,
    // Only someone at the counter is asked who records.
    lastOperator: interactive && (team.length >= 2 || !operatorConfigured) ? await lastOperator(store) : null,
    categories: await list('categories'),
    callback: await callbackRulesOf(store),
    noteWords: await list('notes.words'),
    attachmentMax: await attachmentLimit(store),
    findCustomers: (query) => store.findCustomers(query),
  };
}

function sayInterrupted(id: number | null): void {
  try {
    printMessage('');
    printMessage(id === null ? t('wizard.interrupted.nothing') : t('wizard.interrupted.saved', { id }));
  } catch {
    // The terminal is gone: the draft is saved all the same.
  }
}

/** What the operator asked for once the complaint is saved: the acknowledgement to print,
 * with the customer's postal address when one was given (README, "Écrire au client"). */
export interface SessionEnd {
  id: number;
  acknowledgement: { address: string | undefined } | null;
}

/** Runs the wizard on a new complaint (`draftId` undefined) or on a draft, asking `ask`. */
export async function runSession(
  context: Context,
  options: WizardOptions,
  ask: Ask,
  draftId?: number,
): Promise<SessionEnd> {
  const { interactive } = ask;
  letterOption(options);
  // Nobody types a customer's account into a logbook that cannot keep it: checked with the
  // file system alone, before the first question.
  checkWritable(context.logbook);
  // A new complaint's first question needs nothing from the logbook: at the counter (a
  // terminal, no answer given as an option, which the logbook's settings may have to check)
  // it is on screen before the logbook opens, and the operator reads it while it does.
  const atCounter =
    interactive &&
    draftId === undefined &&
    Object.entries(options).every(([key, value]) => key === 'input' || value === undefined);
  const opening = atCounter ? openListening(ask, {}) : undefined;
  // The wizard awaits it; a run that ends before (a refused option, a logbook that cannot be
  // opened) cancels it below.
  opening?.catch(() => undefined);
  if (opening) await new Promise((drawn) => setImmediate(drawn));
  return withNewStore(context, (store, clock) =>
    session(store, clock, { context, options, interactive, ask, draftId, opening }),
  );
}

/** `--letter accuse` is the one letter the wizard makes; `--address` goes with it. */
function letterOption(options: WizardOptions): void {
  if (options.letter !== undefined) parseChoice('--letter', options.letter, ['accuse']);
  else if (options.address !== undefined) throw new UserError('wizard.letter.addressAlone', {}, EXIT.usage);
}

/**
 * The offer that ends phase 5, once the complaint is saved, when it is not settled and the
 * customer is at the counter or complained in writing: a printed acknowledgement, the postal
 * address asked when their record has none. Without a terminal, `--letter accuse` (and
 * `--address`) say it.
 */
async function offerAcknowledgement(
  ask: Ask,
  options: WizardOptions,
  complaint: Complaint,
): Promise<SessionEnd['acknowledgement']> {
  const address = options.address?.trim() || undefined;
  if (options.letter !== undefined) return { address };
  if (!ask.interactive || complaint.customer === null) return null;
  if (complaint.status === 'closed' || complaint.status === 'resolved') return null;
  if (complaint.channel !== 'counter' && complaint.writtenAt === null) return null;
  if (!(await ask.confirm({ message: t('wizard.q.letter'), default: false }))) return null;
  if (complaint.customer.address !== null) return { address: undefined };
  return { address: (await ask.text({ message: t('wizard.q.address') })) || undefined };
}

interface SessionStart {
  context: Context;
  options: WizardOptions;
  interactive: boolean;
  ask: Ask;
  draftId: number | undefined;
  opening: Promise<Channel> | undefined;
}

async function session(
  store: Store,
  clock: () => Date,
  { context, options, interactive, ask, draftId, opening }: SessionStart,
): Promise<SessionEnd> {
  const now = clock();
  const setting = await settingFor(store, context, options, { now, interactive });
  const given = await givenFrom(options, now, setting);
  if (given.customerId !== undefined && !(await store.getCustomer(given.customerId)))
    throw new UserError('error.customerNotFound', { id: given.customerId });
  let draft: Complaint | null = null;
  if (draftId !== undefined) {
    draft = await store.getComplaint(draftId);
    if (!draft) throw new UserError('error.notFound', { id: draftId });
    if (draft.status !== 'draft')
      throw new UserError('wizard.resume.notDraft', { id: draftId, status: label('status', draft.status) });
  }
  if (!interactive) {
    const missing = missingOptions(given, draft?.phaseReached ?? 0);
    if (missing.length > 0) throw new UserError('wizard.missing', { options: missing.join(' ') });
    if (given.customerName !== undefined && given.customerId === undefined && (draft?.phaseReached ?? 0) < 2) {
      given.customerId = existingCustomer(
        await store.findCustomers(given.customerName),
        given.customerName,
        given.phone,
      );
    }
  }

  const progress = { id: draft?.id ?? null };
  try {
    const { complaint, endedEarly } = await runWizard(
      { store, clock, ask, given, setting, ...(opening ? { opening } : {}) },
      draft,
      progress,
    );
    let acknowledgement: SessionEnd['acknowledgement'] = null;
    if (endedEarly) {
      printMessage(t('wizard.ended', { id: complaint.id }));
    } else {
      const { recapLines } = await import('./recap.js');
      const mediator = { name: await store.getSetting('mediator.name'), url: await store.getSetting('mediator.url') };
      ask.say('');
      for (const line of recapLines(complaint, mediator, await store.getSetting('shop.name'))) ask.say(line);
      printMessage(t('wizard.saved', { id: complaint.id, status: label('status', complaint.status) }));
      // The complaint is saved whole: Ctrl-C at the offer only declines it.
      acknowledgement = await offerAcknowledgement(ask, options, complaint).catch((error: unknown) => {
        if (error instanceof Interrupted) return null;
        throw error;
      });
    }
    // The bare number is for scripts: at a terminal, the saved line above already says it.
    if (options.json) printJson(complaint);
    else if (!stdoutIsTerminal()) printLine(String(complaint.id));
    return { id: complaint.id, acknowledgement };
  } catch (error) {
    // Ctrl-C or a closed terminal (prompts/ask.ts): the finished phases are saved.
    if (error instanceof Interrupted) sayInterrupted(progress.id);
    throw error;
  }
}
