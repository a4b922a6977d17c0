import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, plainte, tempDir, tempLogbook } from '../helpers/cli.js';

// What cron mails: the callbacks with their clock time, in lines a mail reader keeps whole;
// and the crontab of the README, run as written, with only what it says to replace replaced.

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

function record(
  db: string,
  customer: string,
  callback: string,
  note?: string,
  env: Record<string, string | undefined> = {},
): void {
  const args = ['new', '--no-input', '--customer', customer, '--phone', '06 12 34 56 78'];
  args.push('--description', 'Le lave-linge fuit', '--product', 'Lave-linge', '--callback', callback);
  if (note) args.push('--note', note);
  expect(plainte(args, { db, env }).status).toBe(0);
}

const LONG_NOTE =
  'Confirmer l’avoir de 45,90 € sur la facture 1042, et dire que le remboursement part jeudi par virement';

describe('the callbacks cron mails', () => {
  it('starts with how many and for which day, gives each clock time and note, in lines under 78 characters', () => {
    const db = tempLogbook();
    // Promised last Friday, so that the callbacks of the weekend and this morning are late now.
    const friday = { PLAINTE_NOW: '2026-11-20T08:00:00.000Z' };
    record(db, 'Marie Dupont', '22/11/2026 10:00', LONG_NOTE, friday);
    record(db, 'Paul Martin', '23/11/2026 09:30', undefined, friday);
    record(db, 'Chloé Blanc', '23/11/2026 16:00', 'Devis du joint', friday);
    record(db, 'Jean Petit', '24/11/2026', undefined, friday);
    record(db, 'Léa Morel', '24/11/2026 09:00', undefined, friday);
    const today = plainte(['due'], { db });
    expect(today.stdout).toBe(
      [
        '3 rappels pour aujourd’hui, lundi 23 novembre 2026 :',
        '',
        '#1   en retard depuis hier à 10:00 · Marie Dupont · 06 12 34 56 78',
        '     Confirmer l’avoir de 45,90 € sur la facture 1042, et dire que le',
        '     remboursement part jeudi par virement',
        '',
        '#2   en retard depuis 09:30 · Paul Martin · 06 12 34 56 78',
        '     Lave-linge',
        '',
        '#3   à 16:00 · Chloé Blanc · 06 12 34 56 78',
        '     Devis du joint',
        '',
      ].join('\n'),
    );
    const week = plainte(['due', '--within', '1'], { db }).stdout.split('\n');
    expect(week[0]).toBe('5 rappels d’ici le mardi 24 novembre 2026 :');
    // A day alone is promised at the callback.time setting (10:00 by default).
    expect(week).toContain('#4   demain à 10:00 · Jean Petit · 06 12 34 56 78');
    expect(week).toContain('#5   demain à 09:00 · Léa Morel · 06 12 34 56 78');
    for (const line of week) expect(line.length).toBeLessThan(78);
    const english = plainte(['due', '--overdue', '--lang', 'en'], { db }).stdout.split('\n');
    expect(english[0]).toBe('2 callbacks overdue, this Monday 23 November 2026 at 11:00:');
    expect(english[2]).toBe('#1   overdue since yesterday at 10:00 · Marie Dupont · 06 12 34 56 78');
  });

  it('runs the README’s crontab as written, with plainte installed outside cron’s PATH', () => {
    const block = /```crontab\n([\s\S]*?)```/.exec(readFileSync(README, 'utf8'))?.[1] ?? '';
    const lines = block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    // What the README says to replace: the folder of plainte and node, and the logbook.
    const folder = tempDir();
    const bin = join(folder, 'npm-global', 'bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(BIN, join(bin, 'plainte'));
    const db = tempLogbook();
    const replace = (text: string) =>
      text.replaceAll('/usr/local/bin', `${bin}:${dirname(process.execPath)}`).replaceAll('/srv/shop/plainte.db', db);
    // Cron's own environment, then the crontab's assignments.
    const env: Record<string, string> = { HOME: folder, LOGNAME: 'root', SHELL: '/bin/sh', PATH: '/usr/bin:/bin' };
    const jobs: string[] = [];
    for (const line of lines.map(replace)) {
      const assignment = /^([A-Z_]+)=(.*)$/.exec(line);
      if (assignment) env[assignment[1]] = assignment[2];
      else jobs.push(line.trim().split(/\s+/).slice(5).join(' '));
    }
    expect(jobs).toHaveLength(1);
    // Promised two days ago for the next day: yesterday at 10:00, by the real clock.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    record(db, 'Marie Dupont', 'demain 10h', 'Confirmer l’avoir', { PLAINTE_NOW: twoDaysAgo });
    const run = spawnSync(
      '/usr/bin/env',
      ['-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), '/bin/sh', '-c', jobs[0]],
      { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1 rappel pour aujourd’hui, /);
    expect(run.stdout).toContain('#1   en retard depuis hier à 10:00 · Marie Dupont');
    expect(run.stdout).toContain('     Confirmer l’avoir');
  });
});
