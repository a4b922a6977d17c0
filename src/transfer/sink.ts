import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { UserError } from '../errors.js';
import { stdoutStream } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';

// Where an export goes: stdout, or a file only its owner can read (it holds personal data).
// Writes are gathered in chunks. A file is written synchronously, which holds the reading
// back as surely as waiting for 'drain' and leaves no buffers behind for the collector;
// stdout waits for 'drain' when it is a slow pipe or terminal.

const CHUNK = 64 * 1024;

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openSink(path: string | undefined): Sink {
  let fd: number | null = null;
  if (path !== undefined) {
    try {
      fd = openSync(path, 'w', 0o600);
      // An existing file keeps its mode on open: tighten it.
      fchmodSync(fd, 0o600);
    } catch (error) {
      throw new UserError('export.cannotWrite', { path: sanitize(path), detail: sanitize((error as Error).message) });
    }
  }
  let pending = '';
  async function flush(): Promise<void> {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (fd !== null) writeSync(fd, chunk);
    else if (!stdoutStream().write(chunk)) await once(process.stdout, 'drain');
  }
  return {
    async write(text) {
      pending += text;
      if (pending.length >= CHUNK) await flush();
    },
    async close() {
      await flush();
      if (fd !== null) closeSync(fd);
    },
  };
}
