import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const asRoot = process.getuid?.() === 0;

/** Paths in `folder` that are not regular files: a FIFO, and, as root (mknod needs it), a
 * null device of our own, so that a mode changed or a journal created by mistake never
 * touches the system's /dev/null. */
export function notRegularFiles(folder: string): string[] {
  const fifo = join(folder, 'tube');
  if (spawnSync('mkfifo', ['-m', '644', fifo]).status !== 0) throw new Error(`mkfifo ${fifo} failed`);
  if (!asRoot) return [fifo];
  const device = join(folder, 'null');
  if (spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status !== 0) throw new Error(`mknod ${device} failed`);
  return [fifo, device];
}
