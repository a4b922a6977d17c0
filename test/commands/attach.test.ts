import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jpegBytes } from '../helpers/attachments.js';
import { plainte, tempDir, type Run } from '../helpers/cli.js';
import { BACKENDS, SQLITE } from '../helpers/logbooks.js';

// plainte attach: a photo, a receipt, a letter kept with the complaint, listed, given back.

function ok(db: string, args: string[]): Run {
  const run = plainte(args, { db });
  expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run;
}

/** A folder with a photo of the defect (a JPEG), a receipt (every byte value, in a PDF's
 * clothes) and a note. */
function files() {
  const dir = tempDir();
  const photo = join(dir, 'photo défaut.jpg');
  const receipt = join(dir, 'ticket.pdf');
  const note = join(dir, 'numéro de série.txt');
  writeFileSync(photo, Buffer.concat([jpegBytes('Photodefaut'), randomBytes(300_000)]));
  const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  writeFileSync(receipt, Buffer.concat([Buffer.from('%PDF-1.4\n'), everyByte, randomBytes(5000)]));
  writeFileSync(note, 'SN 4455-XK\n');
  return { dir, photo, receipt, note };
}

describe.each(BACKENDS)('plainte attach ($name)', (backend) => {
  it('keeps a photo and a receipt with the complaint, lists them, and gives each back byte for byte', () => {
    const db = backend.logbook();
    ok(db, ['new', '--no-input', '--customer', 'Hélène Lefèvre', '--product', 'Cafetière', '--description', 'Fuit']);
    const { dir, photo, receipt, note } = files();
    const added = ok(db, ['attach', '1', photo, receipt, '--operator', 'Anne']);
    expect(added.stderr).toBe(
      '2 pièces jointes ajoutées à la réclamation n° 1 : n° 1 photo défaut.jpg, n° 2 ticket.pdf.\n',
    );
    ok(db, ['joindre', '1', note, '--operator', 'Paul']);

    const list = ok(db, ['attach', '1']).stdout.split('\n');
    expect(list[0]).toMatch(/^n° 1 · photo défaut\.jpg · image\/jpeg · 300 ko · 23 nov\. 2026, 11:00$/);
    expect(list[1]).toMatch(/^n° 2 · ticket\.pdf · application\/pdf · 5,3 ko · /);
    expect(list[2]).toMatch(/^n° 3 · numéro de série\.txt · text\/plain · 11 o · /);

    const shown = ok(db, ['show', '1']).stdout;
    expect(shown).toContain('Pièces jointes\n  n° 1 · photo défaut.jpg · image/jpeg · 300 ko');
    expect(shown).toContain(
      'pièce jointe n° 3 ajoutée\n      Nom du fichier : numéro de série.txt\n      Type : text/plain',
    );
    const json = JSON.parse(ok(db, ['show', '1', '--json']).stdout);
    expect(json.attachments[1]).toEqual({
      complaintId: 1,
      number: 2,
      name: 'ticket.pdf',
      type: 'application/pdf',
      size: 5265,
      sha256: (JSON.parse(ok(db, ['attach', '1', '--json']).stdout) as { sha256: string }[])[1].sha256,
      addedAt: '2026-11-23T10:00:00.000Z',
      operator: 'Anne',
    });
    // The history names each file, never its bytes.
    const attached = json.events.filter((event: { kind: string }) => event.kind === 'attached');
    expect(attached.map((event: { details: unknown }) => event.details)).toEqual([
      { attachment: 1, name: 'photo défaut.jpg', type: 'image/jpeg', size: 300_017 },
      { attachment: 2, name: 'ticket.pdf', type: 'application/pdf', size: 5265 },
      { attachment: 3, name: 'numéro de série.txt', type: 'text/plain', size: 11 },
    ]);
    expect(attached.map((event: { operator: string }) => event.operator)).toEqual(['Anne', 'Anne', 'Paul']);

    for (const [number, original] of [
      [1, photo],
      [2, receipt],
    ] as const) {
      const out = join(dir, `rendu-${number}`);
      const given = ok(db, ['attach', '1', '--get', String(number), '-o', out]);
      expect(given.stderr).toBe(`Pièce jointe n° ${number} de la réclamation n° 1 écrite dans ${out}.\n`);
      expect(readFileSync(out).equals(readFileSync(original))).toBe(true);
    }
    // To standard output when it is not a terminal.
    expect(ok(db, ['attach', '1', '--get', '3', '-o', '-']).stdout).toBe('SN 4455-XK\n');
    expect(ok(db, ['doctor']).stdout).toMatch(
      /Contenu +1 réclamation, 1 client, \d+ événements, 3 pièces jointes \(305,3 ko\)/,
    );
  });

  it('refuses a file above the limit, naming it and the limit, and attaches none of the files given', () => {
    const db = backend.logbook();
    ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Rayé']);
    const { dir, photo, receipt, note } = files();
    ok(db, ['config', 'set', 'attach.max', '100 ko']);
    const before = backend.fingerprint(db);
    const tooBig = plainte(['attach', '1', receipt, photo], { db });
    expect(tooBig.status).toBe(1);
    expect(tooBig.stderr).toBe(
      `plainte : « ${photo} » fait 300 ko, plus que la limite de 100 ko par pièce jointe ; rien n’a été joint. ` +
        'Réduisez la photo, ou changez la limite : plainte config set attach.max "20 Mo".\n',
    );
    for (const [args, message] of [
      [[note, join(dir, 'absent.jpg')], `« ${join(dir, 'absent.jpg')} » : aucun fichier à cet endroit.`],
      [[dir], `« ${dir} » n’est pas un fichier`],
      [['/dev/null'], '« /dev/null » n’est pas un fichier'],
    ] as const) {
      const refused = plainte(['attach', '1', ...args], { db });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(message);
    }
    writeFileSync(join(dir, 'vide.jpg'), '');
    expect(plainte(['attach', '1', join(dir, 'vide.jpg')], { db }).stderr).toContain('est vide');
    expect(backend.fingerprint(db)).toBe(before);
    expect(plainte(['attach', '1'], { db }).stderr).toBe(
      'La réclamation n° 1 n’a pas de pièce jointe. Pour en joindre une : plainte attach 1 photo.jpg\n',
    );
    // The limit as the shop types it; a size that cannot be read is refused.
    const bad = plainte(['config', 'set', 'attach.max', 'beaucoup'], { db });
    expect(bad.stderr).toContain('une taille est attendue, par exemple 10 Mo, 500 ko ou 20MB.');
    ok(db, ['config', 'set', 'attach.max', '1MB']);
    ok(db, ['attach', '1', photo]);
  });

  it('keeps evidence on a closed complaint too', () => {
    const db = backend.logbook();
    ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Rayé']);
    ok(db, ['close', '1', '--outcome', 'resolved', '--satisfaction', '4']);
    const { note } = files();
    ok(db, ['attach', '1', note]);
    expect(ok(db, ['attach', '1']).stdout).toContain('n° 1 · numéro de série.txt');
  });

  it('says what is wrong with the command line (exit 2) or the number (exit 1), and writes nothing', () => {
    const db = backend.logbook();
    ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Rayé']);
    const { dir, note } = files();
    ok(db, ['attach', '1', note]);
    const before = backend.fingerprint(db);
    const out = join(dir, 'rendu');
    for (const [args, status, message] of [
      [['attach', '1', '--get', '1'], 2, 'où écrire la pièce jointe n° 1 ? Donnez -o FICHIER'],
      [['attach', '1', '-o', out], 2, '-o va avec --get N'],
      [['attach', '1', note, '--get', '1', '-o', out], 2, '--get rend une pièce jointe'],
      [['attach', '1', '--get', '2', '-o', out], 1, 'la réclamation n° 1 n’a pas de pièce jointe n° 2.'],
      [['attach', '7', '--get', '1', '-o', out], 1, 'aucune réclamation n° 7.'],
      [['attach', '7', note], 1, 'aucune réclamation n° 7.'],
      [['attach', '1', '--get', '1', '-o', dir], 1, dir],
    ] as const) {
      const run = plainte([...args], { db });
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr).toContain(message);
    }
    expect(backend.fingerprint(db)).toBe(before);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe.each(BACKENDS)('attachments in an export ($name)', (backend) => {
  it('travel in JSON, come back with import byte for byte, and are named in a CSV', () => {
    const db = backend.logbook();
    ok(db, ['new', '--no-input', '--customer', 'Hélène Lefèvre', '--description', 'Fuit']);
    ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Rayé']);
    const { dir, photo, receipt } = files();
    ok(db, ['attach', '2', photo, receipt, '--operator', 'Anne']);
    const json = join(dir, 'cahier.json');
    ok(db, ['export', '--format', 'json', '-o', json]);
    const lines = readFileSync(json, 'utf8').split('\n');
    // A complaint without attachments has no key for them; the others list them after the history.
    expect(lines[1]).not.toContain('"attachments"');
    const second = JSON.parse(lines[2].replace(/,$/, ''));
    expect(
      second.attachments.map((a: { number: number; name: string; type: string }) => [a.number, a.name, a.type]),
    ).toEqual([
      [1, 'photo défaut.jpg', 'image/jpeg'],
      [2, 'ticket.pdf', 'application/pdf'],
    ]);
    expect(Buffer.from(second.attachments[1].base64, 'base64').equals(readFileSync(receipt))).toBe(true);

    const copy = backend.logbook();
    ok(copy, ['import', json]);
    expect(ok(copy, ['attach', '2']).stdout).toBe(ok(db, ['attach', '2']).stdout);
    const out = join(dir, 'rendu.jpg');
    ok(copy, ['attach', '2', '--get', '1', '-o', out]);
    expect(readFileSync(out).equals(readFileSync(photo))).toBe(true);
    // Imported twice: nothing added, the attachments not doubled.
    ok(copy, ['import', json]);
    expect(backend.sql(copy, 'SELECT count(*) FROM attachment_bytes')).toEqual(['2']);

    const csv = ok(db, ['export', '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0].endsWith(';events;attachments')).toBe(true);
    expect(csv.slice(1).join('\r\n')).toContain(';"photo défaut.jpg\nticket.pdf"\r\n');
  });

  it('refuses a file whose attachment does not match its SHA-256, and imports nothing', () => {
    const db = backend.logbook();
    ok(db, ['new', '--no-input', '--customer', 'Hélène Lefèvre', '--description', 'Fuit']);
    const { dir, receipt } = files();
    ok(db, ['attach', '1', receipt]);
    const json = join(dir, 'cahier.json');
    ok(db, ['export', '--format', 'json', '-o', json]);
    const text = readFileSync(json, 'utf8');
    const base64 = /"base64":"([^"]+)"/.exec(text)![1];
    const damaged = `${base64.slice(0, 100)}${base64[100] === 'A' ? 'B' : 'A'}${base64.slice(101)}`;
    writeFileSync(json, text.replace(base64, damaged));
    const copy = backend.logbook();
    ok(copy, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Rayé']);
    const before = backend.fingerprint(copy);
    const refused = plainte(['import', json], { db: copy });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'la pièce jointe « ticket.pdf » ne correspond pas à son empreinte SHA-256 : le fichier a été abîmé',
    );
    expect(backend.fingerprint(copy)).toBe(before);
  });
});

describe('attachments in a backup', () => {
  it('are in the backup file, byte for byte', () => {
    const db = SQLITE.logbook();
    ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Rayé']);
    const { dir, receipt } = files();
    ok(db, ['attach', '1', receipt]);
    const backup = join(dir, 'sauvegarde.db');
    ok(db, ['backup', backup]);
    const out = join(dir, 'rendu.pdf');
    ok(backup, ['attach', '1', '--get', '1', '-o', out]);
    expect(readFileSync(out).equals(readFileSync(receipt))).toBe(true);
  });
});
