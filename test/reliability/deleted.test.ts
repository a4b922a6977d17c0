import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BIN, NOW, plainte, tempLogbook } from '../helpers/cli.js';
import { oldClosedLogbook } from '../helpers/bulk.js';

// The logbook file deleted (by hand, a cleaning script, a sync tool) while a command is
// writing to it. The command keeps a handle on the old file, so its writes succeed into a
// file nobody can reach any more: it must say so rather than report success.

/** Starts `args`, waits until the command has the logbook open (SQLite creates the -shm
 * file beside it at the first read), then deletes the logbook. */
async function deleteWhileRunning(db: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'Europe/Paris', PLAINTE_NOW: NOW, PLAINTE_DB: db },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let running = true;
  const closed = new Promise<number | null>((resolve) =>
    child.on('close', (status) => {
      running = false;
      resolve(status);
    }),
  );
  // A command quicker than this loop closes the logbook (and SQLite removes the -shm file)
  // before it is seen: the wait ends with the command, which then ran undisturbed.
  while (running && !existsSync(`${db}-shm`)) await sleep(2);
  if (running) rmSync(db);
  return { status: await closed, stderr };
}

describe('a logbook deleted while a command writes to it', () => {
  it('ends a long purge with exit 1 and a message that its work is lost, not a success or a stack trace', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 3000);
    const run = await deleteWhileRunning(db, ['purge', '--yes', '--no-input']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'a été supprimé ou remplacé pendant la commande : ce qu’elle vient d’enregistrer est perdu',
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // The next command finds no logbook there and says so.
    expect(plainte(['doctor'], { db })).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('aucun cahier ici'),
    });
  });

  it('leaves reading commands alone: what they showed was true when they read it', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 3000);
    // Every complaint, so that the read lasts long enough to be cut into.
    const run = await deleteWhileRunning(db, ['list', '--json', '--status', 'closed', '--limit', '3000']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
