import { describe, expect, it } from 'vitest';
import type { Complaint, ComplaintEvent } from '../../src/domain/types.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { seedComplaints } from '../helpers/complaints.js';

type Shown = Complaint & { events: ComplaintEvent[] };

async function shown(db: string, id: number): Promise<Shown> {
  return JSON.parse((await runIn(['show', String(id), '--json'], { db })).stdout) as Shown;
}

/** Runs a command that must succeed and returns the complaint it prints with --json. */
async function step(db: string, args: string[]): Promise<Complaint> {
  const run = await runIn([...args, '--json'], { db });
  expect(run.stderr).not.toContain('plainte :');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Complaint;
}

describe.each(BACKENDS)('after the counter: follow-up, transfer, close, reopen ($name)', (backend) => {
  it('follows a complaint from the counter to its close, reopens and closes it again, all shown', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{}]);
    const ref = String(id);

    let c = await step(db, [
      'follow-up',
      ref,
      '--channel',
      'téléphone',
      '--note',
      'Appelée',
      '--callback',
      '25/11/2026 14:30',
      '--operator',
      'Léa',
    ]);
    expect(c).toMatchObject({
      status: 'awaiting_callback',
      nextContactAt: '2026-11-25T13:30:00.000Z',
      firstResponseAt: '2026-11-23T10:00:00.000Z',
    });

    c = await step(db, [
      'transfer',
      ref,
      '--to',
      'Karim',
      '--due',
      '26/11/2026 09:00',
      '--note',
      'voir le SAV',
      '--operator',
      'Léa',
    ]);
    expect(c).toMatchObject({ status: 'transferred', assignee: 'Karim', nextContactAt: '2026-11-26T08:00:00.000Z' });

    c = await step(db, [
      'suivi',
      ref,
      '--channel',
      'phone',
      '--outcome',
      'technicien passé',
      '--resolved',
      '--operator',
      'Karim',
    ]);
    expect(c).toMatchObject({
      status: 'resolved',
      nextContactAt: null,
      resolvedAt: '2026-11-23T10:00:00.000Z',
      firstResponseAt: '2026-11-23T10:00:00.000Z',
    });

    c = await step(db, [
      'classer',
      ref,
      '--outcome',
      'réglée',
      '--satisfaction',
      '4',
      '--cause',
      'joint usé',
      '--lesson',
      'vérifier les joints',
      '--operator',
      'Karim',
    ]);
    expect(c).toMatchObject({
      status: 'closed',
      outcome: 'resolved',
      satisfaction: 4,
      cause: 'joint usé',
      lesson: 'vérifier les joints',
      closedAt: '2026-11-23T10:00:00.000Z',
    });

    c = await step(db, ['rouvrir', ref, '--reason', 'fuit encore', '--operator', 'Léa']);
    expect(c).toMatchObject({ status: 'open', closedAt: null });

    c = await step(db, ['close', ref, '--outcome', 'partial', '--satisfaction', '3', '--operator', 'Léa']);
    expect(c).toMatchObject({ status: 'closed', outcome: 'partial', satisfaction: 3, nextContactAt: null });

    const trail = (await shown(db, id)).events
      .slice(2)
      .map((e) => [e.kind, e.operator, e.statusBefore, e.statusAfter, e.details]);
    expect(trail).toEqual([
      [
        'follow_up',
        'Léa',
        'open',
        'awaiting_callback',
        { channel: 'phone', note: 'Appelée', nextContactAt: '2026-11-25T13:30:00.000Z' },
      ],
      [
        'transferred',
        'Léa',
        'awaiting_callback',
        'transferred',
        { to: 'Karim', dueAt: '2026-11-26T08:00:00.000Z', note: 'voir le SAV' },
      ],
      [
        'follow_up',
        'Karim',
        'transferred',
        'resolved',
        { channel: 'phone', outcome: 'technicien passé', dueAt: '2026-11-26T08:00:00.000Z' },
      ],
      [
        'closed',
        'Karim',
        'resolved',
        'closed',
        { outcome: 'resolved', satisfaction: 4, cause: 'joint usé', lesson: 'vérifier les joints' },
      ],
      ['reopened', 'Léa', 'closed', 'open', { reason: 'fuit encore' }],
      ['closed', 'Léa', 'open', 'closed', { outcome: 'partial', satisfaction: 3 }],
    ]);

    const text = (await runIn(['show', ref], { db })).stdout;
    for (const line of [
      '— contact avec le client',
      'état : ouverte → rappel prévu',
      'Canal : téléphone',
      'Prochain rappel : 25 nov. 2026, 14:30',
      '· Léa — confiée à Karim',
      'Échéance : 26 nov. 2026, 09:00',
      'Résultat : technicien passé',
      '· Karim — classée, satisfaction 4/5',
      'Résultat : réglée',
      'Leçon : vérifier les joints',
      '— rouverte',
      'Motif : fuit encore',
      'état : ouverte → classée',
    ]) {
      expect(text).toContain(line);
    }
    const english = (await runIn(['show', ref, '--lang', 'en'], { db })).stdout;
    for (const line of [
      '— contact with the customer',
      '— handed over to Karim',
      'Next callback : 25 Nov 2026, 14:30',
      '— closed, satisfaction 3/5',
      'Outcome : partly',
      '— reopened',
    ]) {
      expect(english).toContain(line);
    }
  });

  it('confirms each step in one line on stderr, in French or English, and keeps stdout for results', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{}]);
    const ref = String(id);
    expect(await runIn(['follow-up', ref, '--callback', '25/11/2026 14:30'], { db })).toEqual({
      status: 0,
      stdout: '',
      stderr: `Réclamation n° ${ref} : rappel prévu le mercredi 25 novembre 2026 à 14:30.\n`,
    });
    expect((await runIn(['follow-up', ref, '--note', 'laissé un message', '--lang', 'en'], { db })).stderr).toBe(
      `Complaint #${ref}: contact logged.\n`,
    );
    expect((await runIn(['transfer', ref, '--to', 'Karim'], { db })).stderr).toBe(
      `Réclamation n° ${ref} confiée à Karim.\n`,
    );
    expect(
      (await runIn(['close', ref, '--outcome', 'unresolved', '--satisfaction', '1', '--lang', 'en'], { db })).stderr,
    ).toBe(`Complaint #${ref} closed: not resolved, satisfaction 1/5.\n`);
    expect((await runIn(['reopen', ref, '--reason', 'le client rappelle'], { db })).stderr).toBe(
      `Réclamation n° ${ref} rouverte.\n`,
    );
    // A day without a time gets callback.time, and is said back in full.
    expect((await runIn(['follow-up', ref, '--callback', 'demain'], { db })).stderr).toBe(
      `Réclamation n° ${ref} : rappel prévu le mardi 24 novembre 2026 à 10:00.\n`,
    );
  });

  it('a contact without callback or resolution keeps the status and records the callback that was due', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{}]);
    await step(db, ['follow-up', String(id), '--callback', 'demain 9h']);
    const c = await step(db, ['follow-up', String(id), '--channel', 'email', '--note', 'pas de réponse']);
    expect(c).toMatchObject({ status: 'awaiting_callback', nextContactAt: '2026-11-24T08:00:00.000Z' });
    const last = (await shown(db, id)).events.at(-1)!;
    expect(last).toMatchObject({
      kind: 'follow_up',
      statusBefore: 'awaiting_callback',
      statusAfter: 'awaiting_callback',
      details: { channel: 'email', dueAt: '2026-11-24T08:00:00.000Z' },
    });
  });

  it('records the operator from the settings when --operator is not given', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{}]);
    expect((await runIn(['config', 'set', 'operator', 'Sonia'], { db })).status).toBe(0);
    await step(db, ['transfer', String(id), '--to', 'Karim']);
    expect((await shown(db, id)).events.at(-1)!.operator).toBe('Sonia');
  });

  it('warns when the colleague is not in the team but hands over all the same', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{}]);
    await runIn(['config', 'set', 'operators', 'Léa, Karim'], { db });
    const run = await runIn(['transfer', String(id), '--to', 'Bruno'], { db });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('attention : « Bruno » ne fait pas partie de l’équipe (Léa, Karim)');
    expect((await runIn(['transfer', String(id), '--to', 'karim'], { db })).stderr).not.toContain('attention');
    expect((await shown(db, id)).assignee).toBe('karim');
  });
});

describe.each(BACKENDS)('refusals change nothing ($name)', (backend) => {
  async function refused(db: string, args: string[], status: number, message: string): Promise<void> {
    const before = backend.fingerprint(db);
    const run = await runIn(args, { db });
    expect(run.stderr).toContain(message);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(backend.fingerprint(db)).toBe(before);
  }

  it('refuses to follow up or hand over a draft, and says how to finish it', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{ draft: true }]);
    await refused(
      db,
      ['follow-up', String(id), '--note', 'x'],
      1,
      `la réclamation n° ${id} est encore un brouillon : terminez-la d’abord avec « plainte resume ${id} »`,
    );
    await refused(db, ['transfer', String(id), '--to', 'Karim'], 1, 'plainte resume');
    await refused(db, ['reopen', String(id), '--reason', 'x'], 1, 'plainte resume');
  });

  it('refuses to close a closed complaint or plan its callback, and says to reopen it', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{}]);
    await step(db, ['close', String(id), '--outcome', 'resolved', '--satisfaction', '5']);
    await refused(
      db,
      ['close', String(id), '--outcome', 'resolved', '--satisfaction', '5'],
      1,
      `la réclamation n° ${id} est « classée » : impossible de passer à « classée ». ` +
        'Possible depuis cet état : ouverte.',
    );
    await refused(
      db,
      ['follow-up', String(id), '--note', 'x', '--callback', 'demain 10h'],
      1,
      `rouvrez-la d’abord avec « plainte reopen ${id} --reason`,
    );
    await refused(db, ['follow-up', String(id), '--note', 'x', '--resolved'], 1, 'rouvrez-la d’abord');
    await refused(db, ['transfer', String(id), '--to', 'Karim'], 1, 'rouvrez-la d’abord');
    const english = await runIn(['follow-up', String(id), '--note', 'x', '--resolved', '--lang', 'en'], { db });
    expect(english.stderr).toContain(`complaint #${id} is closed: reopen it first`);
  });

  it('refuses to reopen an open complaint or hand over a resolved one, naming what is possible', async () => {
    const db = backend.logbook();
    const [open, resolved] = await seedComplaints(db, [{}, {}]);
    await step(db, ['follow-up', String(resolved), '--resolved']);
    await refused(
      db,
      ['reopen', String(open), '--reason', 'x'],
      1,
      'impossible de passer à « ouverte ». Possible depuis cet état : rappel prévu, transférée, réglée, classée.',
    );
    await refused(
      db,
      ['transfer', String(resolved), '--to', 'Karim'],
      1,
      'Possible depuis cet état : classée, ouverte.',
    );
    await refused(db, ['follow-up', String(resolved), '--resolved'], 1, 'impossible de passer à « réglée »');
  });

  it('refuses bad or missing options with a message naming them', async () => {
    const db = backend.logbook();
    const [id] = await seedComplaints(db, [{}]);
    const ref = String(id);
    await refused(
      db,
      ['close', ref, '--satisfaction', '6', '--outcome', 'resolved'],
      2,
      '--satisfaction attend une note de 1 à 5, pas « 6 »',
    );
    await refused(db, ['close', ref, '--satisfaction', 'bien', '--outcome', 'resolved'], 2, 'pas « bien »');
    await refused(db, ['close', ref, '--outcome', 'resolved'], 1, 'pour classer, il manque : --satisfaction.');
    await refused(db, ['close', ref, '--no-input'], 1, 'il manque : --outcome, --satisfaction');
    await refused(
      db,
      ['close', ref, '--outcome', 'super', '--satisfaction', '3'],
      2,
      '--outcome : « super » n’est pas une valeur possible',
    );
    await refused(
      db,
      ['follow-up', ref, '--callback', 'demain', '--resolved'],
      2,
      '--callback et --resolved ne vont pas ensemble',
    );
    await refused(
      db,
      ['follow-up', ref, '--callback', '20/11/2026 10:00'],
      1,
      '--callback : « 20/11/2026 10:00 » tombe le vendredi 20 novembre 2026 à 10:00, qui est déjà passé.',
    );
    // 11:00 in Paris: 9h this morning is past.
    await refused(
      db,
      ['follow-up', ref, '--callback', '9h'],
      1,
      'tombe le lundi 23 novembre 2026 à 09:00, qui est déjà passé',
    );
    await refused(
      db,
      ['follow-up', ref, '--callback', 'jeudi ou vendredi'],
      1,
      '--callback : date non reconnue « jeudi ou',
    );
    await refused(
      db,
      ['follow-up', ref, '--channel', 'pigeon'],
      2,
      '--channel : « pigeon » n’est pas une valeur possible',
    );
    await refused(
      db,
      ['transfer', ref, '--to', 'Karim', '--due', 'hier'],
      1,
      '--due : « hier » tombe le dimanche 22 novembre',
    );
    await refused(db, ['transfer', ref], 1, 'à qui confier la réclamation ? Donnez le nom avec --to');
    await refused(db, ['reopen', ref], 1, `pourquoi rouvrir la réclamation n° ${ref} ? Donnez le motif avec --reason.`);
    await refused(db, ['close', '99', '--outcome', 'resolved', '--satisfaction', '3'], 1, 'aucune réclamation n° 99');
  });
});
