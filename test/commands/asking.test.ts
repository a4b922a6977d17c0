import { describe, expect, it } from 'vitest';
import { CTRL_C, scriptedAsk } from '../helpers/ask.js';
import { sha256, tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';

// Every question of every command goes through Ask: here a scripted operator answers them,
// in-process, as at a terminal.

async function logbookWithOne(): Promise<string> {
  const db = tempLogbook();
  const created = await runIn(['new', '--no-input', '--customer', 'Marie Dupont', '--description', 'Fuit'], { db });
  expect(created.status).toBe(0);
  return db;
}

const shown = async (db: string) => JSON.parse((await runIn(['show', '1', '--json'], { db })).stdout);

describe('questions of the commands after the counter', () => {
  it('close asks the outcome, the mark numbered from 1 to 5, then the cause and the lesson', async () => {
    const db = await logbookWithOne();
    const ask = scriptedAsk(['partial', '4', undefined, 'Vérifier les joints à la livraison', undefined]);
    const run = await runIn(['close', '1'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.asked.map((question) => question.message)).toEqual([
      'Comment la réclamation se termine-t-elle ?',
      'Satisfaction du client, de 1 à 5 :',
      'Cause du problème (Entrée pour passer) :',
      'Ce que le magasin en retient (Entrée pour passer) :',
      'Une action corrective pour que cela ne se reproduise pas ? (Entrée : aucune)',
    ]);
    // The menu's numbers are the marks: typing 4 gives 4.
    expect(ask.asked[1]).toMatchObject({ choices: ['1', '2', '3', '4', '5'], default: '4' });
    expect(ask.asked[1].names?.[0]).toBe('1 — pas du tout satisfait');
    expect(await shown(db)).toMatchObject({
      status: 'closed',
      outcome: 'partial',
      satisfaction: 4,
      cause: null,
      lesson: 'Vérifier les joints à la livraison',
    });
  });

  it('close asks only what is missing, and nothing with --no-input', async () => {
    const db = await logbookWithOne();
    // The action offered after the close is left empty.
    const ask = scriptedAsk(['4', 'joint usé', '']);
    expect((await runIn(['close', '1', '--outcome', 'resolved', '--lesson', 'Tester'], { db, ask })).status).toBe(0);
    expect(ask.asked).toHaveLength(3);
    expect(await shown(db)).toMatchObject({ satisfaction: 4, cause: 'joint usé', lesson: 'Tester' });

    const other = await logbookWithOne();
    const before = sha256(other);
    const silent = scriptedAsk([]);
    const refused = await runIn(['close', '1', '--outcome', 'resolved', '--no-input'], { db: other, ask: silent });
    expect(refused.stderr).toContain('--satisfaction');
    expect(refused.status).toBe(1);
    expect(silent.asked).toEqual([]);
    expect(sha256(other)).toBe(before);
  });

  it('follow-up asks the channel, what was said, what came of it and when to call back', async () => {
    const db = await logbookWithOne();
    const ask = scriptedAsk([
      'phone',
      'Laissé un message',
      undefined,
      undefined,
      'callback',
      'hier',
      '25/11/2026 14:30',
    ]);
    const run = await runIn(['follow-up', '1'], { db, ask });
    expect(run.status).toBe(0);
    expect(ask.asked.map((question) => question.message)).toEqual([
      'Comment avez-vous joint le client ?',
      'Ce qui a été dit (Entrée pour passer) :',
      'Ce qui en est sorti (Entrée pour passer) :',
      'Le client est-il satisfait de la solution ? (sa note, de 1 à 5)',
      'Et maintenant ?',
      'Date et heure du prochain rappel :',
      'Date et heure du prochain rappel :',
    ]);
    expect(ask.asked[5].refused).toBeDefined();
    expect(await shown(db)).toMatchObject({ status: 'awaiting_callback', nextContactAt: '2026-11-25T13:30:00.000Z' });
  });

  it('follow-up asks nothing when every answer is given', async () => {
    const db = await logbookWithOne();
    const ask = scriptedAsk([]);
    const given = ['--channel', 'phone', '--note', 'Appelé', '--resolved'];
    expect((await runIn(['follow-up', '1', ...given], { db, ask })).status).toBe(0);
    expect(ask.asked).toEqual([]);
    expect(await shown(db)).toMatchObject({ status: 'resolved' });
  });
});

describe('confirmations of what erases or replaces data', () => {
  it('forget erases on yes, and cancels on no with exit 1 and the logbook untouched', async () => {
    const db = await logbookWithOne();
    const before = sha256(db);
    const no = scriptedAsk([false]);
    const cancelled = await runIn(['forget', 'Marie'], { db, ask: no });
    expect(cancelled).toMatchObject({ status: 1, stderr: 'Annulé : rien n’a été modifié.\n' });
    expect(no.asked[0]).toMatchObject({ default: false });
    expect(sha256(db)).toBe(before);

    const yes = await runIn(['forget', 'Marie'], { db, ask: scriptedAsk([true]) });
    expect(yes.status).toBe(0);
    expect((await shown(db)).customer.name).toBe('(effacé)');
  });

  it('restore asks too, and without anyone to ask needs --yes', async () => {
    const db = await logbookWithOne();
    const backup = (await runIn(['backup'], { db })).stdout.trim();
    const ask = scriptedAsk([false]);
    expect((await runIn(['restore', backup], { db, ask })).status).toBe(1);
    expect(ask.asked[0].message).toContain('Remplacer le cahier');
    const nobody = await runIn(['restore', backup], { db });
    expect(nobody.stderr).toContain('--yes');
    expect(nobody.status).toBe(1);
    expect((await runIn(['restore', backup], { db, ask: scriptedAsk([true]) })).status).toBe(0);
  });
});

describe('Ctrl-C at any question', () => {
  it('ends the wizard with 130, the finished phases saved and how to resume said', async () => {
    const db = tempLogbook();
    const ask = scriptedAsk([undefined, 'Alice', 'Le lave-linge fuit', undefined, CTRL_C]);
    const run = await runIn(['new'], { db, ask });
    expect(run.status).toBe(130);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('plainte resume 1');
    expect(await shown(db)).toMatchObject({ status: 'draft', phaseReached: 1, account: 'Le lave-linge fuit' });
  });

  it('ends close and forget with 130 and nothing written', async () => {
    const db = await logbookWithOne();
    const before = sha256(db);
    expect((await runIn(['close', '1'], { db, ask: scriptedAsk([CTRL_C]) })).status).toBe(130);
    expect((await runIn(['forget', 'Marie'], { db, ask: scriptedAsk([CTRL_C]) })).status).toBe(130);
    expect(sha256(db)).toBe(before);
  });
});
