import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, type TestContext } from 'vitest';

// A disk that fills up: a tmpfs of its own, mounted for one test. Mounting needs root, which
// the tests have here and in CI. Elsewhere the test is skipped, saying why; with CI=true a
// missing capability is a failure, never a skip.

export interface SmallDisk {
  /** The mounted folder. */
  dir: string;
  /** Fills the disk with a file, leaving about `bytes` free. */
  fill(bytes: number): void;
  /** Removes that file: the disk has room again. */
  free(): void;
  /** Bytes still free. */
  available(): number;
}

const mounted: string[] = [];

afterEach(() => {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A tmpfs of `kib` KiB for this test, or the test skipped (a failure in CI) when it cannot be mounted. */
export function smallDisk(context: TestContext, kib = 2048): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'plainte-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const reason = (error as Error).message.split('\n')[0];
    const why = `a full disk is simulated with a ${kib} KiB tmpfs, which only root can mount (${reason})`;
    if (process.env.CI === 'true') throw new Error(`CI=true: ${why}`, { cause: error });
    context.skip(why);
  }
  mounted.push(dir);
  const filler = join(dir, 'filler');
  const available = () => {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  };
  return {
    dir,
    available,
    fill(bytes) {
      writeFileSync(filler, Buffer.alloc(Math.max(0, available() - bytes)));
    },
    free() {
      rmSync(filler, { force: true });
    },
  };
}
