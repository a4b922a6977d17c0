import type { Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { parseId } from '../options/values.js';
import { askFor } from '../prompts/ask.js';
import { printAcknowledgement } from './acknowledgement.js';

export const run: Handler<typeof DECLARATIONS.resume> = async ([idText], options, context) => {
  const id = parseId(idText);
  const ask = askFor(context, options);
  const { runSession } = await import('../wizard/session.js');
  const end = await runSession(context, options, ask, id);
  await printAcknowledgement(context, end, options.operator);
};
