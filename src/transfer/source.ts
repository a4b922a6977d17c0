import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';

// The bytes of a file to import, read a piece at a time where that is enough: an export
// of 100,000 complaints is 180 MB, and decoded whole it would be twice that in memory.
//
// What is read is bounded whatever the input: only regular files (a device such as
// /dev/zero never ends, a FIFO without a writer never starts), or standard input copied to
// an unnamed temporary file; no line longer than MAX_LINE, so that a line is never held
// whole beyond that; and a file read whole (a JSON not laid out as ours) no larger than
// MAX_WHOLE.

/** The longest line read: a 1 MB text with room for JSON's escapes. */
export const MAX_LINE = 4 * 1024 * 1024;
/** The largest file read whole, decoded and parsed at once: a JSON not laid out as our
 * export (reformatted by an editor). Our JSON is read a line at a time, a CSV a piece at a
 * time, whatever their size. */
export const MAX_WHOLE = 32 * 1024 * 1024;

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

function descriptorSource(fd: number, size: number): Source {
  return {
    size,
    read: (into, length, position) => readSync(fd, into, 0, length, position),
    close: () => closeSync(fd),
  };
}

/** A regular file, read where needed; anything else is refused (UserError). Opened without
 * waiting, so that a FIFO nobody writes to is refused rather than waited for. */
export function fileSource(path: string): Source {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UserError('import.notAFile', { path });
    return descriptorSource(fd, stats.size);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The bytes of `chunk` from which a line runs longer than MAX_LINE, given `carried` bytes
 * of that line before it; or -1, with the length of the line left open at its end. */
function overlongIn(chunk: Buffer, carried: number): { at: number; open: number } {
  let start = 0;
  let length = carried;
  for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
    if (length + end - start > MAX_LINE) return { at: start, open: 0 };
    length = 0;
    start = end + 1;
  }
  const open = length + chunk.length - start;
  return open > MAX_LINE ? { at: start, open } : { at: -1, open };
}

/** Standard input (`import -`), copied to a temporary file that has no name (removed as soon
 * as opened: nothing is left behind, even if the run is killed) and then read as a file.
 * The copy stops after a line longer than MAX_LINE, which the reading then reports. */
export async function stdinSource(): Promise<Source> {
  if (process.stdin.isTTY) throw new UserError('import.stdinTerminal');
  const path = join(tmpdir(), `.plainte-stdin-${process.pid}-${randomUUID()}.tmp`);
  const fd = openSync(path, 'wx+', 0o600);
  unlinkSync(path);
  try {
    let size = 0;
    let open = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done, chunk.length - done, size + done);
      size += chunk.length;
      const found = overlongIn(chunk, open);
      open = found.open;
      if (found.at !== -1) break;
    }
    process.stdin.destroy();
    return descriptorSource(fd, size);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The number (from 1) of the first line longer than MAX_LINE, or null: read a megabyte at a
 * time, and no further than that line. */
export function firstOverlongLine(source: Source): number | null {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let line = 1;
  let open = 0;
  for (let position = 0; position < source.size;) {
    const read = source.read(buffer, Math.min(CHUNK, source.size - position), position);
    if (read === 0) break;
    const chunk = buffer.subarray(0, read);
    const found = overlongIn(chunk, open);
    if (found.at !== -1) return line + countIn(chunk.subarray(0, found.at));
    line += countIn(chunk);
    open = found.open;
    position += read;
  }
  return null;
}

function countIn(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
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
 * The bytes between `start` and `end`, a megabyte or so at a time, each piece ending just
 * after a "\n" (the last at `end`): a line is never cut, nor a UTF-8 sequence ("\n" never
 * occurs inside one). A piece is a view of a buffer reused for the next one.
 */
export function* piecesOf(source: Source, start: number, end: number): Generator<Buffer> {
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
    yield buffer.subarray(0, last);
    kept = filled - last;
    buffer.copy(buffer, 0, last, filled);
    if (atEnd) break;
  }
}

/**
 * The lines between `start` and `end`, without their "\n", as text; `null` for a line that
 * is not valid UTF-8. Decoded a piece at a time: one call per piece, not per line, and each
 * piece is checked whole (the lines of a bad piece then one by one). A line is valid
 * exactly when it is valid on its own.
 */
export function* linesOf(source: Source, start: number, end: number): Generator<string | null> {
  for (const piece of piecesOf(source, start, end)) yield* pieceLines(piece);
}

/** The lines of a piece (each ends with "\n", but for the very last of the file). */
function* pieceLines(bytes: Buffer): Generator<string | null> {
  if (bytes.length === 0) return;
  const body = bytes[bytes.length - 1] === NEWLINE ? bytes.subarray(0, bytes.length - 1) : bytes;
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
    count += countIn(buffer.subarray(0, read));
    position += read;
  }
  return count;
}
