import type { Command } from 'commander';
import { withStore } from '../context.js';
import { UserError } from '../errors.js';
import { renderComplaint } from '../render/complaint.js';
import { printJson, printLine } from '../render/output.js';
import { parseId } from '../options/values.js';

export async function run(command: Command): Promise<void> {
  const [idText] = command.processedArgs as [string];
  const id = parseId(idText);
  const { json } = command.opts<{ json?: boolean }>();
  await withStore(command, async (store, clock) => {
    const complaint = await store.getComplaint(id);
    if (!complaint) throw new UserError('error.notFound', { id });
    const events = await store.listEvents(id);
    if (json) printJson({ ...complaint, events });
    else printLine(renderComplaint(complaint, events, clock()));
  });
}
