import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError, writeFailure } from '../errors.js';
import { stdoutStream } from '../render/output.js';
import { privateTempFile, removeLeftovers, syncToDisk } from '../store/files.js';

// Where an export goes: stdout, or a file only its owner can read (it holds personal data).
// A file is written under a temporary name beside it and renamed once complete: an export
// that fails (a full disk) or is killed never leaves a truncated file under the name given,
// and the mode 0600 is set only on the file it creates. A device or a pipe is not a file to
// replace, and is refused (the shell's `>` writes to one).
//
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
const QUOTE = 0x22;

export interface Sink {
  /** Takes text, filtered and encoded as UTF-8, or bytes (a PDF) as they are; a promise when
   * the writer must wait before writing more (stdout has not taken the chunk before), else
   * nothing: a row costs no promise. */
  write(data: string | Uint8Array): Promise<void> | void;
  /** Takes `text` between double quotes, each quote in it doubled (a quoted CSV cell),
   * written as bytes: where it can, the sink does so without making the doubled text. */
  writeQuoted?(text: string): Promise<void> | void;
  /** Writes what is left; a file is then in place under its name. */
  close(): Promise<void>;
}

/** Where an export goes, as opened by openSink. */
export interface OutputSink extends Sink {
  /** After a failure: a file's temporary copy is removed (nothing once closed). */
  discard(): void;
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.length;) done += writeSync(fd, data, done, data.length - done);
}

/** The file an export replaces: `path` itself, or the file a symbolic link points to. */
function replacedFile(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw writeFailure(path, error);
  }
  if (stats.isDirectory()) throw new UserError('export.isDirectory', { path });
  if (!stats.isFile()) throw new UserError('export.notAFile', { path });
  return realpathSync(path);
}

interface FileTarget {
  fd: number;
  temp: string;
  final: string;
}

function openFile(path: string): FileTarget {
  const final = replacedFile(path);
  // What an export killed before left in that folder: a partial copy of personal data.
  removeLeftovers(dirname(final));
  let temp: string | null = null;
  try {
    temp = privateTempFile(final);
    return { fd: openSync(temp, 'w'), temp, final };
  } catch (error) {
    if (temp !== null) rmSync(temp, { force: true });
    throw writeFailure(path, error);
  }
}

/** `path`: a file to write, else stdout. `filter` is applied to each text before it is
 * written (escapes, or the sanitiser at a terminal). */
export function openSink(path: string | undefined, filter: (text: string) => string = (text) => text): OutputSink {
  const file = path === undefined ? null : openFile(path);
  let open = file !== null;
  let placed = false;
  // Two buffers: one is filled while stdout, which may keep the other until it is written
  // (a pipe), still holds it. A file takes its chunk at once.
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let current = 0;
  let used = 0;
  let written = Promise.resolve();

  function put(data: Uint8Array): Promise<void> {
    if (file !== null) {
      try {
        writeAll(file.fd, data);
      } catch (error) {
        throw writeFailure(path!, error);
      }
      return Promise.resolve();
    }
    // Errors (EPIPE when the reader is gone, a full disk) go to the 'error' handler of stdoutStream().
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
  async function writeBytes(bytes: Uint8Array): Promise<void> {
    await flush();
    await written;
    written = put(bytes);
  }
  async function writeAfterFlush(text: string): Promise<void> {
    await flush();
    // Larger than a chunk (a complaint with pages of text): written on its own.
    if (text.length * MAX_BYTES_PER_UNIT > CHUNK) {
      await written;
      written = put(Buffer.from(text));
      return;
    }
    used += buffers[current].write(text, used);
  }
  /** Where a quoted text is encoded before it is copied to the chunk, its quotes doubled. */
  const scratch = Buffer.allocUnsafe(CHUNK);
  /** `text` at the end of the chunk, its quotes doubled: encoded apart, then copied byte by
   * byte (one pass, where doubling them in place took two). */
  function putQuoted(text: string): void {
    const buffer = buffers[current];
    const length = scratch.write(text, 0);
    let at = used;
    buffer[at++] = QUOTE;
    for (let i = 0; i < length; i++) {
      const byte = scratch[i];
      buffer[at++] = byte;
      if (byte === QUOTE) buffer[at++] = QUOTE;
    }
    buffer[at++] = QUOTE;
    used = at;
  }
  async function writeQuotedAfterFlush(text: string): Promise<void> {
    await flush();
    if ((text.length + 1) * MAX_BYTES_PER_UNIT > CHUNK) return writeAfterFlush(`"${text.split('"').join('""')}"`);
    putQuoted(text);
  }
  return {
    write(raw) {
      if (typeof raw !== 'string') return writeBytes(raw);
      const text = filter(raw);
      if (text.length * MAX_BYTES_PER_UNIT > CHUNK - used) return writeAfterFlush(text);
      used += buffers[current].write(text, used);
      return undefined;
    },
    // A quote is one byte, two once doubled: the text takes at most three bytes a unit, and
    // the two quotes around it.
    writeQuoted(raw) {
      const text = filter(raw);
      if ((text.length + 1) * MAX_BYTES_PER_UNIT > CHUNK - used) return writeQuotedAfterFlush(text);
      putQuoted(text);
      return undefined;
    },
    async close() {
      await flush();
      await written;
      if (file === null) return;
      try {
        // On disk before it takes the name: a power cut never leaves an empty file there.
        fsyncSync(file.fd);
        open = false;
        closeSync(file.fd);
        renameSync(file.temp, file.final);
        placed = true;
        syncToDisk(file.final);
      } catch (error) {
        throw writeFailure(path!, error);
      }
    },
    discard() {
      if (file === null) return;
      if (open) closeSync(file.fd);
      open = false;
      if (!placed) rmSync(file.temp, { force: true });
    },
  };
}
