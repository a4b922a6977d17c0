import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import { stdoutStream } from '../render/output.js';
import { failureText } from '../format/failure.js';
import { sanitize } from '../format/sanitize.js';

// Where an export goes: stdout, or a file only its owner can read (it holds personal data).
// Text is encoded as it comes into a buffer outside the JavaScript heap, written out when
// full: each piece of text is garbage as soon as it is copied, so that none lives long
// enough to be moved to the old generation (gathering strings until a chunk was full did
// that, and the heap then grew with the size of the export before being collected). The
// buffers are reused, not allocated per chunk: freed only when the collector finds their
// handles dead, new ones took tens of megabytes at the pace of an export. A file is written
// synchronously, which holds the reading back; stdout is waited for, chunk by chunk.

const CHUNK = 64 * 1024;
/** The most bytes a JavaScript string can take in UTF-8, per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.length;) done += writeSync(fd, data, done, data.length - done);
}

export function openSink(path: string | undefined): Sink {
  let fd: number | null = null;
  if (path !== undefined) {
    try {
      fd = openSync(path, 'w', 0o600);
      // An existing file keeps its mode on open: tighten it.
      fchmodSync(fd, 0o600);
    } catch (error) {
      throw new UserError('export.cannotWrite', { path: sanitize(path), detail: sanitize(failureText(error)) });
    }
  }
  // Two buffers: one is filled while stdout, which may keep the other until it is written
  // (a pipe), still holds it. A file takes its chunk at once.
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let current = 0;
  let used = 0;
  let written = Promise.resolve();

  function put(data: Uint8Array): Promise<void> {
    if (fd !== null) {
      writeAll(fd, data);
      return Promise.resolve();
    }
    // Errors (EPIPE when the reader is gone) go to the 'error' handler of stdoutStream().
    return new Promise((resolve) => stdoutStream().write(data, () => resolve()));
  }
  async function flush(): Promise<void> {
    if (used === 0) return;
    const chunk = buffers[current].subarray(0, used);
    used = 0;
    await written;
    current = 1 - current;
    written = put(chunk);
  }
  return {
    async write(text) {
      if (text.length * MAX_BYTES_PER_UNIT > CHUNK - used) {
        await flush();
        // Larger than a chunk (a complaint with pages of text): written on its own.
        if (text.length * MAX_BYTES_PER_UNIT > CHUNK) {
          await written;
          written = put(Buffer.from(text));
          return;
        }
      }
      used += buffers[current].write(text, used);
    },
    async close() {
      await flush();
      await written;
      if (fd !== null) closeSync(fd);
    },
  };
}
