import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.js';
import { plainte, tempDir, tempLogbook } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';
import { inTerminal } from '../helpers/pty.js';

// Long output read at a terminal goes through a pager (README, "Pager"). The pager here is
// a script that keeps what it was given, the arguments and LESS it ran with, then says so.

const GUIDE = fr['guide.title'];
const DONE = 'fin du pager';

interface FakePager {
  /** The command line to give as PAGER. */
  command: string;
  /** What the pager read, or null if it never ran. */
  paged(): string | null;
  /** Its arguments and LESS, as it saw them. */
  ran(): string;
}

function fakePager(name = 'pager'): FakePager {
  const dir = tempDir();
  const script = join(dir, name);
  writeFileSync(script, `#!/bin/sh\necho "$* LESS=$LESS" > "${dir}/ran"\ncat > "${dir}/paged"\necho "${DONE}"\n`);
  chmodSync(script, 0o755);
  return {
    command: script,
    paged: () => (existsSync(join(dir, 'paged')) ? readFileSync(join(dir, 'paged'), 'utf8') : null),
    ran: () => readFileSync(join(dir, 'ran'), 'utf8').trim(),
  };
}

/** `plainte args` at a terminal `rows` high, waiting for `shown` on the screen. */
function atTerminal(args: string[], shown: string, env: Record<string, string>, rows = 24, db = tempLogbook()) {
  const run = inTerminal(args, [{ expect: shown }], { db, env, size: [rows, 80] });
  expect(run.failed, run.output).toBeNull();
  return run;
}

describe('the pager', () => {
  it('takes the whole output of a command taller than the terminal, with colours, and keeps its exit code', () => {
    const pager = fakePager();
    const run = atTerminal(['guide'], DONE, { PAGER: pager.command });
    expect(run.status).toBe(0);
    expect(pager.paged()).toContain(GUIDE);
    expect(pager.paged()).toContain('\x1b[1m');
    expect(run.output).not.toContain(GUIDE);
    // less keeps colours and the text on screen when PAGER names it alone.
    expect(pager.ran()).toBe('LESS=FRX');
    const failed = atTerminal(['show', '99'], 'aucun cahier ici', { PAGER: pager.command });
    expect(failed.status).toBe(1);
    expect(pager.paged()).toContain(GUIDE);
  });

  it('gets no colour at a terminal with FORCE_COLOR=0 or NO_COLOR', () => {
    const envs: Record<string, string>[] = [{ FORCE_COLOR: '0' }, { NO_COLOR: '1', FORCE_COLOR: '3' }];
    for (const env of envs) {
      const pager = fakePager();
      atTerminal(['guide'], DONE, { PAGER: pager.command, ...env });
      expect(pager.paged()).toContain(GUIDE);
      expect(pager.paged()).not.toContain('\x1b[');
    }
  });

  it('is not used for what fits on the screen, nor with --no-pager or PLAINTE_PAGER set empty', () => {
    const pager = fakePager();
    const phase = fr['guide.phase.1.title'];
    atTerminal(['guide', '--phase', '1'], phase, { PAGER: pager.command });
    atTerminal(['guide'], GUIDE, { PAGER: pager.command }, 200);
    atTerminal(['guide', '--no-pager'], GUIDE, { PAGER: pager.command });
    atTerminal(['guide'], GUIDE, { PAGER: pager.command, PLAINTE_PAGER: '' });
    atTerminal(['guide'], GUIDE, { PAGER: '' });
    expect(pager.paged()).toBeNull();
  });

  it('is PLAINTE_PAGER before PAGER, else less -FRX when installed', () => {
    const own = fakePager();
    const other = fakePager();
    atTerminal(['guide'], DONE, { PAGER: other.command, PLAINTE_PAGER: `${own.command} --own` });
    expect(own.paged()).toContain(GUIDE);
    expect(own.ran()).toBe('--own LESS=FRX');
    expect(other.paged()).toBeNull();
    const less = fakePager('less');
    const path = `${join(less.command, '..')}:${process.env.PATH ?? '/usr/bin:/bin'}`;
    atTerminal(['guide'], DONE, { PATH: path, LESS: 'i' });
    expect(less.ran()).toBe('-FRX LESS=i');
    expect(less.paged()).toContain(GUIDE);
  });

  it('never runs in a pipe, as from cron', () => {
    const pager = fakePager();
    const run = plainte(['guide'], { env: { PAGER: pager.command } });
    expect(run.stdout).toContain(GUIDE);
    expect(pager.paged()).toBeNull();
  });

  it('writes the text itself when the pager cannot be started', () => {
    const run = atTerminal(['guide'], GUIDE, { PAGER: join(tempDir(), 'absent') });
    expect(run.status).toBe(0);
  });

  it('leaves a message after the text it follows, when what is shown fits the screen', async () => {
    const db = tempLogbook();
    await seedComplaints(db, [{}, {}]);
    const pager = fakePager();
    const more = fr['list.more.one'].replace('{count}', '1');
    const run = atTerminal(['list', '--limit', '1'], more, { PAGER: pager.command }, 24, db);
    expect(run.output.indexOf('Marie Lefèvre')).toBeGreaterThan(-1);
    expect(run.output.indexOf('Marie Lefèvre')).toBeLessThan(run.output.indexOf(more));
    expect(pager.paged()).toBeNull();
  });
});
