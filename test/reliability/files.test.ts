import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { BIN, NOW, emptyLogbook, plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { killDelays, runAndKill, timedRun } from '../helpers/crash.js';
import { smallDisk } from '../helpers/small-disk.js';
import { notRegularFiles } from '../helpers/special-files.js';

// The files plainte writes besides the logbook (exports, backups, a restored logbook) and
// its standard output, when the disk fills up, when the target is not a file, and when a
// run is killed half-way: the file that failed is named, nothing truncated is left under
// the name asked for, and temporary copies of personal data do not stay behind.

/** Temporary files of ours in `folder`. */
const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.includes('.plainte-'));

/** A process id that no process has any more. */
function finishedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** Runs plainte with stdout sent to `target` by the shell, as `plainte ... > target`. */
function redirected(args: string[], db: string, target: string) {
  const quoted = args.map((arg) => `'${arg}'`).join(' ');
  return spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${quoted} > ${target}`], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'Europe/Paris', PLAINTE_NOW: NOW, PLAINTE_DB: db },
    encoding: 'utf8',
  });
}

describe('standard output on a full disk', () => {
  it('is named in one line, exit 1, no stack, whatever the command writes', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 200);
    const commands = [
      ['report', '--all'],
      ['list', '--status', 'closed'],
      ['show', '1', '--json'],
      ['export', '--format', 'json'],
      ['export', '--format', 'csv'],
      ['--help'],
    ];
    for (const args of commands) {
      const run = redirected(args, db, '/dev/full');
      expect(run.stderr, args.join(' ')).toBe(
        'plainte : disque plein en écrivant la sortie standard (/dev/full). Libérez de la place, puis recommencez.\n',
      );
      expect(run.status, args.join(' ')).toBe(1);
    }
  });
});

describe('an export, a backup or a restore on a full disk', () => {
  it('export -o names the file, keeps the previous export whole, and leaves no partial copy', async (context) => {
    const disk = smallDisk(context);
    const db = tempLogbook();
    await oldClosedLogbook(db, 3000);
    const file = join(disk.dir, 'cahier.json');
    writeFileSync(file, 'the export of last week\n');
    disk.fill(64 * 1024);
    const run = plainte(['export', '--format', 'json', '-o', file], { db });
    expect(run.stderr).toBe(`plainte : disque plein en écrivant ${file}. Libérez de la place, puis recommencez.\n`);
    expect(run.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('the export of last week\n');
    expect(temporaries(disk.dir)).toEqual([]);
  });

  it('backup names the backup file, not the logbook, and leaves nothing behind', async (context) => {
    const disk = smallDisk(context);
    const db = tempLogbook();
    await oldClosedLogbook(db, 3000);
    const target = join(disk.dir, 'plainte-copie.db');
    disk.fill(64 * 1024);
    const before = sha256(db);
    const run = plainte(['backup', target], { db });
    expect(run.stderr).toBe(`plainte : disque plein en écrivant ${target}. Libérez de la place, puis recommencez.\n`);
    expect(run.status).toBe(1);
    expect(readdirSync(disk.dir)).toEqual(['filler']);
    expect(sha256(db)).toBe(before);
  });

  it('restore names the logbook it could not write, and leaves it in place', async (context) => {
    const disk = smallDisk(context);
    const db = join(disk.dir, 'plainte.db');
    expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db }).status).toBe(0);
    const backup = join(tempDir(), 'sauvegarde.db');
    await oldClosedLogbook(backup, 3000);
    disk.fill(64 * 1024);
    const run = plainte(['restore', backup, '--yes'], { db });
    expect(run.stderr).toBe(`plainte : disque plein en écrivant ${db}. Libérez de la place, puis recommencez.\n`);
    expect(run.status).toBe(1);
    expect(temporaries(disk.dir)).toEqual([]);
    disk.free();
    expect(plainte(['config', 'get', 'shop.name'], { db }).stdout).toBe('Quincaillerie Martin\n');
  });
});

describe('export -o given something else than a file', () => {
  it('refuses a FIFO and a device, and leaves their mode alone', () => {
    const db = emptyLogbook();
    for (const target of notRegularFiles(tempDir())) {
      const mode = statSync(target).mode;
      const run = plainte(['export', '--format', 'csv', '-o', target], { db, timeoutMs: 10_000 });
      expect(run.stderr).toContain(`${target} n’est pas un fichier ordinaire`);
      expect(run.status).toBe(1);
      expect(statSync(target).mode).toBe(mode);
    }
  });

  it('refuses a folder, naming it', () => {
    const folder = tempDir();
    const run = plainte(['export', '--format', 'csv', '-o', folder], { db: emptyLogbook() });
    expect(run).toMatchObject({ status: 1, stderr: expect.stringContaining(`${folder} est un dossier`) });
  });
});

describe('temporary files of a run that was killed', () => {
  it('are removed by the next export, backup or restore in that folder, and by doctor', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 20);
    const folder = join(db, '..');
    const dead = finishedPid();
    const leftover = (name: string) => {
      const file = join(folder, `.${name}.plainte-${dead}.tmp`);
      writeFileSync(file, 'Client 7 dit que sa perceuse ne marche plus', { mode: 0o600 });
      return file;
    };

    leftover('cahier.json');
    expect(plainte(['export', '--format', 'json', '-o', join(folder, 'cahier.json')], { db }).status).toBe(0);
    expect(temporaries(folder)).toEqual([]);

    leftover('copie.db');
    expect(plainte(['backup', join(folder, 'copie.db')], { db }).status).toBe(0);
    expect(temporaries(folder)).toEqual([]);

    leftover('plainte.db');
    expect(plainte(['restore', join(folder, 'copie.db'), '--yes'], { db }).status).toBe(0);
    expect(temporaries(folder)).toEqual([]);

    const stray = leftover('plainte-20261123-110000.db');
    const doctor = plainte(['doctor'], { db });
    expect(doctor.stdout).toMatch(
      /Fichiers temporaires +laissés par .* supprimés \(\.plainte-20261123-110000\.db\.plainte-\d+\.tmp\)/,
    );
    expect(doctor.status).toBe(0);
    expect(existsSync(stray)).toBe(false);
  });

  it('never leaves a partial export under the name asked for when export is killed', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 3000);
    const folder = join(db, '..');
    const file = join(folder, 'cahier.json');
    const { ms, result } = await timedRun(['export', '--format', 'json', '-o', file], db);
    expect(result.status, result.stderr).toBe(0);
    const complete = readFileSync(file);
    let interrupted = 0;
    for (const delay of killDelays(ms, 6)) {
      const run = await runAndKill(['export', '--format', 'json', '-o', file], db, delay);
      if (run.killed) interrupted++;
      // The previous export or the new one, whole: never a part of one.
      expect(readFileSync(file).equals(complete), `killed after ${delay} ms`).toBe(true);
      expect(plainte(['doctor'], { db }).status).toBe(0);
      expect(temporaries(folder), `killed after ${delay} ms`).toEqual([]);
    }
    expect(interrupted).toBeGreaterThan(0);
  });
});
