import { fstatSync, statSync } from 'node:fs';

/** Whether stdout (or stderr, fd 2) is surely no terminal: a pipe, a file or /dev/null. Only
 * a character device other than /dev/null can be one; these are told apart without loading
 * node:tty (and node:net), which asking process.stdout would. */
export function surelyNoTerminal(fd: 1 | 2 = 1): boolean {
  try {
    const out = fstatSync(fd);
    return !out.isCharacterDevice() || out.rdev === statSync('/dev/null').rdev;
  } catch {
    return true;
  }
}
