import { Chalk, type ChalkInstance } from 'chalk';

// Results go to stdout, messages to stderr (clig.dev). Colour only on a terminal, and
// never with NO_COLOR or --no-color: cron mails and pipes get plain text.

let palette: ChalkInstance = new Chalk({ level: 0 });

export function setColor(enabled: boolean): void {
  palette = new Chalk({ level: enabled ? 1 : 0 });
}

/** Whether colour is wanted on stdout: a terminal, no NO_COLOR, no --no-color. */
export function colorWanted(optionColor: boolean, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (!optionColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}

export function color(): ChalkInstance {
  return palette;
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function printMessage(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Stable JSON for machines: two-space indented, one trailing newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
