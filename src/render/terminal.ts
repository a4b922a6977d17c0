import { fstatSync, statSync } from 'node:fs';

/** Whether stdout is surely no terminal: a pipe, a file or /dev/null. Only a character
 * device other than /dev/null can be one; these are told apart without loading node:tty
 * (and node:net), which asking process.stdout would. */
export function surelyNoTerminal(): boolean {
  try {
    const out = fstatSync(1);
    return !out.isCharacterDevice() || out.rdev === statSync('/dev/null').rdev;
  } catch {
    return true;
  }
}
