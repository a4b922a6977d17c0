// SQLite: what moves many rows or bytes, each run in pairs with what it is held to: an import
// beside the sqlite3 shell copying the same rows, and `due` on a logbook given photos beside
// `due` on the same logbook without them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { available, measurePair } from './measure.js';
import { logbookWithPhotos, removeLogbook } from './photos.js';
import { exportFor } from './seed.js';
import { SHELL, copyScript as sqliteCopyScript } from './transfer-sql.js';
import { check, label, ms, row, times } from './figures.js';
import { baseEnv, bin, dataDir, envFor, first, importSize, logbookOf, node, runs } from './setup.js';

// Import: our JSON export of 100k complaints (or the largest size below it) into an empty
// logbook, and into a copy of the smallest logbook (one that has rows), each run in turn
// with its limit: the sqlite3 shell copying the same rows, table to table, into an empty
// logbook (bench/transfer-sql.js). A fresh target for each run.
export async function measureImport(bySize) {
  const source = logbookOf(importSize);
  const exported = bySize.has(importSize) ? exportFor(bin, source, envFor) : { failed: 'no logbook' };
  const target = join(dataDir, 'import.db');
  const copyTarget = join(dataDir, 'copy.db');
  const remove = (path) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${path}${suffix}`, { force: true }));
  // The copy's target: an empty logbook as plainte makes it (a setting written creates it).
  const emptyLogbook = () => {
    remove(copyTarget);
    spawnSync(node, [bin, 'config', 'set', 'shop.name', 'Banc'], { env: envFor(copyTarget), stdio: 'ignore' });
  };
  const withRows = () => {
    remove(target);
    copyFileSync(logbookOf(first), target);
  };
  emptyLogbook();
  const limit = [
    SHELL,
    [copyTarget],
    baseEnv,
    { input: await sqliteCopyScript(source, copyTarget), fresh: emptyLogbook },
  ];
  const run = (fresh) => [node, [bin, 'import', exported.file], envFor(target), { fresh }];
  const measureInto = (fresh) =>
    exported.failed
      ? { failed: `export: ${exported.failed}` }
      : available(SHELL)
        ? measurePair(limit, run(fresh), { runs: 3, warmups: 0 })
        : { failed: `${SHELL} not installed` };
  const intoEmpty = measureInto(() => remove(target));
  const intoRows = measureInto(withRows);
  for (const [pair, what, bound] of [
    [intoEmpty, 'into an empty logbook', 1.5],
    [intoRows, `into the ${label(first)} logbook`, 2],
  ]) {
    if (pair.failed) row(`plainte import (${label(importSize)} complaints) ${what}`, importSize, pair);
    else {
      row(`sqlite3 shell, copy of the same rows (limit)`, importSize, { wall: pair.first, rss: pair.firstRss });
      const perSecond = Math.round(importSize / (pair.second / 1000));
      row(
        `plainte import (${label(importSize)} complaints) ${what}`,
        importSize,
        { wall: pair.second, rss: pair.secondRss },
        `${perSecond.toLocaleString('en')} complaints/s; ` +
          `copy beside it ${ms(pair.first)}, median ratio ${times(pair.ratio)}`,
      );
    }
    check(`import of ${label(importSize)} ${what} ≤ ${bound} × sqlite3 shell's copy`, () => {
      if (pair.failed) throw new Error(pair.failed);
      return [times(pair.ratio), times(bound), pair.ratio <= bound];
    });
  }
  remove(target);
  remove(copyTarget);
}

// `due` on a copy of the 100k logbook (or the largest below it) given 1,000 photos of 2 MB,
// run in pairs with `due` on the logbook itself: the photos' bytes are never read.
export function measureDueWithPhotos() {
  const size = importSize;
  // Both are copies brought to this build's schema: the seeded logbook stays as it was.
  const source = logbookOf(size);
  const plain = join(dataDir, 'photos-none.db');
  const target = join(dataDir, 'photos.db');
  let bytes;
  try {
    logbookWithPhotos(node, bin, baseEnv, source, plain, { photos: 0 });
    bytes = logbookWithPhotos(node, bin, baseEnv, source, target);
  } catch (error) {
    row('plainte due with 1,000 photos of 2 MB', size, { failed: error.message });
    return;
  }
  const pair = measurePair([node, [bin, 'due'], envFor(plain)], [node, [bin, 'due'], envFor(target)], { runs });
  const what = `plainte due with 1,000 photos of 2 MB (logbook ${(bytes / 2 ** 30).toFixed(1)} GiB)`;
  if (pair.failed) row(what, size, pair);
  else
    row(
      what,
      size,
      { wall: pair.second, rss: pair.secondRss },
      `plain due on the same logbook beside it ${ms(pair.first)}; median ratio ${times(pair.ratio)}`,
    );
  check(`due on ${label(size)} with 1,000 photos of 2 MB ≤ 1.1 × without`, () => {
    if (pair.failed) throw new Error(pair.failed);
    return [times(pair.ratio), times(1.1), pair.ratio <= 1.1];
  });
  removeLogbook(plain);
  removeLogbook(target);
}
