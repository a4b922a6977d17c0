import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import { closeStep, parseSatisfaction, type Closing } from '../domain/lifecycle.js';
import { OUTCOMES } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import { parseId, text } from '../options/values.js';
import { parseChoice } from '../options/checks.js';
import { askFor, type Ask } from '../prompts/ask.js';
import { addAction, checkAction, offerAction } from './action.js';
import { complaintFor, recordStep, showCard } from './lifecycle.js';

function satisfaction(value: string): number {
  const mark = parseSatisfaction(value);
  if (mark === null) throw new UserError('close.satisfaction', { value }, EXIT.usage);
  return mark;
}

const MARKS = ['1', '2', '3', '4', '5'] as const;

/** What was not given as options nor recorded, asked in order: how it ends, the customer's mark,
 * then what caused the problem and what the shop learns from it (Enter skips each). A customer
 * left unhappy (3 or less) has the cause and the lesson asked first, with a word on why. */
async function askClosing(ask: Ask, given: Partial<Closing>): Promise<Partial<Closing>> {
  const answers = { ...given };
  const reflect = async () => {
    if (answers.satisfaction !== undefined && answers.satisfaction <= 3) ask.say(t('close.unhappy'));
    answers.cause ??= text(await ask.text({ message: t('close.ask.cause') }));
    answers.lesson ??= text(await ask.text({ message: t('close.ask.lesson') }));
  };
  const unhappy = answers.satisfaction !== undefined && answers.satisfaction <= 3;
  if (unhappy) await reflect();
  answers.outcome ??= await ask.choose({
    message: t('close.ask.outcome'),
    choices: OUTCOMES.map((value) => ({ value, name: label('outcome', value) })),
  });
  // Numbered from 1 to 5, so that the digit typed is the mark given.
  answers.satisfaction ??= Number(
    await ask.choose({
      message: t('close.ask.satisfaction'),
      choices: MARKS.map((value) => ({ value, name: t(`wizard.satisfaction.${value}`) })),
      default: '4',
    }),
  );
  if (!unhappy) await reflect();
  return answers;
}

/** The closing, once its outcome and mark are known: without a terminal they must be options. */
function complete({ outcome, satisfaction: mark, cause, lesson }: Partial<Closing>): Closing {
  if (outcome !== undefined && mark !== undefined) return { outcome, satisfaction: mark, cause, lesson };
  const missing = [outcome === undefined ? '--outcome' : '', mark === undefined ? '--satisfaction' : ''];
  throw new UserError('close.missing', { options: missing.filter(Boolean).join(', ') });
}

export const run: Handler<typeof DECLARATIONS.close> = async ([idText], options, context) => {
  const id = parseId(idText);
  const outcome =
    options.outcome === undefined ? undefined : parseChoice('--outcome', options.outcome, OUTCOMES, 'outcome');
  const mark = options.satisfaction === undefined ? undefined : satisfaction(options.satisfaction);
  if (options.action === undefined && (options.actionOwner !== undefined || options.actionDue !== undefined))
    throw new UserError('close.actionAlone', {}, EXIT.usage);
  await withStore(context, async (store, clock) => {
    const complaint = await complaintFor(store, id, 'close');
    const given =
      options.action === undefined
        ? null
        : await checkAction(
            { what: options.action, owner: options.actionOwner, due: options.actionDue },
            clock(),
            '--action-due',
          );
    // What was recorded already (settled at the counter, imported) is not asked again.
    let closing: Partial<Closing> = {
      outcome: outcome ?? complaint.outcome ?? undefined,
      satisfaction: mark ?? complaint.satisfaction ?? undefined,
      cause: text(options.cause),
      lesson: text(options.lesson),
    };
    const ask = askFor(context, options);
    if ([closing.outcome, closing.satisfaction, closing.cause, closing.lesson].some((answer) => answer === undefined)) {
      if (ask.interactive) {
        await showCard(ask, store, complaint, clock());
        closing = await askClosing(ask, closing);
      }
    }
    const closed = complete(closing);
    const operator = await context.operatorFor(store, options.operator);
    // dueAt: the callback this cancels, so that the next calendar export withdraws it.
    const details = { ...closed, dueAt: complaint.nextContactAt };
    await recordStep(
      store,
      { id, step: closeStep(complaint, closed, clock()), kind: EVENT_KINDS.closed, operator, details },
      options.json,
      () => t('close.done', { id, outcome: label('outcome', closed.outcome), satisfaction: closed.satisfaction }),
    );
    // The lesson made into a corrective action: given as options (checked before the close is
    // recorded), or offered at a terminal.
    const action = given ?? (ask.interactive ? await offerAction(ask, clock()) : null);
    if (action) await addAction(store, context, id, action, options.operator);
  });
};
