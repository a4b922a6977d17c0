import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { attachmentType, DEFAULT_ATTACHMENT_MAX, parseByteSize, type NewAttachment } from '../domain/attachments.js';
import { UserError } from '../errors.js';
import { formatBytes } from '../format/numbers.js';
import { sanitize } from '../format/sanitize.js';
import type { SettingsStore } from '../store/store.js';

// The files a shop names to attach (plainte attach, the wizard's offer): each checked before
// a byte of it is read, then read whole. Every file is read before any is attached, so that
// one refused leaves the complaint as it was.

/** The largest file the shop takes: the `attach.max` setting, else 10 MB. */
export async function attachmentLimit(store: SettingsStore): Promise<number> {
  const set = await store.getSetting('attach.max');
  return (set === null ? null : parseByteSize(set)) ?? DEFAULT_ATTACHMENT_MAX;
}

function refusal(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UserError('attach.missing', { path: sanitize(path) });
  if (code === 'EISDIR') return new UserError('attach.notAFile', { path: sanitize(path) });
  return new UserError('attach.unreadable', { path: sanitize(path), detail: code ?? String(error) });
}

/** One file, read whole once its size is known to be within `max`; refused (UserError) when it
 * is missing, not a regular file (a folder, a device, a pipe), empty or too large. */
export function readAttachmentFile(path: string, max: number): NewAttachment {
  let fd: number;
  try {
    // Non-blocking: a named pipe is refused below, not waited on until something writes to it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw refusal(path, error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UserError('attach.notAFile', { path: sanitize(path) });
    if (stats.size === 0) throw new UserError('attach.empty', { path: sanitize(path) });
    const tooBig = (size: number) =>
      new UserError('attach.tooBig', { path: sanitize(path), size: formatBytes(size), max: formatBytes(max) });
    if (stats.size > max) throw tooBig(stats.size);
    // A file still growing is read up to one byte past the limit, and refused then.
    const bytes = Buffer.allocUnsafe(Math.min(stats.size, max) + 1);
    let read = 0;
    for (let got = 1; got > 0 && read < bytes.length; read += got)
      got = readSync(fd, bytes, read, bytes.length - read, null);
    if (read > max) throw tooBig(read);
    if (read === 0) throw new UserError('attach.empty', { path: sanitize(path) });
    const content = bytes.subarray(0, read);
    const name = basename(path);
    return {
      name,
      type: attachmentType(name, content.subarray(0, 16)),
      bytes: content,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
  } catch (error) {
    throw error instanceof UserError ? error : refusal(path, error);
  } finally {
    closeSync(fd);
  }
}
