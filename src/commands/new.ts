import type { Command } from 'commander';
import { mayAsk } from '../context.js';
import { preloadPrompts } from '../prompts/ask.js';

export async function run(command: Command): Promise<void> {
  if (mayAsk(command.opts())) preloadPrompts();
  const { runSession } = await import('../wizard/session.js');
  await runSession(command);
}
