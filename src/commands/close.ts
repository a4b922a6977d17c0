import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EVENT_KINDS } from '../domain/events.js';
import { closeStep, parseSatisfaction, type Closing } from '../domain/lifecycle.js';
import { OUTCOMES, type Outcome } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import { parseChoice, parseId, text } from '../options/values.js';
import { askFor, type Ask } from '../prompts/ask.js';
import { complaintFor, recordStep } from './lifecycle.js';

function satisfaction(value: string): number {
  const mark = parseSatisfaction(value);
  if (mark === null) throw new UserError('close.satisfaction', { value }, EXIT.usage);
  return mark;
}

/** The outcome and the mark not given as options, asked in that order. */
async function askClosing(
  ask: Ask,
  outcome: Outcome | undefined,
  mark: number | undefined,
): Promise<{ outcome: Outcome; satisfaction: number }> {
  const chosen =
    outcome ??
    (await ask.choose({
      message: t('close.ask.outcome'),
      choices: OUTCOMES.map((value) => ({ value, name: label('outcome', value) })),
    }));
  const typed =
    mark ??
    satisfaction(
      await ask.text({
        message: t('close.ask.satisfaction'),
        required: true,
        validate: (value) => parseSatisfaction(value) !== null || t('close.satisfaction', { value }),
      }),
    );
  return { outcome: chosen, satisfaction: typed };
}

export const run: Handler<typeof DECLARATIONS.close> = async ([idText], options, context) => {
  const id = parseId(idText);
  let outcome =
    options.outcome === undefined ? undefined : parseChoice('--outcome', options.outcome, OUTCOMES, 'outcome');
  let mark = options.satisfaction === undefined ? undefined : satisfaction(options.satisfaction);
  await withStore(context, async (store, clock) => {
    const complaint = await complaintFor(store, id, 'close');
    // What was recorded already (settled at the counter, imported) is not asked again.
    outcome ??= complaint.outcome ?? undefined;
    mark ??= complaint.satisfaction ?? undefined;
    if (outcome === undefined || mark === undefined) {
      const ask = askFor(context, options);
      if (!ask.interactive) {
        const missing = [outcome === undefined ? '--outcome' : '', mark === undefined ? '--satisfaction' : ''];
        throw new UserError('close.missing', { options: missing.filter(Boolean).join(', ') });
      }
      ({ outcome, satisfaction: mark } = await askClosing(ask, outcome, mark));
    }
    const closing: Closing = { outcome, satisfaction: mark, cause: text(options.cause), lesson: text(options.lesson) };
    const operator = await context.operatorFor(store, options.operator);
    // dueAt: the callback this cancels, so that the next calendar export withdraws it.
    const details = {
      outcome,
      satisfaction: mark,
      cause: closing.cause,
      lesson: closing.lesson,
      dueAt: complaint.nextContactAt,
    };
    await recordStep(
      store,
      { id, step: closeStep(complaint, closing, clock()), kind: EVENT_KINDS.closed, operator, details },
      options.json,
      () => t('close.done', { id, outcome: label('outcome', closing.outcome), satisfaction: closing.satisfaction }),
    );
  });
};
