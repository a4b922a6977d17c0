import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { clocksOf } from '../domain/clocks.js';
import { UserError } from '../errors.js';
import { renderComplaint } from '../render/complaint.js';
import { printJson, printLine } from '../render/output.js';
import { parseId } from '../options/values.js';

export const run: Handler<typeof DECLARATIONS.show> = async ([idText], { json }, context) => {
  const id = parseId(idText);
  await withStore(context, async (store, clock) => {
    const complaint = await store.getComplaint(id);
    if (!complaint) throw new UserError('error.notFound', { id });
    const events = await store.listEvents(id);
    const attachments = await store.listAttachments(id);
    if (json) printJson({ ...complaint, events, clocks: clocksOf(complaint), attachments });
    else printLine(renderComplaint(complaint, events, clock(), attachments));
  });
};
