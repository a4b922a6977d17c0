import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { UserError } from '../errors.js';
import { sanitize } from '../render/sanitize.js';

// Where an export goes: stdout, or a file only its owner can read (it holds personal data).
// Text is encoded as it comes into a buffer outside the JavaScript heap, written out when
// full: each piece of text is garbage as soon as it is copied, so that none lives long
// enough to be moved to the old generation (gathering strings until a chunk was full did
// that, and the heap then grew with the size of the export before being collected). A file
// is written synchronously, which holds the reading back as surely as waiting for 'drain';
// stdout waits for 'drain' when it is a slow pipe or terminal.

const CHUNK = 64 * 1024;
/** The most bytes a JavaScript string can take in UTF-8, per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
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
  let buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;

  async function put(data: Uint8Array): Promise<void> {
    if (fd !== null) writeAll(fd, data);
    else if (!process.stdout.write(data)) await once(process.stdout, 'drain');
  }
  async function flush(): Promise<void> {
    if (used === 0) return;
    const chunk = buffer.subarray(0, used);
    used = 0;
    // A stream may keep the chunk until it is written: stdout gets a new buffer each time.
    if (fd === null) buffer = Buffer.allocUnsafe(CHUNK);
    await put(chunk);
  }
  return {
    async write(text) {
      if (text.length * MAX_BYTES_PER_UNIT > CHUNK - used) {
        await flush();
        // Larger than a chunk (a complaint with pages of text): written on its own.
        if (text.length * MAX_BYTES_PER_UNIT > CHUNK) return put(Buffer.from(text));
      }
      used += buffer.write(text, used);
    },
    async close() {
      await flush();
      if (fd !== null) closeSync(fd);
    },
  };
}
