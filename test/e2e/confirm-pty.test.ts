import { describe, expect, it } from 'vitest';
import { sha256, tempLogbook } from '../helpers/cli.js';
import { inTerminal, KEY } from '../helpers/pty.js';
import { runIn } from '../helpers/run.js';

// A confirmation at a terminal, as a shopkeeper answers it: typing the word, in French or
// English, then Enter; Ctrl-C leaves everything as it was.

const { enter, ctrlC } = KEY;

async function logbookWithMarie(): Promise<string> {
  const db = tempLogbook();
  const created = await runIn(['new', '--no-input', '--customer', 'Marie Dupont', '--description', 'Fuit'], { db });
  expect(created.status).toBe(0);
  return db;
}

const customerName = async (db: string) =>
  JSON.parse((await runIn(['show', '1', '--json'], { db })).stdout).customer.name;

describe('a confirmation at a terminal', () => {
  it('takes "oui" typed in full, and "o"', async () => {
    for (const typed of ['oui', 'o']) {
      const db = await logbookWithMarie();
      const run = inTerminal(['forget', 'Marie'], [{ expect: 'Effacer pour de bon', send: `${typed}${enter}` }], {
        db,
      });
      expect(run.failed).toBeNull();
      expect(run.output).toContain('Données personnelles du client n° 1 effacées');
      expect(run.status).toBe(0);
      expect(await customerName(db)).toBe('(effacé)');
    }
  });

  it('takes "yes" in English', async () => {
    const db = await logbookWithMarie();
    const run = inTerminal(['forget', 'Marie', '--lang', 'en'], [{ expect: 'Erase', send: `yes${enter}` }], { db });
    expect(run.failed).toBeNull();
    expect(run.status).toBe(0);
    expect(await customerName(db)).toBe('(effacé)');
  });

  it('takes "y" and "yes" at a French question, as fingers used to English prompts type them', async () => {
    for (const typed of ['y', 'yes', 'Y']) {
      const db = await logbookWithMarie();
      const run = inTerminal(['forget', 'Marie'], [{ expect: 'Effacer pour de bon', send: `${typed}${enter}` }], {
        db,
      });
      expect(run.failed).toBeNull();
      expect(run.status).toBe(0);
      expect(await customerName(db)).toBe('(effacé)');
    }
  });

  it('cancels on "no" and "n" at a French question, and on "non" at an English one', async () => {
    for (const [typed, lang] of [
      ['no', 'fr'],
      ['n', 'fr'],
      ['non', 'en'],
    ] as const) {
      const db = await logbookWithMarie();
      const before = sha256(db);
      const question = lang === 'fr' ? 'Effacer pour de bon' : 'Erase';
      const run = inTerminal(['forget', 'Marie', '--lang', lang], [{ expect: question, send: `${typed}${enter}` }], {
        db,
      });
      expect(run.failed).toBeNull();
      expect(run.status).toBe(1);
      expect(sha256(db)).toBe(before);
    }
  });

  it('cancels on "non", and with exit 130 on Ctrl-C, the logbook untouched', async () => {
    for (const [send, status] of [
      [`non${enter}`, 1],
      [ctrlC, 130],
    ] as const) {
      const db = await logbookWithMarie();
      const before = sha256(db);
      const run = inTerminal(['forget', 'Marie'], [{ expect: 'Effacer pour de bon', send }], { db });
      expect(run.failed).toBeNull();
      expect(run.status).toBe(status);
      if (status === 1) expect(run.output).toContain('Annulé : rien n’a été modifié.');
      expect(sha256(db)).toBe(before);
    }
  });
});
