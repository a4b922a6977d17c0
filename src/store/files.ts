import { chmodSync, closeSync, fsyncSync, openSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Files plainte writes whole (a backup, a restored logbook, an export): written under a
// temporary name beside their final place, private to their owner since they hold personal
// data, and renamed into place once complete, so that a file of the final name is always
// whole. A run killed half-way leaves its temporary file behind, named after its process:
// the next run that writes in that folder, and `doctor` in the logbook's, remove it.

/** `.<name>.plainte-<pid>.tmp`: the mark of a temporary file of ours, and of the run that writes it. */
const TEMPORARY = /^\..+\.plainte-(\d+)\.tmp(-wal|-shm|-journal)?$/;

/** An empty file, private to its owner, beside `target`, named after this process. */
export function privateTempFile(target: string): string {
  const temp = join(dirname(target), `.${basename(target)}.plainte-${process.pid}.tmp`);
  closeSync(openSync(temp, 'wx', 0o600));
  // The mode given to open is cut by the umask; this one is not.
  chmodSync(temp, 0o600);
  return temp;
}

/** Removes `path` and the files SQLite may have made beside it. */
export function removeWithSideFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** Writes what the file holds to the disk, and its folder entry too, before it is relied on. */
export function syncToDisk(path: string): void {
  for (const target of [path, dirname(path)]) {
    const fd = openSync(target, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another account.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The temporary files in `folder` whose run is over (killed, or the machine stopped). */
export function leftoverFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => {
      const match = TEMPORARY.exec(name);
      return match !== null && Number(match[1]) !== process.pid && !running(Number(match[1]));
    })
    .map((name) => join(folder, name));
}

/** Removes the leftover temporary files of `folder`; returns those removed. */
export function removeLeftovers(folder: string): string[] {
  const removed: string[] = [];
  for (const file of leftoverFiles(folder)) {
    try {
      rmSync(file, { force: true });
      removed.push(file);
    } catch {
      // Another account's file, say: `doctor` lists what stays.
    }
  }
  return removed;
}
