import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../src/domain/types.js';
import { CTRL_C, scriptedAsk } from '../helpers/ask.js';
import { sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';

// A complaint picked up again at a terminal: its card first (who, which number, what they said,
// what was promised, the last contact, how late), then the questions, numbered like the
// wizard's. Without a terminal nothing is shown or asked.

const EARLIER = { PLAINTE_NOW: '2026-11-20T09:00:00.000Z' };

/** A complaint taken on the phone on Friday 20 November, a callback promised for Saturday 10:00. */
async function promisedCallback(): Promise<string> {
  const db = tempLogbook();
  const run = await runIn(
    [
      'new',
      '--no-input',
      ...['--customer', 'Marie Dupont', '--phone', '06 12 34 56 78', '--channel', 'phone', '--operator', 'Léa'],
      ...['--description', 'Le lave-linge fuit depuis la livraison'],
      ...['--solution', 'Nous remplaçons le joint', '--callback', 'samedi 10h'],
    ],
    { db, env: EARLIER },
  );
  expect(run.status, run.stderr).toBe(0);
  return db;
}

const shown = async (db: string) =>
  JSON.parse((await runIn(['show', '1', '--json'], { db })).stdout) as Complaint & { events: { kind: string }[] };

describe('the card of a complaint picked up again', () => {
  it('comes before follow-up’s questions, whose channel is the phone for a promised callback', async () => {
    const db = await promisedCallback();
    const ask = scriptedAsk([undefined, 'Joint commandé', undefined, undefined, 'nothing']);
    const run = await runIn(['follow-up', '1'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.said).toEqual([
      'Réclamation n° 1 — rappel prévu',
      '  Client           Marie Dupont · 06 12 34 56 78',
      '  A dit            « Le lave-linge fuit depuis la livraison »',
      '  Promis           Nous remplaçons le joint',
      '  Rappel           samedi 21 novembre 2026 à 10:00 · en retard de 2 j',
      '  Dernier contact  20 nov. 2026, 10:00 (il y a 3 j) · téléphone · Léa',
      '',
    ]);
    expect(ask.asked[0]).toMatchObject({ message: 'Comment avez-vous joint le client ?', default: 'phone' });
    expect((await shown(db)).events.at(-1)).toMatchObject({ kind: 'follow_up', details: { channel: 'phone' } });

    // The contact just logged is now the last one.
    const again = scriptedAsk(['counter', undefined, undefined, undefined, 'nothing']);
    await runIn(['follow-up', '1', '--operator', 'Paul'], { db, ask: again });
    expect(again.said).toContain('  Dernier contact  23 nov. 2026, 11:00 (à l’instant) · téléphone');
  });

  it('defaults follow-up’s channel to the way the complaint came in when no callback was promised', async () => {
    const db = tempLogbook();
    const given = ['--customer', 'Marie Dupont', '--description', 'Fuit', '--channel', 'comptoir'];
    await runIn(['new', '--no-input', ...given], { db });
    const ask = scriptedAsk([undefined, undefined, undefined, undefined, 'nothing']);
    await runIn(['follow-up', '1'], { db, ask });
    expect(ask.asked[0]).toMatchObject({ default: 'counter' });
  });

  it('comes before close’s questions; an unhappy customer is asked the cause and the lesson first', async () => {
    const db = await promisedCallback();
    const ask = scriptedAsk(['Joint mal serré', 'Contrôler le serrage', 'unresolved', '']);
    const run = await runIn(['close', '1', '--satisfaction', '2'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.said[0]).toBe('Réclamation n° 1 — rappel prévu');
    expect(ask.said).toContain(
      'Client peu satisfait : notez ce qui a causé le problème et ce qui évitera qu’il revienne ; ' +
        'le bilan du patron les reprend.',
    );
    expect(ask.asked.map((question) => question.message)).toEqual([
      'Cause du problème (Entrée pour passer) :',
      'Ce que le magasin en retient (Entrée pour passer) :',
      'Comment la réclamation se termine-t-elle ?',
      'Une action corrective pour que cela ne se reproduise pas ? (Entrée : aucune)',
    ]);
    expect(await shown(db)).toMatchObject({
      status: 'closed',
      outcome: 'unresolved',
      satisfaction: 2,
      cause: 'Joint mal serré',
      lesson: 'Contrôler le serrage',
    });
  });

  it('comes before transfer’s questions: the team as a numbered menu, when, and what to know', async () => {
    const db = await promisedCallback();
    await runIn(['config', 'set', 'operators', 'Léa, Karim, Paul'], { db });
    const ask = scriptedAsk(['Karim', 'hier', 'jeudi 14h', 'Le joint est arrivé']);
    const run = await runIn(['transfer', '1'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    expect(ask.said[0]).toBe('Réclamation n° 1 — rappel prévu');
    expect(ask.asked[0]).toMatchObject({
      message: 'À qui confier la réclamation ?',
      choices: ['Léa', 'Karim', 'Paul', ''],
      names: ['Léa', 'Karim', 'Paul', 'quelqu’un d’autre (taper son nom)'],
    });
    expect(ask.asked[1].refused).toContain('Cette date est déjà passée');
    expect(run.stderr).toBe(
      'Réclamation n° 1 confiée à Karim, qui doit recontacter le client le jeudi 26 novembre 2026 à 14:00.\n',
    );
    expect(await shown(db)).toMatchObject({ status: 'transferred', assignee: 'Karim' });

    const other = scriptedAsk(['', 'Bruno', undefined, undefined]);
    expect((await runIn(['transfer', '1'], { db, ask: other })).status).toBe(0);
    expect(other.asked.map((question) => question.message)).toEqual([
      'À qui confier la réclamation ?',
      'Nom du collègue qui reprend la réclamation :',
      'Quand doit-il recontacter le client ? (Entrée : pas de date)',
      'Ce qu’il doit savoir (Entrée pour passer) :',
    ]);
    expect(other.said).toContain('  Confiée à        Karim');
    expect(await shown(db)).toMatchObject({ assignee: 'Bruno' });
  });

  it('comes before the wizard goes on with a draft', async () => {
    const db = tempLogbook();
    const ask = scriptedAsk([undefined, 'Alice', 'La perceuse chauffe', undefined, CTRL_C]);
    expect((await runIn(['new'], { db, ask })).status).toBe(130);
    const resume = scriptedAsk([CTRL_C]);
    expect((await runIn(['resume', '1'], { db, ask: resume })).status).toBe(130);
    expect(resume.said.slice(0, 4)).toEqual([
      'Réclamation n° 1 — brouillon',
      '  A dit            « La perceuse chauffe »',
      '  Dernier contact  23 nov. 2026, 11:00 (à l’instant) · comptoir · Alice',
      '  Brouillon        phase 1 sur 5 faite',
    ]);
  });

  it('is not shown, and nothing asked, without a terminal or with --no-input', async () => {
    const db = await promisedCallback();
    const before = sha256(db);
    const silent = scriptedAsk([]);
    const transfer = await runIn(['transfer', '1', '--no-input'], { db, ask: silent });
    expect(transfer).toMatchObject({ status: 1, stdout: '' });
    expect(transfer.stderr).toContain('à qui confier la réclamation ? Donnez le nom avec --to');
    expect(silent.said).toEqual([]);
    const nobody = await runIn(['close', '1', '--outcome', 'resolved'], { db });
    expect(nobody.stderr).toBe(
      'plainte : pour classer, il manque : --satisfaction. Exemple : --outcome resolved --satisfaction 4.\n',
    );
    expect(sha256(db)).toBe(before);
  });

  it('fits a terminal 40 columns wide, values kept whole', async () => {
    const db = await promisedCallback();
    const ask = scriptedAsk([undefined, undefined, undefined, undefined, 'nothing']);
    await runIn(['follow-up', '1'], { db, ask, columns: 40 });
    for (const line of ask.said) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(ask.said).toContain('    Marie Dupont · 06\u00a012\u00a034\u00a056\u00a078');
    expect(ask.said.join('\n')).toContain('en\u00a0retard\u00a0de\u00a02\u00a0j');
  });

  it('shows a hostile file’s text through the sanitiser, the last contact’s channel too', async () => {
    const db = await promisedCallback();
    expect((await runIn(['follow-up', '1', '--channel', 'phone', '--note', 'Appelée'], { db })).status).toBe(0);
    const file = join(tempDir(), 'hostile.json');
    const clear = '\u001b[2J';
    const exported = JSON.parse((await runIn(['export', '--format', 'json'], { db })).stdout) as {
      complaints: { events: { kind: string; details: Record<string, unknown> }[] }[];
    };
    const contact = exported.complaints[0].events.find((event) => event.kind === 'follow_up');
    expect(contact?.details.channel).toBe('phone');
    if (contact) contact.details.channel = `phone${clear}`;
    writeFileSync(file, JSON.stringify(exported));
    const other = tempLogbook();
    const imported = await runIn(['import', file], { db: other });
    expect(imported.status, imported.stderr).toBe(0);
    const ask = scriptedAsk([CTRL_C]);
    await runIn(['follow-up', '1'], { db: other, ask });
    expect(ask.said.join('\n')).toContain('Dernier contact');
    expect(ask.said.join('\n')).not.toMatch(/\u001b/);
  });
});
