import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { parseId } from '../options/values.js';
import { askFor } from '../prompts/ask.js';
import { showCard } from './lifecycle.js';
import { printAcknowledgement } from './acknowledgement.js';

export const run: Handler<typeof DECLARATIONS.resume> = async ([idText], options, context) => {
  const id = parseId(idText);
  const ask = askFor(context, options);
  // At a terminal, the draft's card first: who the customer is and where the entry stopped.
  if (ask.interactive) {
    await withStore(context, async (store, clock) => {
      const draft = await store.getComplaint(id);
      if (draft?.status === 'draft') await showCard(ask, store, draft, clock());
    });
  }
  const { runSession } = await import('../wizard/session.js');
  const end = await runSession(context, options, ask, id);
  await printAcknowledgement(context, end, options.operator);
};
