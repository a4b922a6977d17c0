import { describe, expect, it } from 'vitest';
import { scriptedAsk } from '../helpers/ask.js';
import { emptyLogbook } from '../helpers/cli.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { foundOnDisk } from '../helpers/personal-data.js';
import { runIn } from '../helpers/run.js';

// plainte action add|done|list, close --action, and the actions in due and the report.

/** Four days after the commands' own today (Monday 23 November 2026). */
const FRIDAY = { PLAINTE_NOW: '2026-11-27T09:00:00.000Z' };

async function ok(db: string, args: string[], env: Record<string, string> = {}) {
  const run = await runIn(args, { db, env });
  expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run;
}

/** Two complaints, the first closed. */
async function twoComplaints(db: string): Promise<void> {
  for (const name of ['Hélène Lefèvre', 'Marc Durand'])
    await ok(db, ['new', '--no-input', '--customer', name, '--product', 'Cafetière', '--description', 'Fuit']);
  await ok(db, ['close', '1', '--outcome', 'resolved', '--satisfaction', '4', '--lesson', 'Joints fragiles']);
}

describe.each(BACKENDS)('corrective actions ($name)', (backend) => {
  it('are added, listed, done, and kept in the history of their complaint', async () => {
    const db = backend.logbook();
    await twoComplaints(db);
    const added = await ok(db, [
      ...['action', 'add', '1', '--what', 'Changer de fournisseur de joints', '--owner', 'Paul'],
      ...['--due', '25/11/2026', '--operator', 'Anne'],
    ]);
    expect(added.stderr).toBe(
      'Action corrective n° 1 ajoutée à la réclamation n° 1, confiée à Paul, pour le 25 nov. 2026.\n',
    );
    await ok(db, ['action', 'add', '2', '--what', 'Tester chaque cafetière au déballage', '--operator', 'Anne']);
    const list = await ok(db, ['action', 'list']);
    expect(list.stdout).toBe(
      'n° 1 · #1 · Paul · pour le 25 nov. 2026 · Changer de fournisseur de joints\n' +
        'n° 2 · #2 · Anne · à faire · Tester chaque cafetière au déballage\n',
    );
    const done = await ok(db, ['action', 'done', '2', '--note', 'Fait avec Paul', '--operator', 'Anne']);
    expect(done.stderr).toBe('Action corrective n° 2 (réclamation n° 2) faite.\n');
    const open = JSON.parse((await ok(db, ['action', 'list', '--open', '--json'])).stdout);
    expect(open).toEqual([
      {
        number: 1,
        complaintId: 1,
        what: 'Changer de fournisseur de joints',
        owner: 'Paul',
        due: '2026-11-25T22:59:59.999Z',
        addedAt: '2026-11-23T10:00:00.000Z',
        addedBy: 'Anne',
        doneAt: null,
        doneBy: null,
        note: null,
      },
    ]);
    const paul = JSON.parse((await ok(db, ['action', 'list', '--owner', 'paul', '--json'])).stdout);
    expect(paul.map((action: { number: number }) => action.number)).toEqual([1]);
    const history = JSON.parse((await ok(db, ['show', '2', '--json'])).stdout).events;
    expect(history.slice(-2)).toMatchObject([
      { kind: 'action_added', operator: 'Anne', details: { action: 2, what: 'Tester chaque cafetière au déballage' } },
      { kind: 'action_done', operator: 'Anne', details: { action: 2, note: 'Fait avec Paul' } },
    ]);
    const shown = await ok(db, ['show', '2']);
    expect(shown.stdout).toContain('action corrective n° 2 : Tester chaque cafetière au déballage');
    expect(shown.stdout).toContain('action corrective n° 2 faite');
  });

  it('is one step with the close, checked before anything is recorded', async () => {
    const db = backend.logbook();
    await twoComplaints(db);
    const refused = await runIn(
      ['close', '2', '--outcome', 'resolved', '--satisfaction', '4', '--action', 'Former', '--action-due', 'zzz'],
      { db },
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--action-due');
    expect(JSON.parse((await ok(db, ['show', '2', '--json'])).stdout).status).toBe('open');
    const alone = await runIn(
      ['close', '2', '--outcome', 'resolved', '--satisfaction', '4', '--action-due', 'demain'],
      {
        db,
      },
    );
    expect(alone.status).toBe(2);
    const closed = await ok(db, [
      ...['close', '2', '--outcome', 'resolved', '--satisfaction', '4', '--lesson', 'Vérifier au déballage'],
      ...['--action', 'Vérifier chaque cafetière au déballage', '--action-owner', 'Karim', '--action-due', 'vendredi'],
    ]);
    expect(closed.stderr).toContain('Action corrective n° 1 ajoutée à la réclamation n° 2, confiée à Karim');
    expect(JSON.parse((await ok(db, ['show', '2', '--json'])).stdout).status).toBe('closed');
  });

  it('says what is wrong, and changes nothing', async () => {
    const db = backend.logbook();
    await twoComplaints(db);
    const before = backend.fingerprint(db);
    for (const [args, status, message] of [
      [['action', 'add', '1'], 1, 'que faut-il faire ?'],
      [['action', 'add', '9', '--what', 'Former'], 1, '9'],
      [['action', 'add', '1', '--what', 'Former', '--due', 'hier soir tard'], 1, '--due'],
      [['action', 'done', '4'], 1, 'aucune action corrective n° 4'],
      [['action', 'done', 'x'], 1, 'x'],
      [['action'], 2, ''],
    ] as const) {
      const run = await runIn([...args], { db });
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr + run.stdout).toContain(message);
    }
    expect(backend.fingerprint(db)).toBe(before);
    await ok(db, ['action', 'add', '1', '--what', 'Former']);
    await ok(db, ['action', 'done', '1']);
    const again = await runIn(['action', 'done', '1'], { db });
    expect(again).toMatchObject({ status: 1, stderr: expect.stringContaining('est déjà faite') });
  });

  it('shows the late ones in due after the callbacks, silent when none, and in the report', async () => {
    const db = backend.logbook();
    await twoComplaints(db);
    await ok(db, ['action', 'add', '1', '--what', 'Changer de fournisseur', '--owner', 'Paul', '--due', '25/11/2026']);
    await ok(db, ['action', 'add', '2', '--what', 'Former l’équipe', '--owner', 'Anne', '--due', '30/11/2026']);
    await ok(db, ['action', 'add', '2', '--what', 'Affiche en caisse', '--owner', 'Anne', '--due', '24/11/2026']);
    await ok(db, ['action', 'done', '3'], { PLAINTE_NOW: '2026-11-24T08:00:00.000Z' });
    // On the day, nothing is late.
    expect((await ok(db, ['due'])).stdout).toBe('');
    const late = await ok(db, ['due'], FRIDAY);
    expect(late.stdout).toBe(
      '1 action corrective en retard :\nn° 1 · #1 · Paul · en retard de 1 j · Changer de fournisseur\n',
    );
    expect((await ok(db, ['due', '--assignee', 'Anne'], FRIDAY)).stdout).toBe('');
    expect((await runIn(['due', '--exit-code'], { db, env: FRIDAY })).status).toBe(3);
    // due --json keeps its list of callbacks.
    expect(JSON.parse((await ok(db, ['due', '--json'], FRIDAY)).stdout)).toEqual([]);

    const report = JSON.parse((await ok(db, ['report', '--json'], FRIDAY)).stdout);
    expect(report.actions).toMatchObject({ added: 3, open: 2, doneOnTime: 1, doneLate: 0, late: 1 });
    expect(report.actions.list.map((action: { number: number }) => action.number)).toEqual([1, 2, 3]);
    const text = (await ok(db, ['report'], FRIDAY)).stdout;
    expect(text).toContain('Actions correctives');
    expect(text).toMatch(/faites à temps\s+│?\s*1/);
    expect(text).toContain('Changer de fournisseur');
  });
});

describe('corrective actions at a terminal', () => {
  it('are offered by close, the date asked again until it can be read', async () => {
    const db = emptyLogbook();
    await ok(db, ['new', '--no-input', '--customer', 'Marc Durand', '--description', 'Fuit']);
    const ask = scriptedAsk([
      'resolved',
      '4',
      '',
      'Joints fragiles',
      'Vérifier les joints',
      'Paul',
      'bientôt peut-être',
      'vendredi',
    ]);
    const run = await runIn(['close', '1'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    // After the outcome, the mark, the cause and the lesson.
    expect(ask.asked.map((question) => question.message).slice(4)).toEqual([
      'Une action corrective pour que cela ne se reproduise pas ? (Entrée : aucune)',
      'Qui s’en charge ? (Entrée : vous)',
      'Pour quand ? (une date ; Entrée : sans date)',
      'Pour quand ? (une date ; Entrée : sans date)',
    ]);
    const [action] = JSON.parse((await ok(db, ['action', 'list', '--json'])).stdout);
    expect(action).toMatchObject({ complaintId: 1, what: 'Vérifier les joints', owner: 'Paul' });
    expect(action.due).toBe('2026-11-27T22:59:59.999Z');
  });
});

describe('corrective actions and personal data', () => {
  it('keep what the shop learns when the customer is forgotten; their notes and a mention of them go', async () => {
    const db = emptyLogbook();
    await ok(db, ['new', '--no-input', '--customer', 'Hélène Lefèvre', '--description', 'Fuit']);
    await ok(db, ['action', 'add', '1', '--what', 'Changer de fournisseur de joints']);
    await ok(db, ['action', 'add', '1', '--what', 'Rappeler Mme Lefèvre quand le stock arrive']);
    await ok(db, ['action', 'done', '1', '--note', 'Vu avec Quartzinet']);
    await ok(db, ['forget', 'Lefèvre', '--yes']);
    const actions = JSON.parse((await ok(db, ['action', 'list', '--json'])).stdout);
    expect(actions).toMatchObject([
      { number: 1, what: 'Changer de fournisseur de joints', note: null },
      { number: 2, what: '' },
    ]);
    expect(foundOnDisk(db, ['Quartzinet', 'Lefèvre', 'quartzinet'])).toEqual([]);
  });
});
