import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { busyLogbook } from '../helpers/busy.js';
import { inTerminal, KEY } from '../helpers/pty.js';

// The built binary in a pseudo-terminal 40 and 80 columns wide: every line it writes fits,
// whichever command; the card and the numbered menus of a command picking a complaint up.

const COMMANDS = [
  ['list'],
  ['show', '2'],
  ['due', '--within', '7'],
  ['report', '--all'],
  ['guide'],
  ['customer', 'Lefèvre'],
  ['--help'],
  ['new', '--help'],
];

describe('the binary at a terminal', () => {
  it('writes no line wider than the terminal, at 40 and at 80 columns', async () => {
    const db = tempLogbook();
    await busyLogbook(db);
    for (const columns of [40, 80]) {
      for (const args of COMMANDS) {
        // What is taller than the terminal goes through the pager (`cat` here) to it.
        const run = inTerminal(args, [], { db, columns, env: { PLAINTE_PAGER: 'cat' } });
        expect(run.status, `${args.join(' ')}\n${run.output}`).toBe(0);
        const lines = run.output.split('\n');
        expect(lines.length).toBeGreaterThan(3);
        for (const line of lines)
          expect(line.length, `${args.join(' ')} at ${columns}: ${line}`).toBeLessThanOrEqual(columns);
      }
    }
  });

  it('wraps its messages on stderr at the terminal’s width too, at spaces', () => {
    const db = `${tempLogbook()}.absent`;
    const run = inTerminal(['due'], [], { db, columns: 40 });
    expect(run.status).toBe(1);
    const lines = run.output.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toContain('aucun cahier ici');
    expect(lines.join(' ')).toContain('(créé par `plainte new`, ou donnez --db)');
  });

  it('keeps a date whole in a wrapped message', async () => {
    const db = tempLogbook();
    await busyLogbook(db);
    const what = ['--what', 'Contrôler les joints des lave-linge', '--owner', 'Karim', '--due', '10/12/2026'];
    const run = inTerminal(['action', 'add', '1', ...what], [], { db, columns: 80 });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('confiée à Karim, pour le\n10\u00a0déc.\u00a02026.');
  });

  it('shows follow-up’s card, then its numbered menu with the phone chosen for a promised callback', async () => {
    const db = tempLogbook();
    await busyLogbook(db);
    const run = inTerminal(
      ['follow-up', '2'],
      [
        { expect: 'Comment avez-vous joint le client ?', send: KEY.enter },
        { expect: 'Ce qui a été dit', send: `Joint commandé${KEY.enter}` },
        { expect: 'Ce qui en est sorti', send: KEY.enter },
        { expect: 'Le client est-il satisfait', send: `4${KEY.enter}` },
        { expect: 'Et maintenant ?', send: `3${KEY.enter}` },
      ],
      { db, columns: 40 },
    );
    expect(run.failed).toBeNull();
    expect(run.status).toBe(0);
    const card = run.output.slice(0, run.output.indexOf('Comment avez-vous joint'));
    expect(card).toContain('Réclamation n° 2 — transférée');
    expect(card).toContain('Marie-Christine de La Tour');
    expect(card).toContain('06\u00a012\u00a034\u00a056\u00a078');
    expect(card).toMatch(/Rappel\n +mardi\u00a024\u00a0novembre\u00a02026\u00a0à\u00a014:00/);
    expect(run.output).toMatch(/ {2}1\. comptoir\n❯ 2\. téléphone\n/);
    // The prompts wrap their own lines at the terminal's width.
    expect(run.output).toMatch(/✔ Comment avez-vous joint le client \?\s+téléphone/);
    expect(run.output).toMatch(/✔ Et maintenant \? rien de plus pour\s+l’instant/);
    expect(run.output).toContain('Réclamation n° 2 : contact noté.');
  });
});
