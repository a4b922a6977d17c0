import { statSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { BACKENDS, type Backend } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { HOSTILE, seedLogbook } from '../transfer/seed.js';

async function seeded(backend: Backend): Promise<string> {
  const db = backend.logbook();
  await seedLogbook(db);
  return db;
}

/** Lines of an iCalendar file, unfolded (RFC 5545: CRLF then a space continues the line). */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe.each(BACKENDS)('plainte export ($name)', (backend) => {
  it('writes every complaint with its customer and history as versioned JSON with ISO dates', async () => {
    const db = await seeded(backend);
    const run = await runIn(['export', '--format', 'json'], { db });
    expect(run.status).toBe(0);
    const document = JSON.parse(run.stdout) as {
      format: string;
      version: number;
      complaints: Record<string, unknown>[];
    };
    expect(document).toMatchObject({ format: 'plainte', version: 1 });
    expect(document.complaints.map((c) => c.id)).toEqual([1, 2, 3]);
    const first = document.complaints[0];
    expect(first).toMatchObject({
      status: 'awaiting_callback',
      facts: HOSTILE,
      costCents: 2500,
      receivedAt: '2026-11-20T09:00:00.000Z',
    });
    expect(first.customer).toMatchObject({ id: 1, name: 'Hélène Lefèvre', phone: '+33 6 12 34 56 78' });
    expect((first.events as { kind: string }[]).map((e) => e.kind)).toEqual(['created', 'completed']);
    expect(Object.keys(first).slice(0, 4)).toEqual(['id', 'status', 'phaseReached', 'receivedAt']);
  });

  it('writes CSV for French spreadsheets: BOM, semicolons, CRLF, formulas neutralised, numbers kept', async () => {
    const db = await seeded(backend);
    const run = await runIn(['export', '--format', 'csv'], { db });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\uFEFFid;status;phaseReached;receivedAt;')).toBe(true);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    expect(run.stdout).toContain(`;"'=HYPERLINK(""http://evil"",""clic"")";`);
    expect(run.stdout).toContain(";'+33 6 12 34 56 78;");
    expect(run.stdout).toContain(";'-5 % promis;");
    expect(run.stdout).toContain(";''=déjà protégé;");
    expect(run.stdout).toContain(';2500;');
    expect(run.stdout).toMatch(/\r\n1;awaiting_callback;5;/);
    // No cell starts with a formula character once the quoting is taken away.
    expect(run.stdout).not.toMatch(/(^|;|\r\n)"?[=+\-@]/);
  });

  it('filters by status and received date', async () => {
    const db = await seeded(backend);
    const ids = async (args: string[]) =>
      (
        JSON.parse((await runIn(['export', '--format', 'json', ...args], { db })).stdout) as {
          complaints: { id: number }[];
        }
      ).complaints.map((c) => c.id);
    expect(await ids(['--status', 'closed'])).toEqual([2]);
    expect(await ids(['--since', '21/11/2026'])).toEqual([2, 3]);
    expect(await ids(['--until', '21/11/2026'])).toEqual([1, 2]);
    expect(await ids(['--status', 'draft,closed', '--since', '2026-11-22'])).toEqual([3]);
  });

  it('writes the pending callbacks as calendar events, escaped and folded at 75 octets', async () => {
    const db = await seeded(backend);
    const run = await runIn(['export', '--format', 'ics'], { db });
    expect(run.status).toBe(0);
    const raw = run.stdout;
    expect(raw.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(raw.match(/END:VEVENT/g)).toHaveLength(1);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const lines = unfold(raw);
    expect(lines.find((l) => l.startsWith('UID:'))).toMatch(/^UID:complaint-1-[0-9a-f]{16}@plainte$/);
    expect(lines).toContain('DTSTART:20261125T083000Z');
    expect(lines.find((l) => l.startsWith('SUMMARY:'))).toBe(
      'SUMMARY:Rappeler Hélène Lefèvre — Perceuse\\; modèle "X"\\, 18 V',
    );
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toContain('Téléphone : +33 6 12 34 56 78\\n');
    expect(description).toContain('c\'est nul"\\; puis\\, il est parti\\nligne 2\\n');
    expect(description).not.toMatch(/[\u0000-\u0008\u000a-\u001f]/);
  });

  it('writes to a file only its owner can read, even when the file existed', async () => {
    const db = await seeded(backend);
    const file = join(tempDir(), 'out.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    const run = await runIn(['export', '--format', 'json', '-o', file], { db });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('3 réclamations exportées');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });
  });

  it('refuses a missing or unknown format with a usage message, and says when the file cannot be written', async () => {
    const db = backend.emptyLogbook();
    const nowhere = await runIn(['export', '--format', 'csv', '-o', join(tempDir(), 'missing', 'out.csv')], { db });
    expect(nowhere).toMatchObject({ status: 1, stdout: '' });
    expect(nowhere.stderr).toMatch(/^plainte : impossible d’écrire .*out\.csv : son dossier n’existe pas/);
    expect(await runIn(['export'], { db })).toMatchObject({ status: 2, stderr: expect.stringContaining('--format') });
    expect((await runIn(['export', '--format', 'xls'], { db })).status).toBe(2);
  });
});
