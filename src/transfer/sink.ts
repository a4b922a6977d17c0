import { fchmodSync, openSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

// Where an export goes: stdout, or a file only its owner can read (it holds personal data).
// Writes are gathered in chunks and wait for 'drain', so a slow disk or pipe holds the
// reading back instead of filling memory.

const CHUNK = 64 * 1024;

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openSink(path: string | undefined): Sink {
  let stream: Writable;
  if (path === undefined) {
    stream = process.stdout;
  } else {
    const fd = openSync(path, 'w', 0o600);
    // An existing file keeps its mode on open: tighten it.
    fchmodSync(fd, 0o600);
    stream = createWriteStream('', { fd });
  }
  let pending = '';
  async function flush(): Promise<void> {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  return {
    async write(text) {
      pending += text;
      if (pending.length >= CHUNK) await flush();
    },
    async close() {
      await flush();
      if (path !== undefined) {
        stream.end();
        await once(stream, 'close');
      }
    },
  };
}
