import type { Command } from 'commander';
import { mayAsk } from '../context.js';
import { preloadPrompts } from '../prompts/ask.js';
import { parseId } from '../options/values.js';

export async function run(command: Command): Promise<void> {
  const [idText] = command.processedArgs as [string];
  const id = parseId(idText);
  if (mayAsk(command.opts())) preloadPrompts();
  const { runSession } = await import('../wizard/session.js');
  await runSession(command, id);
}
