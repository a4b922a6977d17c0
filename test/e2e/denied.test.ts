import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir } from '../helpers/cli.js';

// A file the account may not read or write is said in words ("accès refusé"), never as
// Node's "EACCES: permission denied, open …". As root, modes stop nothing: the commands then
// run as "nobody" (uid 65534).
const asRoot = process.getuid?.() === 0;
const other = asRoot ? { uid: 65534 } : {};

describe('a file the account may not use', () => {
  it('is refused with the reason in words, for import, export and the logbook itself', () => {
    const shop = join(tempDir(), 'shop');
    mkdirSync(shop, { recursive: true });
    chmodSync(join(shop, '..'), 0o755);
    chmodSync(shop, 0o777);
    const db = join(shop, 'plainte.db');
    expect(plainte(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db }).status).toBe(0);
    chmodSync(db, 0o666);
    const locked = join(shop, 'locked');
    mkdirSync(locked, { mode: 0o700 });
    const secret = join(shop, 'secret.csv');
    writeFileSync(secret, 'date;client\n25/11/2026;Marie\n', { mode: 0o600 });

    const runs = [
      plainte(['import', secret], { db, ...other }),
      plainte(['export', '--format', 'csv', '-o', join(locked, 'out.csv')], { db, ...other }),
      plainte(['list'], { db: join(locked, 'plainte.db'), ...other }),
    ];
    for (const run of runs) {
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/EACCES|EPERM|permission denied/);
    }
    expect(runs[0].stderr).toContain('impossible de lire');
    expect(runs[0].stderr).toContain(': accès refusé (droits du fichier ou de son dossier).');
    expect(runs[1].stderr).toContain('pas le droit d’écrire');
    expect(runs[1].stderr).toContain('vérifiez les droits du fichier et de son dossier');
    expect(runs[2].stderr).toContain('accès refusé (droits du fichier ou de son dossier)');
  });
});
