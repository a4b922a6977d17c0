import type { Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { askFor } from '../prompts/ask.js';
import { printAcknowledgement } from './acknowledgement.js';

export const run: Handler<typeof DECLARATIONS.new> = async (_args, options, context) => {
  // A terminal's Ask starts loading the choice prompt at once: the first question is drawn
  // sooner when it loads while the wizard's modules and the logbook do.
  const ask = askFor(context, options);
  const { runSession } = await import('../wizard/session.js');
  const end = await runSession(context, options, ask);
  await printAcknowledgement(context, end, options.operator);
};
