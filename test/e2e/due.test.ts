import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, NOW, plainte, tempDir } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { testStore } from '../helpers/store.js';
import { seedLogbook } from '../report/seed.js';

/** Runs `plainte due` as cron does: no terminal, stdin closed, a bare environment. */
function cron(args: string[], db: string) {
  const result = spawnSync(process.execPath, [BIN, 'due', ...args], {
    env: { PATH: '/usr/bin:/bin', HOME: tempDir(), PLAINTE_DB: db, PLAINTE_NOW: NOW, TZ: 'Europe/Paris' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe.each(BACKENDS)('plainte due ($name)', (backend) => {
  it('prints nothing at all and exits 0 when nothing is due, even with --exit-code, and [] with --json', async () => {
    const db = backend.logbook();
    const { store } = await testStore(db);
    await store.createComplaint({}, { kind: 'created', operator: 'Anne' });
    await store.close();
    expect(cron([], db)).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(cron(['--exit-code'], db)).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(cron(['--json'], db)).toEqual({ stdout: '[]\n', stderr: '', status: 0 });
  });

  it('lists the callbacks due by the end of today in local time, oldest first, each with its clock time', async () => {
    const db = backend.logbook();
    const { ids } = await seedLogbook(db);
    const run = cron([], db);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    // #c3 was due on the 21st; #c4 at 23:30 tonight (Paris); #c5 at 00:30 tomorrow is not listed.
    expect(run.stdout).toBe(
      [
        '2 rappels pour aujourd’hui, lundi 23 novembre 2026 :',
        '',
        `#${ids.c3}   en retard depuis le 21/11 à 10:00 · Alice Petit · 07 00 00 00 01`,
        '     → Paul',
        '     Crie au téléphone',
        '',
        `#${ids.c4}   à 23:30 · Chloé Blanc · 06 33 33 33 33`,
        '     Facture 1042',
        '',
      ].join('\n'),
    );
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThan(78);
    expect(cron(['--exit-code'], db)).toMatchObject({ status: 3, stdout: run.stdout, stderr: '' });
  });

  it('takes the end of today from the local time zone (TZ)', async () => {
    const db = backend.logbook();
    const { ids } = await seedLogbook(db);
    const json = (env: Record<string, string>, args: string[] = []) =>
      JSON.parse(plainte(['due', '--json', ...args], { db, env }).stdout).map((c: { id: number }) => c.id);
    expect(json({})).toEqual([ids.c3, ids.c4]);
    // In New York it is 05:00 on the 23rd; the end of that day is 05:00 UTC on the 24th: c5 (23:30 UTC) is due too.
    expect(json({ TZ: 'America/New_York' })).toEqual([ids.c3, ids.c4, ids.c5]);
    // In Tokyo it is 19:00; the day ends at 15:00 UTC: only the overdue one.
    expect(json({ TZ: 'Asia/Tokyo' })).toEqual([ids.c3]);
  });

  it('filters by --overdue, --within, --assignee (case and accents ignored), with the documented JSON', async () => {
    const db = backend.logbook();
    const { ids } = await seedLogbook(db);
    const due = (...args: string[]) =>
      JSON.parse(plainte(['due', '--json', ...args], { db }).stdout) as { id: number }[];
    expect(due('--overdue')).toEqual([
      {
        id: ids.c3,
        due: '2026-11-21T09:00:00.000Z',
        status: 'awaiting_callback',
        customer: 'Alice Petit',
        phone: '07 00 00 00 01',
        assignee: 'Paul',
        summary: 'Crie au téléphone',
        note: null,
      },
    ]);
    expect(due('--within', '1').map((c) => c.id)).toEqual([ids.c3, ids.c4, ids.c5]);
    expect(due('--within', '1')[2]).toMatchObject({
      phone: '06 44 44 44 44',
      assignee: 'Élodie',
      status: 'transferred',
    });
    expect(due('--assignee', 'PAUL').map((c) => c.id)).toEqual([ids.c3]);
    expect(due('--within', '3', '--assignee', 'elodie').map((c) => c.id)).toEqual([ids.c5]);
    expect(due('--assignee', 'Marc')).toEqual([]);
    const wrong = plainte(['due', '--within', 'deux', '--exit-code'], { db });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--within attend un nombre entier positif');
  });

  it('runs under env -i in a bare cron environment: no LANG, no TERM, stdin closed', async () => {
    const db = backend.logbook();
    await seedLogbook(db);
    const result = spawnSync(
      '/usr/bin/env',
      [
        '-i',
        'PATH=/usr/bin:/bin',
        `HOME=${tempDir()}`,
        `PLAINTE_DB=${db}`,
        `PLAINTE_NOW=${NOW}`,
        'TZ=Europe/Paris',
        process.execPath,
        BIN,
        'rappels',
        '--exit-code',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('2 rappels pour aujourd’hui, lundi 23 novembre 2026 :');
    expect(result.stdout).not.toContain('\u001b');
  });
});
