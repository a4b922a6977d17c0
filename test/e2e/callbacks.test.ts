import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../src/domain/types.js';
import { emptyLogbook, plainte, refusedAsIs, tempLogbook } from '../helpers/cli.js';
import { seedComplaints } from '../helpers/complaints.js';
import { inTerminal, KEY } from '../helpers/pty.js';

// The clock of every command (test/helpers/cli.ts): Monday 23 November 2026, 11:00 in Paris.

const NEW = ['new', '--no-input', '--customer', 'Marie Dupont', '--description', 'Le lave-linge fuit'];

function run(db: string, args: string[]) {
  const result = plainte(args, { db });
  expect(result.stderr).not.toContain('plainte :');
  expect(result.status).toBe(0);
  return result;
}

function complaint(db: string, id: number | string): Complaint {
  return JSON.parse(plainte(['show', String(id), '--json'], { db }).stdout) as Complaint;
}

/** A command that must fail with `message` and leave the logbook byte for byte as it was. */
function refused(db: string, args: string[], message: string): void {
  expect(refusedAsIs(db, args).stderr).toContain(message);
}

describe('callbacks typed as people say them', () => {
  it('reads a weekday and a time, and says the callback back in full', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    const french = run(db, ['follow-up', String(id), '--callback', 'samedi 10h']);
    expect(french.stderr).toBe(`Réclamation n° ${id} : rappel prévu le samedi 28 novembre 2026 à 10:00.\n`);
    expect(complaint(db, id).nextContactAt).toBe('2026-11-28T09:00:00.000Z');

    const english = run(db, ['follow-up', String(id), '--callback', 'tomorrow morning', '--lang', 'en']);
    expect(english.stderr).toBe(`Complaint #${id}: callback planned on Tuesday 24 November 2026 at 10:00.\n`);
  });

  it('gives callback.time to a day typed without a time', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    run(db, ['config', 'set', 'callback.time', '14h30']);
    run(db, ['transfer', String(id), '--to', 'Karim', '--due', 'jeudi']);
    expect(complaint(db, id)).toMatchObject({ status: 'transferred', nextContactAt: '2026-11-26T13:30:00.000Z' });
  });

  it('keeps "today" alone valid: callback.time once it has passed becomes the next full hour', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    const today = run(db, ['follow-up', String(id), '--callback', "aujourd'hui"]);
    expect(today.stderr).toContain('lundi 23 novembre 2026 à 12:00');
    expect(complaint(db, id).nextContactAt).toBe('2026-11-23T11:00:00.000Z');
  });

  it('refuses a callback already past, saying when it would have been, and writes nothing', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    refused(
      db,
      ['follow-up', String(id), '--callback', 'lundi dernier'],
      '--callback : « lundi dernier » tombe le lundi 16 novembre 2026 à 10:00, qui est déjà passé.',
    );
    refused(db, ['transfer', String(id), '--to', 'Karim', '--due', '10h', '--lang', 'en'], 'Monday 23 November');
    refused(db, [...NEW, '--callback', 'hier 17h'], 'tombe le dimanche 22 novembre 2026 à 17:00');
  });

  it('keeps a callback outside opening hours, with a warning on stderr', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    run(db, ['config', 'set', 'hours', 'Lun-Ven 9:00-12:00, 14:00-19:00']);
    const lunch = run(db, ['follow-up', String(id), '--callback', 'demain 13h']);
    expect(lunch.stderr).toBe(
      'Attention : le mardi 24 novembre 2026 à 13:00, le magasin est fermé ' +
        '(heures d’ouverture : lun-ven 9:00-12:00,14:00-19:00). Rappel gardé tel quel.\n' +
        `Réclamation n° ${id} : rappel prévu le mardi 24 novembre 2026 à 13:00.\n`,
    );
    expect(complaint(db, id).nextContactAt).toBe('2026-11-24T12:00:00.000Z');
    const sunday = run(db, [...NEW, '--callback', 'dimanche 10h', '--lang', 'en']);
    expect(sunday.stderr).toContain('Note: on Sunday 29 November 2026 at 10:00 the shop is closed');
    expect(complaint(db, sunday.stdout.trim())).toMatchObject({
      status: 'awaiting_callback',
      nextContactAt: '2026-11-29T09:00:00.000Z',
    });
  });

  it('says nothing more for a callback within opening hours', async () => {
    const db = tempLogbook();
    const result = run(db, [...NEW, '--callback', 'demain matin']);
    expect(result.stderr).toBe('Réclamation n° 1 enregistrée : rappel prévu.\n');
    expect(complaint(db, 1).nextContactAt).toBe('2026-11-24T09:00:00.000Z');
  });

  it('asks again on a terminal when the callback typed is past, then takes "samedi matin"', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    const backspace = '\x7f';
    const result = inTerminal(
      ['follow-up', String(id), '--channel', 'phone', '--note', 'Appelée'],
      [
        { expect: 'Ce qui en est sorti', send: KEY.enter },
        { expect: 'Le client est-il satisfait', send: KEY.enter },
        { expect: 'Et maintenant ?', send: KEY.enter },
        { expect: 'Date et heure du prochain rappel', send: `9h${KEY.enter}` },
        { expect: 'Cette date est déjà passée', send: `${backspace.repeat(2)}samedi matin${KEY.enter}` },
        // The day is written with non-breaking spaces: kept whole at a narrow terminal.
        { expect: 'rappel prévu le samedi 28\u00a0novembre\u00a02026 à 10:00' },
      ],
      { db },
    );
    expect(result.failed).toBeNull();
    expect(result.status).toBe(0);
    expect(complaint(db, id).nextContactAt).toBe('2026-11-28T09:00:00.000Z');
  });

  it('never lets what was typed drive the terminal in a refusal', async () => {
    const db = tempLogbook();
    const [id] = await seedComplaints(db, [{}]);
    const result = plainte(['follow-up', String(id), '--callback', '\u001b[2Jdemain'], { db });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('␛[2Jdemain');
  });
});

describe('dates gone by', () => {
  it('reads a purchase date as the last such day, and refuses one after today', async () => {
    const db = tempLogbook();
    run(db, [...NEW, '--purchase-date', 'lundi', '--written', 'hier']);
    expect(complaint(db, 1)).toMatchObject({ purchaseDate: '2026-11-16', writtenAt: '2026-11-22' });
    run(db, [...NEW, '--purchase-date', '26/11']);
    expect(complaint(db, 2).purchaseDate).toBe('2025-11-26');
    refused(
      db,
      [...NEW, '--purchase-date', 'demain'],
      '--purchase-date : « demain » tombe le mardi 24 novembre 2026, qui n’est pas encore arrivé.',
    );
    refused(db, [...NEW, '--written', 'in 3 days', '--lang', 'en'], '“in 3 days” is Thursday 26 November 2026');
  });

  it('lists the complaints received since a weekday, in French or English', async () => {
    const db = tempLogbook();
    const [before, after] = await seedComplaints(db, [
      { receivedAt: '2026-11-13T10:00:00.000Z' },
      { receivedAt: '2026-11-17T10:00:00.000Z' },
    ]);
    const since = (args: string[]) =>
      (JSON.parse(run(db, ['list', '--json', ...args]).stdout) as Complaint[]).map((c) => c.id);
    expect(since(['--since', 'lundi'])).toEqual([after]);
    expect(since(['--since', 'last monday', '--lang', 'en'])).toEqual([after]);
    expect(since(['--since', 'lundi', '--until', 'vendredi dernier'])).toEqual([after]);
    expect(since(['--since', '12/11'])).toEqual([after, before]);
  });
});

describe('the settings hours and callback.time', () => {
  it('shows their defaults: Monday to Saturday 9:00-19:00, callbacks at 10:00', () => {
    const db = emptyLogbook();
    const values = JSON.parse(run(db, ['config', 'list', '--json']).stdout) as Record<string, string>;
    expect(values).toMatchObject({ hours: 'lun-sam 9:00-19:00', 'callback.time': '10:00' });
  });

  it('stores them in one spelling', () => {
    const db = tempLogbook();
    expect(run(db, ['config', 'set', 'hours', 'Mon-Fri 9h-18h ; Sat 9h-12h']).stderr).toBe(
      'hours = mon-fri 9h-18h sat 9h-12h\n',
    );
    expect(run(db, ['config', 'set', 'callback.time', '9h30']).stderr).toBe('callback.time = 9:30\n');
  });

  it('refuses what they cannot read, saying what is expected, and change nothing', () => {
    const db = tempLogbook();
    run(db, ['config', 'set', 'hours', 'lun-sam 9:00-19:00']);
    refused(
      db,
      ['config', 'set', 'hours', 'lundy-sam 9:00-19:00'],
      '« lundy » n’est pas un jour. Jours possibles : lun',
    );
    refused(db, ['config', 'set', 'hours', 'lun-sam 19:00-9:00'], '« 19:00-9:00 » n’est pas une plage horaire');
    refused(db, ['config', 'set', 'hours', 'lun-sam'], 'donnez des jours puis leurs heures');
    refused(
      db,
      ['config', 'set', 'hours', 'mon-sat 9:00', '--lang', 'en'],
      'value refused for “hours”: “9:00” is not a time range.',
    );
    refused(db, ['config', 'set', 'callback.time', '25:00'], 'une heure est attendue, par exemple 10:00');
  });
});
