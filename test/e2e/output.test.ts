import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { BIN, NOW, plainte, tempLogbook } from '../helpers/cli.js';

// Results are written to file descriptor 1 directly (src/render/output.ts), not through
// process.stdout: these are the cases a stream would have handled by itself.

const env = (db: string) => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  TZ: 'Europe/Paris',
  PLAINTE_NOW: NOW,
  PLAINTE_DB: db,
});

describe('what plainte writes on stdout', () => {
  it('stops quietly, with exit 0, when the reader closes the pipe (plainte list | head -1)', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 3000);
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" list --status closed --limit 3000 | head -1; ` +
          'echo "status ${PIPESTATUS[0]}" >&2',
      ],
      {
        env: env(db),
        encoding: 'utf8',
      },
    );
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe('status 0\n');
  });

  it('hands every byte over on a pipe left non-blocking by whoever started it, however slow the reader', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 1500);
    const whole = plainte(['list', '--status', 'closed', '--limit', '1500', '--json'], { db });
    expect(whole.status).toBe(0);
    expect(whole.stdout.length).toBeGreaterThan(256 * 1024);
    // A pipe of 64 KiB, non-blocking on plainte's side, read only after half a second:
    // plainte's writes meet EAGAIN and must wait rather than lose anything.
    const reader = `
import fcntl, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
child = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
time.sleep(0.5)
data = b''
while True:
    chunk = os.read(r, 65536)
    if not chunk:
        break
    data += chunk
sys.stdout.buffer.write(data)
sys.exit(child.wait())
`;
    const run = spawnSync(
      'python3',
      ['-c', reader, process.execPath, BIN, 'list', '--status', 'closed', '--limit', '1500', '--json'],
      {
        env: env(db),
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(whole.stdout);
  });
});

describe('an export to a reader that pauses', () => {
  it('waits for the reader rather than holding the export in memory, and hands every byte over', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 16_000, (i) => `${'Elle chauffe ; "vraiment".\n'.repeat(80)} ${i}`);
    // The reader sleeps while the export could run to its end, then reads everything; the
    // export's peak memory (from wait4) is compared with that of the same export to a file.
    const reader = `
import os, subprocess, sys, time
def peak(out, pause):
    child = subprocess.Popen(sys.argv[1:], stdout=out)
    if pause:
        time.sleep(3)
        data = child.stdout.read()
    else:
        data = b''
    _, status, usage = os.wait4(child.pid, 0)
    return status, usage.ru_maxrss, len(data)
with open(os.devnull, 'wb') as null:
    _, alone, _ = peak(null, False)
status, paused, size = peak(subprocess.PIPE, True)
print(status, alone, paused, size)
`;
    // Run without blocking this worker: a minute-long spawnSync starves vitest's own messages.
    const run = await promisify(execFile)(
      'python3',
      ['-c', reader, process.execPath, BIN, 'export', '--format', 'csv'],
      {
        env: env(db),
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    const [status, alone, paused, size] = run.stdout.trim().split(' ').map(Number);
    expect(status).toBe(0);
    expect(size).toBeGreaterThan(32 * 2 ** 20);
    // In KiB: the pause adds less than a tenth of what was written.
    expect(paused - alone).toBeLessThan(size / 1024 / 10);
  }, 120_000);
});
