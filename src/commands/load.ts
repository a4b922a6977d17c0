import type { CommandName } from '../route.js';

// Loads one command's module when it runs. This is the version for tsc's dist/, one file
// per module; the bundle (scripts/bundle.js) replaces this file, in each command's bundle,
// with one that hands over the command it was built with.

/** A command's handlers (src/context.ts, Handler), by the name its declaration gives. */
export type CommandModule = Record<string, (args: unknown, options: unknown, context: unknown) => Promise<void>>;

export async function loadCommand(name: CommandName): Promise<CommandModule> {
  // A path built at run time, so that nothing bundles every command into one file.
  const path = `./${name}.js`;
  return (await import(path)) as CommandModule;
}
