import type { Command } from 'commander';
import { runSession } from '../wizard/session.js';

export async function run(command: Command): Promise<void> {
  await runSession(command);
}
