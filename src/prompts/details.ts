import type { NewAttachment } from '../domain/attachments.js';
import { parseEuros } from '../domain/money.js';
import { UserError } from '../errors.js';
import { readAttachmentFile } from '../options/attachments.js';
import { SOLUTION_TYPES, type Complaint, type SolutionType } from '../domain/types.js';
import { label, t } from '../i18n/index.js';
import { formatCost } from '../format/numbers.js';
import { sanitize } from '../format/sanitize.js';
import { color } from '../render/output.js';
import type { CustomerInput } from '../store/store.js';
import type { Ask, TextQuestion } from './ask.js';
import { askGoods } from './facts.js';
import { askFactual, costCheck, emailCheck, phoneCheck } from './fields.js';
import { suggestedSolutionType } from './solution.js';
import type { Draft, Given, Setting } from './answers.js';

// The optional answers, one choice of phase 5 away ("add details first"): who the customer
// is beyond a name and phone, the order, the product, the facts, the note on the apology, the
// kind of solution, who does it, its cost. Each is asked with what is on file as its answer
// (Enter keeps it) and kept as soon as it is given. What was given as an option is not asked.

/** A value on file offered as the answer Enter keeps: only one that shows as it is stored. */
function shown(value: string | null | undefined): string | undefined {
  return value && !/\n/.test(value) && sanitize(value) === value ? value : undefined;
}

/** The answer typed, or undefined when Enter kept the value on file. */
async function revise(
  ask: Ask,
  question: TextQuestion,
  current: string | null | undefined,
  words?: readonly string[],
): Promise<string | undefined> {
  const asked = { ...question, default: shown(current) };
  const answer = words ? await askFactual(ask, asked, words) : await ask.text(asked);
  return answer === '' || answer === (current ?? '') ? undefined : answer;
}

async function askCustomerDetails(ask: Ask, given: Given, draft: Draft, complaint: Complaint): Promise<void> {
  const customer = complaint.customer;
  const save = async (patch: Partial<CustomerInput>) => {
    if (Object.values(patch).some((value) => value !== undefined)) await draft.keep({ customerPatch: patch });
  };
  if (given.business === undefined) {
    const business = await ask.confirm({ message: t('wizard.q.business'), default: complaint.business });
    await draft.keep({ patch: { business } });
    if (business && given.company === undefined)
      await save({ company: await revise(ask, { message: t('wizard.q.company') }, customer?.company) });
  }
  if (given.phone === undefined)
    await save({ phone: await revise(ask, { message: t('wizard.q.phone'), validate: phoneCheck }, customer?.phone) });
  if (given.email === undefined)
    await save({ email: await revise(ask, { message: t('wizard.q.email'), validate: emailCheck }, customer?.email) });
}

async function askSolutionDetails(ask: Ask, given: Given, draft: Draft, complaint: Complaint): Promise<void> {
  if (given.solutionType === undefined) {
    const solutionType = await ask.choose<SolutionType>({
      message: t('wizard.q.solutionType'),
      choices: SOLUTION_TYPES.map((value) => ({ value, name: label('solution', value) })),
      default: complaint.solutionType ?? suggestedSolutionType(complaint.request),
    });
    await draft.keep({ patch: { solutionType } });
  }
  if (given.assignee === undefined) {
    const who = await ask.choose({
      message: t('wizard.q.who'),
      choices: [
        { value: 'me', name: t('wizard.who.me') },
        { value: 'colleague', name: t('wizard.who.colleague') },
      ],
      default: complaint.assignee ? 'colleague' : 'me',
    });
    const assignee =
      who === 'me'
        ? null
        : await ask.text({ message: t('wizard.q.assignee'), default: shown(complaint.assignee), required: true });
    await draft.keep({ patch: { assignee } });
  }
  if (given.costCents === undefined) {
    const cost = await revise(
      ask,
      { message: t('wizard.q.cost'), validate: costCheck },
      formatCost(complaint.costCents),
    );
    if (cost !== undefined) await draft.keep({ patch: { costCents: parseEuros(cost) } });
  }
}

/** A path as a terminal gives it when a file is dropped on it: between quotes, or with its
 * spaces escaped; `~/` is the home folder. */
export function typedPath(text: string, home: string | undefined): string {
  let path = text.trim();
  if (/^(['"]).*\1$/.test(path) && path.length >= 2) path = path.slice(1, -1);
  else path = path.replace(/\\(.)/g, '$1');
  return home && path.startsWith('~/') ? `${home}${path.slice(1)}` : path;
}

/** A photo of the defect, the receipt, a label: a path at a time, each file checked as it is
 * typed (README, "Joindre une pièce"), attached at once; Enter alone goes on. */
async function askAttachments(ask: Ask, setting: Setting, draft: Draft): Promise<void> {
  for (;;) {
    let file: NewAttachment | null = null;
    const validate = (value: string): string | true => {
      if (value.trim() === '') return true;
      try {
        file = readAttachmentFile(typedPath(value, process.env.HOME), setting.attachmentMax);
        return true;
      } catch (error) {
        if (error instanceof UserError) return error.message;
        throw error;
      }
    };
    const answer = await ask.text({ message: t('wizard.attach.ask'), validate });
    if (answer.trim() === '' || file === null) return;
    const attached: NewAttachment = file;
    await draft.attach(attached);
    ask.say(t('wizard.attach.added', { name: sanitize(attached.name) }));
  }
}

/** The details, in the order of the phases they belong to. */
export async function askDetails(ask: Ask, given: Given, setting: Setting, draft: Draft): Promise<void> {
  const complaint = (): Complaint => draft.current!;
  /** A text field of the complaint; notes about the customer get the notes check (`words`). */
  const field = async (
    name: 'orderRef' | 'product' | 'facts' | 'apologyNote',
    message: string,
    words?: readonly string[],
  ) => {
    const value = await revise(ask, { message }, complaint()[name], words);
    if (value !== undefined) await draft.keep({ patch: { [name]: value } });
  };
  ask.say('');
  ask.say(color().bold(t('wizard.details.title')));
  await askCustomerDetails(ask, given, draft, complaint());
  if (given.orderRef === undefined) await field('orderRef', t('wizard.q.order'));
  if (given.product === undefined) await field('product', t('wizard.q.product'));
  if (complaint().purchaseDate === null) await askGoods(ask, given, setting, draft);
  await field('facts', t('wizard.q.facts'), setting.noteWords);
  await askAttachments(ask, setting, draft);
  if (given.apologyNote === undefined) await field('apologyNote', t('wizard.q.apologyNote'), setting.noteWords);
  await askSolutionDetails(ask, given, draft, complaint());
}
