import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

// The bytes of a file to import, read a piece at a time where that is enough: an export
// of 100,000 complaints is 180 MB, and decoded whole it would be twice that in memory.

export interface Source {
  readonly size: number;
  /** Copies up to `length` bytes from `position` into `into`; returns how many. */
  read(into: Buffer, length: number, position: number): number;
  close(): void;
}

export function bufferSource(bytes: Buffer): Source {
  return {
    size: bytes.length,
    read: (into, length, position) => bytes.copy(into, 0, position, Math.min(position + length, bytes.length)),
    close: () => undefined,
  };
}

/** A regular file is read where needed; a pipe or a device (/dev/stdin) only once, whole. */
export function fileSource(path: string): Source {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return bufferSource(readFileSync(fd));
    return {
      size: stats.size,
      read: (into, length, position) => readSync(fd, into, 0, length, position),
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The bytes from `start` to `end` (at most), as one buffer. */
export function bytesOf(source: Source, start = 0, end = source.size): Buffer {
  const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
  let filled = 0;
  while (filled < bytes.length) {
    const read = source.read(bytes.subarray(filled), bytes.length - filled, start + filled);
    if (read === 0) break;
    filled += read;
  }
  return bytes.subarray(0, filled);
}

const NEWLINE = 0x0a;
const CHUNK = 1024 * 1024;

/**
 * The lines between `start` and `end`, without their "\n", as text; `null` for a line that
 * is not valid UTF-8. Decoded a megabyte at a time: one call per chunk, not per line, and
 * each chunk is checked whole (the lines of a bad chunk then one by one). "\n" never occurs
 * inside a UTF-8 sequence, so a line is valid exactly when it is valid on its own.
 */
export function* linesOf(source: Source, start: number, end: number): Generator<string | null> {
  let buffer = Buffer.allocUnsafe(CHUNK);
  let kept = 0; // bytes of an unfinished line, at the start of `buffer`
  let position = start;
  while (position < end || kept > 0) {
    const wanted = Math.min(buffer.length - kept, end - position);
    const read = wanted > 0 ? source.read(buffer.subarray(kept), wanted, position) : 0;
    position += read;
    const filled = kept + read;
    const atEnd = read === 0 || position >= end;
    const last = atEnd ? filled : buffer.lastIndexOf(NEWLINE, filled - 1) + 1;
    if (last === 0) {
      // A line longer than the buffer: make room for it.
      buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      kept = filled;
      continue;
    }
    yield* chunkLines(buffer.subarray(0, last), atEnd);
    kept = filled - last;
    buffer.copy(buffer, 0, last, filled);
    if (atEnd) break;
  }
}

/** The lines of complete lines in `bytes` (each ends with "\n", but for the very last). */
function* chunkLines(bytes: Buffer, atEnd: boolean): Generator<string | null> {
  if (bytes.length === 0) return;
  const body = atEnd && bytes[bytes.length - 1] !== NEWLINE ? bytes : bytes.subarray(0, bytes.length - 1);
  if (isUtf8(body)) {
    yield* body.toString('utf8').split('\n');
    return;
  }
  let from = 0;
  while (from <= body.length) {
    let to = body.indexOf(NEWLINE, from);
    if (to === -1) to = body.length;
    const line = body.subarray(from, to);
    yield isUtf8(line) ? line.toString('utf8') : null;
    from = to + 1;
  }
}

/** How many "\n" there are between `start` and `end`. */
export function countLines(source: Source, start: number, end: number): number {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let count = 0;
  for (let position = start; position < end;) {
    const read = source.read(buffer, Math.min(CHUNK, end - position), position);
    if (read === 0) break;
    const bytes = buffer.subarray(0, read);
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
    position += read;
  }
  return count;
}
