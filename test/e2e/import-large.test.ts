import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256, tempDir, tempLogbook, plainte } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';
import { seedLogbook } from '../transfer/seed.js';

// Our JSON is read a line at a time and its rows go to the logbook as they are checked,
// in one transaction: a problem found after thousands of rows must still leave nothing.

type Complaint = Record<string, unknown>;

const HEAD = '{"format":"plainte","version":1,"complaints":[';

/** A file laid out as export writes it. */
function ownJson(complaints: readonly Complaint[]): string {
  return `${HEAD}\n${complaints.map((complaint) => JSON.stringify(complaint)).join(',\n')}\n]}\n`;
}

/** `count` complaints made from the seed's first one, with ids above the seed's. */
async function manyComplaints(count: number): Promise<Complaint[]> {
  const source = tempLogbook();
  await seedLogbook(source);
  const [model] = (
    JSON.parse((await runIn(['export', '--format', 'json'], { db: source })).stdout) as { complaints: Complaint[] }
  ).complaints;
  return Array.from({ length: count }, (_, i) => ({ ...model, id: 100 + i, orderRef: `CMD-${100 + i}` }));
}

function write(text: string | Buffer): string {
  const file = join(tempDir(), 'export.json');
  writeFileSync(file, text);
  return file;
}

// As root, file modes do not stop a process: the read-only case runs as "nobody".
const reader = process.getuid?.() === 0 ? { uid: 65534 } : {};

describe('plainte import of a large export', () => {
  it('writes nothing when rows late in the file are bad, and reports all of them', async () => {
    const complaints = await manyComplaints(3000);
    const db = tempLogbook();
    await seedLogbook(db);
    const before = sha256(db);
    const bad = complaints.map((complaint) => ({ ...complaint }));
    bad[2900].status = 'lost';
    bad[2950].costCents = '12';
    const run = await runIn(['import', write(ownJson(bad)), '--lang', 'en'], { db });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^complaint #2900 of the file: status: "lost" unknown/),
      'complaint #2950 of the file: costCents: "12" is not a whole number',
      '2 problems in the file.',
    ]);
    expect(sha256(db)).toBe(before);
    // The same file without those two rows goes in whole.
    const good = await runIn(['import', write(ownJson(complaints))], { db });
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('3000 réclamations ajoutées, 0 déjà présente');
  });

  it('reports the rows at fault rather than the read-only logbook that stopped the inserting', async () => {
    const top = tempDir();
    const folder = join(top, 'shop');
    mkdirSync(folder);
    for (const path of [top, folder]) chmodSync(path, 0o755);
    const db = join(folder, 'plainte.db');
    expect((await runIn(['config', 'set', 'shop.name', 'Quincaillerie Martin'], { db })).status).toBe(0);
    chmodSync(db, 0o444);
    const complaints = await manyComplaints(3000);
    complaints[2999].status = 'lost';
    const file = write(ownJson(complaints));
    chmodSync(join(file, '..'), 0o755);
    chmodSync(file, 0o644);
    const run = plainte(['import', file], { db, ...reader });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^réclamation n° 2999 du fichier : status : « lost » inconnu/);
    expect(run.stderr).toContain('Rien n’a été importé');
    // The same file without that row: the logbook's own refusal.
    complaints[2999].status = 'open';
    writeFileSync(file, ownJson(complaints));
    expect(plainte(['import', file], { db, ...reader }).stderr).toContain('lecture seule');
  });

  it('writes nothing in a dry run of a large export', async () => {
    const db = tempLogbook();
    await seedLogbook(db);
    const before = sha256(db);
    const run = await runIn(['import', '--dry-run', write(ownJson(await manyComplaints(2500)))], { db });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2500 réclamations seraient ajoutées');
    expect(sha256(db)).toBe(before);
  });

  it('reads an export behind a byte order mark, and one with a complaint longer than a read', async () => {
    const complaints = await manyComplaints(3);
    const db = tempLogbook();
    expect((await runIn(['import', write(`\uFEFF${ownJson(complaints)}`)], { db })).stdout).toContain(
      '3 réclamations ajoutées',
    );
    // Two megabytes of text on one line: more than the file is read by at a time.
    const facts = `${'é'.repeat(1024 * 1024)}fin`;
    const long = complaints.map((complaint, i) => ({
      ...complaint,
      id: 200 + i,
      facts: i === 1 ? facts : complaint.facts,
    }));
    const target = tempLogbook();
    const run = await runIn(['import', write(ownJson(long))], { db: target });
    expect(run.stderr).toBe('');
    const file = join(tempDir(), 'again.json');
    expect((await runIn(['export', '--format', 'json', '-o', file], { db: target })).status).toBe(0);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { complaints: Complaint[] };
    expect(exported.complaints.map((complaint) => complaint.facts)).toEqual(long.map((complaint) => complaint.facts));
  });

  it('reports only the lines that are not UTF-8 when an export was saved in another encoding', async () => {
    const complaints = await manyComplaints(5);
    complaints[1].status = 'lost';
    const text = ownJson(complaints);
    const lines = text.split('\n');
    // Complaint #3 is on line 5; "é" in Windows-1252 is one byte, never valid UTF-8 alone.
    const broken = Buffer.concat(
      lines.map((line, i) =>
        Buffer.concat([
          i === 4 ? Buffer.from(line.replace(/é/g, 'e') + '\u00e9', 'latin1') : Buffer.from(line),
          Buffer.from(i < lines.length - 1 ? '\n' : ''),
        ]),
      ),
    );
    const db = tempLogbook();
    const run = await runIn(['import', write(broken)], { db });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'ligne 5 : texte illisible : enregistrez le fichier en « CSV UTF-8 »',
      '1 problème dans le fichier.',
    ]);
    expect(
      (JSON.parse((await runIn(['export', '--format', 'json'], { db })).stdout) as { complaints: Complaint[] })
        .complaints,
    ).toEqual([]);
  });
});
