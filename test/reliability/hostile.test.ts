import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, plainte, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';

// Whatever a customer types or a spreadsheet holds: a clear message, exit 1 (2 for a
// misused command line), and the logbook byte for byte as it was.

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

function logbookWithOneSetting(): string {
  const db = tempLogbook();
  expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db }).status).toBe(0);
  return db;
}

function expectRefused(db: string, args: string[], status = 1): string {
  const before = sha256(db);
  const run = plainte(args, { db });
  expect(run.status, run.stderr).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^plainte : |^ligne |^réclamation |^JSON /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(sha256(db)).toBe(before);
  return run.stderr;
}

describe('hostile files given to import', () => {
  for (const file of readdirSync(HOSTILE)) {
    it(`refuses ${file} with the line at fault and imports nothing`, () => {
      const stderr = expectRefused(logbookWithOneSetting(), ['import', join(HOSTILE, file)]);
      expect(stderr).toContain('Rien n’a été importé');
    });
  }
});

describe('hostile answers on the command line', () => {
  const cases: [string, string[], number][] = [
    ['an impossible date (31 February)', ['--purchase-date', '31/02/2026'], 1],
    ['the year 99999', ['--purchase-date', '01/01/99999'], 1],
    ['a negative cost', ['--cost', '-5'], 1],
    ['a cost in words', ['--cost', 'douze'], 1],
    ['an empty option', ['--phone', ''], 1],
    ['an option given twice', ['--cost', '5', '--cost', '6'], 2],
  ];
  for (const [what, extra, status] of cases) {
    it(`refuses ${what} in plainte new`, () => {
      expectRefused(
        logbookWithOneSetting(),
        ['new', '--no-input', '--customer', 'Marie Dupont', '--description', 'Le lave-linge fuit', ...extra],
        status,
      );
    });
  }

  it('refuses a callback date that does not exist in follow-up', () => {
    const db = logbookWithOneSetting();
    expect(
      plainte(['new', '--no-input', '--customer', 'Marie Dupont', '--description', 'Le lave-linge fuit'], { db })
        .status,
    ).toBe(0);
    expectRefused(db, ['follow-up', '1', '--note', 'Appelée', '--callback', '31/02/2027', '--no-input']);
  });
});

describe('a very long text (1 MB)', () => {
  // Linux refuses any single argument over 128 KiB (MAX_ARG_STRLEN) before plainte runs:
  // such a text can only come through a file. plainte then keeps it whole: a description is
  // what the customer said, and SQLite holds up to a gigabyte in a cell.
  const huge = 'é'.repeat(512 * 1024);

  it('cannot be passed as one argument: the system refuses to start the command', () => {
    const run = spawnSync(
      process.execPath,
      [BIN, 'new', '--no-input', '--customer', 'Marie Dupont', '--description', huge],
      { env: { PATH: process.env.PATH ?? '' } },
    );
    expect(run.error).toMatchObject({ code: 'E2BIG' });
  });

  it('is imported from a CSV and kept whole, byte for byte', async () => {
    const db = tempLogbook();
    const file = join(tempDir(), 'long.csv');
    writeFileSync(file, `Date;Client;Produit;Motif\n25/11/2026;Mme Dupont;Lave-linge;${huge}\n`);
    expect(Buffer.byteLength(huge)).toBe(1024 * 1024);
    expect(plainte(['import', file], { db }).status).toBe(0);
    const { store } = await testStore(db);
    const complaint = await store.getComplaint(1);
    await store.close();
    expect(Object.values(complaint!)).toContain(huge);
    expect(plainte(['doctor'], { db }).status).toBe(0);
  });
});
