import type { Command } from 'commander';
import { runSession } from '../wizard/session.js';
import { parseId } from './options.js';

export async function run(command: Command): Promise<void> {
  const [idText] = command.processedArgs as [string];
  await runSession(command, parseId(idText));
}
