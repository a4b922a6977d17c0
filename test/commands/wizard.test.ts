import { describe, expect, it } from 'vitest';
import { sha256, tempLogbook, plainte } from '../helpers/cli.js';
import { scriptedAsk } from '../helpers/ask.js';
import { BACKENDS } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';

// `plainte new` and `resume` without a terminal: every answer given as an option.

const REQUIRED = ['--customer', 'Marie Dupont', '--description', 'Le lave-linge fuit'];

async function show(db: string, id: number) {
  const run = await runIn(['show', String(id), '--json'], { db });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe.each(BACKENDS)('plainte new without a terminal ($name)', (backend) => {
  it('records the complaint with sensible defaults and prints its number on stdout', async () => {
    const db = backend.logbook();
    const run = await runIn(['new', '--no-input', ...REQUIRED, '--operator', 'Alice'], { db });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('1\n');
    expect(run.stderr).toContain('Réclamation n° 1 enregistrée : ouverte.');
    const complaint = await show(db, 1);
    expect(complaint).toMatchObject({
      status: 'open',
      phaseReached: 5,
      channel: 'counter',
      mood: 'calm',
      operator: 'Alice',
      account: 'Le lave-linge fuit',
      category: 'other',
      request: 'other',
      business: false,
      secondHand: false,
      apologised: false,
      solution: null,
      nextContactAt: null,
      receivedAt: '2026-11-23T10:00:00.000Z',
      customer: { name: 'Marie Dupont' },
    });
    expect(complaint.events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'phase',
      'phase',
      'phase',
      'completed',
    ]);
    expect(complaint.events.every((e: { operator: string }) => e.operator === 'Alice')).toBe(true);
    expect(complaint.events.at(-1)).toMatchObject({ statusBefore: 'draft', statusAfter: 'open' });
  });

  it('asks nothing when stdin is not a terminal, even without --no-input', async () => {
    const db = backend.logbook();
    const run = plainte(['nouvelle', ...REQUIRED], { db, input: 'ceci ne doit pas être lu\n' });
    expect(run.status).toBe(0);
    expect((await show(db, 1)).status).toBe('open');
  });

  it('records every answer given as an option, in English values or French labels', async () => {
    const db = backend.logbook();
    await runIn(['config', 'set', 'categories', 'retour_colis'], { db });
    const run = await runIn(
      [
        'new',
        '--no-input',
        ...REQUIRED,
        '--channel',
        'téléphone',
        '--mood',
        'en colère',
        '--phone',
        '06 12 34 56 78',
        '--email',
        'marie@example.fr',
        '--company',
        'Dupont SARL',
        '--business',
        '--order',
        'F-118',
        '--purchase-date',
        '10/11/2026',
        '--product',
        'Lave-linge',
        '--category',
        'retour_colis',
        '--request',
        'réparation',
        '--second-hand',
        '--written',
        '2026-11-20',
        '--apologised',
        '--apology-note',
        'regrets pour le retard',
        '--solution',
        'Nous remplaçons le joint jeudi',
        '--solution-type',
        'repair',
        '--cost',
        '12,50',
        '--callback',
        '26/11/2026 14:30',
        '--note',
        'rappeler après 14 h',
      ],
      { db },
    );
    expect(run.stderr).toBe('Réclamation n° 1 enregistrée : rappel prévu.\n');
    expect(run.status).toBe(0);
    expect(await show(db, 1)).toMatchObject({
      status: 'awaiting_callback',
      channel: 'phone',
      mood: 'angry',
      business: true,
      secondHand: true,
      orderRef: 'F-118',
      purchaseDate: '2026-11-10',
      product: 'Lave-linge',
      category: 'retour_colis',
      request: 'repair',
      writtenAt: '2026-11-20',
      apologised: true,
      apologyNote: 'regrets pour le retard',
      solution: 'Nous remplaçons le joint jeudi',
      solutionType: 'repair',
      costCents: 1250,
      nextContactAt: '2026-11-26T13:30:00.000Z',
      callbackPhone: '06 12 34 56 78',
      callbackNote: 'rappeler après 14 h',
      // On the phone, the customer was answered during the call.
      firstResponseAt: '2026-11-23T10:00:00.000Z',
      customer: { name: 'Marie Dupont', phone: '06 12 34 56 78', email: 'marie@example.fr', company: 'Dupont SARL' },
    });
  });

  it('ends transferred when handed to a colleague, closed when settled on the spot', async () => {
    const db = backend.logbook();
    expect(
      (await runIn(['new', '--no-input', ...REQUIRED, '--assignee', 'Bruno', '--callback', 'demain 10h'], { db }))
        .status,
    ).toBe(0);
    expect(await show(db, 1)).toMatchObject({
      status: 'transferred',
      assignee: 'Bruno',
      nextContactAt: '2026-11-24T09:00:00.000Z',
    });
    expect((await show(db, 1)).events.at(-1).details).toEqual({
      assignee: 'Bruno',
      nextContactAt: '2026-11-24T09:00:00.000Z',
    });

    expect(
      (
        await runIn(['new', '--no-input', ...REQUIRED, '--resolved', '--satisfaction', '5', '--channel', 'email'], {
          db,
        })
      ).status,
    ).toBe(0);
    expect(await show(db, 2)).toMatchObject({
      status: 'closed',
      outcome: 'resolved',
      satisfaction: 5,
      resolvedAt: '2026-11-23T10:00:00.000Z',
      closedAt: '2026-11-23T10:00:00.000Z',
      // Not answered live: the first response is the first follow-up.
      firstResponseAt: null,
    });
  });

  it('links the complaint to the customer already on file with that name', async () => {
    const db = backend.logbook();
    await runIn(['new', '--no-input', ...REQUIRED, '--phone', '06 12 34 56 78'], { db });
    await runIn(
      [
        'new',
        '--no-input',
        '--customer',
        'marie dupont',
        '--description',
        'Encore une fuite',
        '--email',
        'marie@example.fr',
      ],
      { db },
    );
    const [first, second] = [await show(db, 1), await show(db, 2)];
    expect(second.customerId).toBe(first.customerId);
    expect(second.customer).toMatchObject({ name: 'Marie Dupont', phone: '06 12 34 56 78', email: 'marie@example.fr' });
  });

  it('refuses to guess between two customers with the same name, and uses the phone to choose', async () => {
    const db = backend.logbook();
    await runIn(['new', '--no-input', ...REQUIRED, '--phone', '0611111111'], { db });
    await runIn(['new', '--no-input', ...REQUIRED, '--phone', '0622222222'], { db });
    const before = backend.fingerprint(db);
    const ambiguous = await runIn(['new', '--no-input', ...REQUIRED], { db });
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('plusieurs clients s’appellent « Marie Dupont »');
    expect(ambiguous.stderr).toContain('--phone');
    expect(backend.fingerprint(db)).toBe(before);
    expect((await runIn(['new', '--no-input', ...REQUIRED, '--phone', '06 22 22 22 22'], { db })).status).toBe(0);
    expect((await show(db, 3)).customerId).toBe((await show(db, 2)).customerId);
  });

  it('names the missing options in one message and records nothing', async () => {
    const db = backend.logbook();
    const run = await runIn(['new', '--no-input', '--phone', '0612345678'], { db });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('plainte : sans terminal, rien n’est demandé : donnez aussi --description --customer.\n');
    expect((await runIn(['list', '--json'], { db })).stdout).toBe('[]\n');
  });

  it.each([
    [['--callback', '31/02/2026'], 1, '--callback : date non reconnue « 31/02/2026 »'],
    [['--purchase-date', 'hier soir tard'], 1, '--purchase-date : date non reconnue'],
    // A value outside the option's list is a usage error.
    [['--channel', 'fax'], 2, '--channel : « fax » n’est pas une valeur possible'],
    [['--category', 'retour_colis'], 2, '--category : « retour_colis » n’est pas une valeur possible'],
    [['--phone', '12'], 1, '--phone : numéro non reconnu « 12 »'],
    [['--phone', '06 12 34 56'], 1, '--phone : numéro non reconnu « 06 12 34 56 » : 10 chiffres'],
    [['--purchase-date', 'demain'], 1, '--purchase-date : « demain » tombe le mardi 24 novembre 2026'],
    [['--customer-id', 'douze'], 1, '--customer-id : « douze » n’est pas un n° de client'],
    [['--email', 'marie@'], 1, '--email : adresse non reconnue'],
    [['--cost', 'douze'], 1, '--cost : montant non reconnu'],
    [['--satisfaction', '6'], 2, '--satisfaction : « 6 » n’est pas une note de 1 à 5'],
  ])(
    'refuses %j (exit %i) with a message saying what is expected, the logbook untouched',
    async (args, status, message) => {
      const db = backend.logbook();
      await runIn(['config', 'set', 'shop.name', 'Électro Martin'], { db });
      const before = backend.fingerprint(db);
      const run = await runIn(['new', '--no-input', ...REQUIRED, ...args], { db });
      expect(run.status).toBe(status);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
      expect(backend.fingerprint(db)).toBe(before);
    },
  );

  it('prints the whole complaint as JSON with --json', async () => {
    const db = backend.logbook();
    const run = await runIn(['new', '--no-input', ...REQUIRED, '--json'], { db });
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 1, status: 'open', customer: { name: 'Marie Dupont' } });
  });
});

describe.each(BACKENDS)('plainte resume without a terminal ($name)', (backend) => {
  it('continues a draft at its first unfinished phase', async () => {
    const db = backend.logbook();
    const { store } = await testStore(db);
    const draft = await store.createComplaint(
      { channel: 'phone', account: 'Colis jamais arrivé', phaseReached: 1 },
      { kind: 'created', operator: 'Alice' },
    );
    await store.close();

    const missing = await runIn(['resume', String(draft.id), '--no-input'], { db });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('donnez aussi --customer.');

    const run = await runIn(
      ['reprendre', String(draft.id), '--no-input', '--customer', 'Paul Martin', '--callback', '+2j'],
      { db },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${draft.id}\n`);
    const done = await show(db, draft.id);
    expect(done).toMatchObject({
      status: 'awaiting_callback',
      account: 'Colis jamais arrivé',
      phaseReached: 5,
      customer: { name: 'Paul Martin' },
    });
    expect(done.events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'phase',
      'phase',
      'phase',
      'completed',
    ]);
  });

  it('refuses a complaint that is no longer a draft, and one that does not exist', async () => {
    const db = backend.logbook();
    await runIn(['new', '--no-input', ...REQUIRED], { db });
    const before = backend.fingerprint(db);
    const run = await runIn(['resume', '1', '--no-input'], { db });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('la réclamation n° 1 n’est plus un brouillon (elle est « ouverte »)');
    expect((await runIn(['resume', '9', '--no-input'], { db })).stderr).toContain('aucune réclamation n° 9');
    expect(backend.fingerprint(db)).toBe(before);
  });
});

describe('--customer-id', () => {
  it('names a customer on file for a script, and refuses one that does not exist', async () => {
    const db = tempLogbook();
    await runIn(['new', '--no-input', ...REQUIRED, '--phone', '06 12 34 56 78'], { db });
    const run = await runIn(['new', '--no-input', '--customer-id', '1', '--description', 'Encore une fuite'], { db });
    expect(run.status).toBe(0);
    expect(await show(db, 2)).toMatchObject({ customerId: 1, customer: { name: 'Marie Dupont' } });

    const before = sha256(db);
    const missing = await runIn(['new', '--no-input', '--customer-id', '9', '--description', 'Fuite'], { db });
    expect(missing).toMatchObject({ status: 1, stdout: '' });
    expect(missing.stderr).toContain('aucun client n° 9');
    const both = await runIn(['new', '--no-input', ...REQUIRED, '--customer-id', '1'], { db });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--customer et --customer-id ne vont pas ensemble');
    expect(sha256(db)).toBe(before);
  });

  it('is not asked for at a terminal: the customer given is taken', async () => {
    const db = tempLogbook();
    await runIn(['new', '--no-input', ...REQUIRED, '--phone', '06 12 34 56 78'], { db });
    const ask = scriptedAsk([
      'counter',
      'Encore une fuite',
      'calm',
      'defective',
      'repair',
      '',
      'yes',
      'Nous passons jeudi',
      'now',
      '5',
    ]);
    expect((await runIn(['new', '--customer-id', '1', '--operator', 'Alice'], { db, ask })).status).toBe(0);
    expect(ask.asked.map((q) => q.message)).not.toContain('Client : nom, téléphone ou n° de commande');
    expect((await show(db, 2)).customerId).toBe(1);
  });
});

describe('the short path, counted in-process', () => {
  async function counted(script: (string | undefined)[], settings: [string, string][] = [['operator', 'Alice']]) {
    const db = tempLogbook();
    for (const [key, value] of settings) await runIn(['config', 'set', key, value], { db });
    const ask = scriptedAsk(script);
    const run = await runIn(['new'], { db, ask });
    expect(run.status, run.stderr).toBe(0);
    return { asked: ask.asked.map((q) => q.message), complaint: await show(db, 1) };
  }
  const start = (category: string) => [
    undefined,
    'Le grille-pain ne chauffe plus',
    undefined,
    'Marie Dupont 06 12 34 56 78',
    category,
    'exchange',
  ];
  const end = ['yes', 'Nous échangeons le grille-pain'];

  it('asks 10 questions of a complaint settled on the spot, and 10 of one called back, then the offer', async () => {
    const solved = await counted([...start('service'), ...end, 'now', undefined]);
    expect(solved.asked).toEqual([
      'Comment la réclamation arrive-t-elle ?',
      'Ce que dit le client, avec ses mots :',
      'Comment est le client ?',
      'Client : nom, téléphone ou n° de commande',
      'Catégorie :',
      'Que demande le client ?',
      'Avez-vous présenté des excuses, ou vos regrets pour la situation ?',
      'Ce qui sera fait :',
      'La réclamation est-elle réglée maintenant ?',
      'Satisfaction du client :',
    ]);
    expect(solved.complaint).toMatchObject({ status: 'closed', satisfaction: 4, solutionType: 'exchange' });
    const later = await counted([...start('late_delivery'), ...end, 'later', undefined, undefined]);
    // Saved after 10; a customer leaving without a solution is offered a printed acknowledgement.
    expect(later.asked).toHaveLength(11);
    expect(later.asked.at(-1)).toBe('Imprimer un accusé de réception ?');
    expect(later.complaint).toMatchObject({ status: 'awaiting_callback', callbackPhone: '06 12 34 56 78' });
  });

  it('asks goods their purchase date: 11 and 12 questions (then the offer)', async () => {
    expect((await counted([...start('defective'), undefined, ...end, 'now', undefined])).asked).toHaveLength(11);
    const later = await counted([...start('defective'), undefined, ...end, 'later', undefined, undefined, undefined]);
    expect(later.asked.at(-2)).toBe('Le client a-t-il aussi réclamé par écrit ?');
    expect(later.asked).toHaveLength(13);
  });

  it('adds one question, who records, when the team has several names', async () => {
    const team = await counted(
      [undefined, 'Bruno', ...start('service').slice(1), ...end, 'now', undefined],
      [['operators', 'Alice, Bruno']],
    );
    expect(team.asked[1]).toBe('Qui l’enregistre ?');
    expect(team.asked).toHaveLength(11);
    expect(team.complaint.operator).toBe('Bruno');
  });
});

describe('a colleague named when handing over an abusive customer', () => {
  it('becomes the assignee: transferred, in due --assignee, named in the recap', async () => {
    const db = tempLogbook();
    await runIn(['config', 'set', 'operator', 'Alice'], { db });
    const ask = scriptedAsk([
      undefined,
      'Il veut être remboursé et insulte la vendeuse',
      'angry',
      'Paul Martin 06 11 22 33 44',
      'service',
      'refund',
      'abusive',
      'next',
      'next',
      'done',
      'Bruno',
      'calm',
      'yes',
      'Nous remboursons',
      'later',
      undefined,
      undefined,
    ]);
    const run = await runIn(['new'], { db, ask });
    expect(run.status).toBe(0);
    expect(ask.said).toContain('  • Bruno vous rappelle le mercredi 25 novembre 2026 à 10:00 au 06 11 22 33 44.');
    expect(await show(db, 1)).toMatchObject({ status: 'transferred', assignee: 'Bruno', apologised: true });
    const due = await runIn(['due', '--assignee', 'bruno', '--within', '3', '--json'], { db });
    expect(JSON.parse(due.stdout)).toMatchObject([{ id: 1, assignee: 'Bruno' }]);
  });
});
