import type { Command } from 'commander';
import { mayAsk, operatorFor, withStore } from '../context.js';
import { EVENT_KINDS } from '../domain/events.js';
import { closeStep, parseSatisfaction, type Closing } from '../domain/lifecycle.js';
import { OUTCOMES, type Outcome } from '../domain/types.js';
import { UserError } from '../errors.js';
import { label, t } from '../i18n/index.js';
import { asking, complaintFor, recordStep, text, type WriteOptions } from './lifecycle.js';
import { parseChoice, parseId } from './options.js';

interface Options extends WriteOptions {
  outcome?: string;
  satisfaction?: string;
  cause?: string;
  lesson?: string;
}

function satisfaction(value: string): number {
  const mark = parseSatisfaction(value);
  if (mark === null) throw new UserError('close.satisfaction', { value });
  return mark;
}

async function ask(
  outcome: Outcome | undefined,
  mark: number | undefined,
): Promise<{ outcome: Outcome; satisfaction: number }> {
  const { input, select } = await import('@inquirer/prompts');
  return asking(async () => ({
    outcome:
      outcome ??
      (await select({
        message: t('close.ask.outcome'),
        choices: OUTCOMES.map((value) => ({ value, name: label('outcome', value) })),
      })),
    satisfaction:
      mark ??
      satisfaction(
        await input({
          message: t('close.ask.satisfaction'),
          validate: (value) => parseSatisfaction(value) !== null || t('close.satisfaction', { value }),
        }),
      ),
  }));
}

export async function run(command: Command): Promise<void> {
  const [idText] = command.processedArgs as [string];
  const id = parseId(idText);
  const options = command.opts<Options>();
  let outcome =
    options.outcome === undefined ? undefined : parseChoice('--outcome', options.outcome, OUTCOMES, 'outcome');
  let mark = options.satisfaction === undefined ? undefined : satisfaction(options.satisfaction);
  await withStore(command, async (store, clock) => {
    const complaint = await complaintFor(store, id, 'close');
    // What was recorded already (settled at the counter, imported) is not asked again.
    outcome ??= complaint.outcome ?? undefined;
    mark ??= complaint.satisfaction ?? undefined;
    if (outcome === undefined || mark === undefined) {
      if (!mayAsk(options)) {
        const missing = [outcome === undefined ? '--outcome' : '', mark === undefined ? '--satisfaction' : ''].filter(
          Boolean,
        );
        throw new UserError('close.missing', { options: missing.join(', ') });
      }
      ({ outcome, satisfaction: mark } = await ask(outcome, mark));
    }
    const closing: Closing = { outcome, satisfaction: mark, cause: text(options.cause), lesson: text(options.lesson) };
    const operator = await operatorFor(store, options.operator);
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
}
