import { writeSync } from 'node:fs';

// Writing to a file descriptor directly, as Node writes to files and pipes itself
// (synchronously, on Linux), without building process.stdout: output.ts for every result
// and message, launch.ts for the help kept at build time.

type WriteEnd =
  | { ended: 'all' }
  /** The reader is gone (EPIPE): `plainte list | head -1` had what it wanted. */
  | { ended: 'gone' }
  /** A descriptor left non-blocking by whoever started us is full (EAGAIN): the rest, from
   * `written` on, is for a stream, which waits for room. */
  | { ended: 'blocked'; written: number }
  | { ended: 'failed'; written: number; error: Error };

/** Writes `data` to `fd`, whole, unless the descriptor stops taking it. */
export function writeWhole(fd: number, data: Uint8Array): WriteEnd {
  let written = 0;
  while (written < data.length) {
    try {
      written += writeSync(fd, data, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return { ended: 'gone' };
      if (code === 'EAGAIN') return { ended: 'blocked', written };
      return { ended: 'failed', written, error: error as Error };
    }
  }
  return { ended: 'all' };
}
