import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { notRegularFiles } from '../helpers/special-files.js';

// Whatever `import` is given, what it reads and holds is bounded: only regular files (or
// standard input, copied first), no line longer than 4 MiB, the first 50 problems kept. The
// runs below have a JavaScript heap of 64 MiB: one that needed more (the old whole-file
// reading took 1.7 GB for a 20 MB header) dies instead of passing.

const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=64' };

function logbookWithOneSetting(): string {
  const db = tempLogbook();
  expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db }).status).toBe(0);
  return db;
}

/** A file of `bytes` NUL bytes without writing them: /dev/zero as a regular file. */
function zeros(bytes: number): string {
  const file = join(tempDir(), 'zeros.csv');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return file;
}

describe('import of what is not a file of complaints', () => {
  it('refuses a device, a FIFO nobody writes to and a folder at once, and leaves the logbook alone', () => {
    const db = logbookWithOneSetting();
    const before = sha256(db);
    for (const path of ['/dev/zero', ...notRegularFiles(tempDir()), tempDir()]) {
      const run = plainte(['import', path], { db, timeoutMs: 20_000 });
      expect(run.stderr, path).toBe(
        `plainte : ${path} n’est pas un fichier ordinaire (un périphérique, un tube…) : ` +
          'donnez un fichier, ou « - » pour lire l’entrée standard.\n',
      );
      expect(run.status, path).toBe(1);
    }
    expect(sha256(db)).toBe(before);
  });

  it('refuses a 20 MB header line at its line, holding no more than a small heap', () => {
    const db = logbookWithOneSetting();
    const before = sha256(db);
    const file = join(tempDir(), 'entete.csv');
    writeFileSync(file, `${'colonne;'.repeat(2_500_000)}\n25/11/2026;Marie\n`);
    const run = plainte(['import', file], { db, env: SMALL_HEAP });
    expect(run.stderr).toBe(
      [
        'ligne 1 : ligne de plus de 4 Mio : ce n’est pas un fichier de réclamations lisible',
        '1 problème dans le fichier.',
        'plainte : Rien n’a été importé : corrigez le fichier et recommencez.\n',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
    expect(sha256(db)).toBe(before);
  });

  it('refuses 500 MB of NUL bytes, as a file or on standard input, holding no more than a small heap', () => {
    const db = logbookWithOneSetting();
    const file = zeros(500 * 1024 * 1024);
    const asFile = plainte(['import', file], { db, env: SMALL_HEAP });
    expect(asFile.stderr).toMatch(/^ligne 1 : ligne de plus de 4 Mio/);
    expect(asFile.status).toBe(1);
    const stdin = plainte(['import', '-'], { db, env: SMALL_HEAP, input: '\u0000'.repeat(20 * 1024 * 1024) });
    expect(stdin.stderr).toMatch(/^ligne 1 : ligne de plus de 4 Mio/);
    expect(stdin.status).toBe(1);
  });

  it('reports the first 50 problems of 100,000 bad rows and their count, in a small heap', () => {
    const db = logbookWithOneSetting();
    const file = join(tempDir(), 'dates.csv');
    writeFileSync(file, `date;client\n${'pas une date;Marie\n'.repeat(100_000)}`);
    const run = plainte(['import', file], { db, env: SMALL_HEAP });
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'ligne 2 : receivedAt : « pas une date » n’est pas une date possible (25/11/2026 ou 25/11/2026 14:30)',
      'ligne 3 : receivedAt : « pas une date » n’est pas une date possible (25/11/2026 ou 25/11/2026 14:30)',
    ]);
    expect(lines.slice(50)).toEqual([
      '… et 99950 autres problèmes.',
      '100000 problèmes dans le fichier.',
      'plainte : Rien n’a été importé : corrigez le fichier et recommencez.',
    ]);
    expect(run.status).toBe(1);
  });
});

describe('import - (standard input)', () => {
  it('reads our JSON export sent on standard input, as from a file', async () => {
    const source = tempLogbook();
    await oldClosedLogbook(source, 300);
    const exported = plainte(['export', '--format', 'json'], { db: source }).stdout;
    const db = tempLogbook();
    const run = plainte(['import', '-'], { db, input: exported, env: SMALL_HEAP });
    expect(run.stdout).toContain('300 réclamations ajoutées');
    expect(run.status).toBe(0);
    expect(plainte(['export', '--format', 'json'], { db }).stdout).toBe(exported);
  });
});
