import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainte, tempDir, tempLogbook } from '../helpers/cli.js';
import { inTerminal } from '../helpers/pty.js';

// Text a customer dictated, or a hostile file brought in, may hold what drives a terminal:
// OSC 52 (writes the clipboard), a clear-screen, an OSC 8 link, BEL, the one-character C1
// CSI (U+009B) and bidi controls that make a line read differently. At a terminal none of
// it may arrive raw; in a file or a pipe the data stays as stored, JSON with \u escapes.

const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const CLEAR = '\u001b[2J';
const LINK = '\u001b]8;;https://example.com/\u001b\\ici\u001b]8;;\u001b\\';
const CSI = '\u009b31m';
const BIDI = '\u202egnp.exe\u202c \u2066isolé\u2069';
const HOSTILE = `Fuite ${CLIPBOARD}${CLEAR}${LINK}\u0007 ${CSI}rouge ${BIDI}`;

/** Everything that must never reach a terminal raw. */
const RAW = /[\u0007\u001b\u009b\u202c\u202e\u2066\u2069]/;

function logbookWithHostileText(): string {
  const db = tempLogbook();
  const run = plainte(
    ['new', '--no-input', '--customer', `Marie ${BIDI}`, '--description', HOSTILE, '--callback', 'demain'],
    { db },
  );
  expect(run.status, run.stderr).toBe(0);
  return db;
}

describe('stored text at a terminal', () => {
  for (const format of ['csv', 'json', 'ics']) {
    it(`export --format ${format} shows controls as stand-ins, never raw`, () => {
      const db = logbookWithHostileText();
      const run = inTerminal(['export', '--format', format], [], { db });
      expect(run.status).toBe(0);
      // The calendar names the customer; the spreadsheet and JSON hold the account too.
      expect(run.raw).toContain(format === 'ics' ? 'Rappeler Marie' : 'Fuite');
      expect(run.raw).not.toMatch(RAW);
    });
  }

  it('show --json and list --json at a terminal escape them too', () => {
    const db = logbookWithHostileText();
    for (const args of [
      ['show', '1', '--json'],
      ['list', '--json'],
    ]) {
      // Taller than the terminal, the text goes through the pager (`cat` here) to it.
      const run = inTerminal(args, [], { db, env: { PLAINTE_PAGER: 'cat' } });
      expect(run.status).toBe(0);
      expect(run.raw).toContain('Fuite');
      expect(run.raw).not.toMatch(RAW);
    }
  });
});

describe('stored text in a file or a pipe', () => {
  it('JSON escapes C1 and bidi controls as \\u escapes, and reads back the same', () => {
    const db = logbookWithHostileText();
    const piped = plainte(['export', '--format', 'json'], { db }).stdout;
    expect(piped).toContain('\\u009b31m');
    expect(piped).toContain('\\u202egnp.exe\\u202c \\u2066isolé\\u2069');
    expect(piped).toContain('\\u001b]52;c;');
    expect(piped).not.toMatch(RAW);
    expect(JSON.parse(piped).complaints[0].account).toBe(HOSTILE);

    const file = join(tempDir(), 'cahier.json');
    expect(plainte(['export', '--format', 'json', '-o', file], { db }).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(piped);
    const copy = tempLogbook();
    expect(plainte(['import', file], { db: copy }).status).toBe(0);
    expect(JSON.parse(plainte(['show', '1', '--json'], { db: copy }).stdout).account).toBe(HOSTILE);
    for (const args of [
      ['show', '1', '--json'],
      ['list', '--json'],
      ['due', '--within', '3', '--json'],
    ]) {
      const output = plainte(args, { db }).stdout;
      expect(output, args.join(' ')).not.toMatch(RAW);
      expect(output, args.join(' ')).toContain('\\u202e');
    }
  });

  it('CSV and ICS keep the text as stored, for the spreadsheet or the calendar to read', () => {
    const db = logbookWithHostileText();
    expect(plainte(['export', '--format', 'csv'], { db }).stdout).toContain(HOSTILE);
    expect(plainte(['export', '--format', 'ics'], { db }).stdout).toContain(`Marie ${BIDI}`);
  });
});

describe('arguments echoed in error messages', () => {
  it('are shown with stand-ins, never raw', () => {
    const db = logbookWithHostileText();
    const cases: [string[], number][] = [
      [['show', '\u001b[31m9'], 1],
      [['follow-up', '1', '--note', 'appel', '--callback', '\u001b[31mdemain'], 1],
      [['new', '--no-input', '--customer', 'Marie', '--description', 'fuite', '--phone', `\u001b]52;c;eA==\u0007`], 1],
      // A value outside the option's list is a usage error.
      [['list', '--status', `ouverte${CSI}`], 2],
    ];
    for (const [args, status] of cases) {
      const run = plainte(args, { db });
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr, args.join(' ')).toMatch(/^plainte : .*[␛\uFFFD]/);
      expect(run.stderr, args.join(' ')).not.toMatch(RAW);
    }
  });
});
