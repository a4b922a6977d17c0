import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { photo } from '../helpers/attachments.js';
import { oldClosedLogbook } from '../helpers/bulk.js';
import { emptyLogbook, sha256, tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';
import { foundOnDisk, indexed, recordComplaint, searchFinds } from '../helpers/personal-data.js';
import { testStore } from '../helpers/store.js';

const HELENE = {
  name: 'Hélène Lefèvre',
  phone: '06 12 34 56 78',
  email: 'helene.lefevre@example.fr',
  company: 'Menuiserie Bois-Joli',
};
const MARC = { name: 'Marc Durand', phone: '07 98 76 54 32', email: 'marc.durand@example.fr' };

/** Counts that the report is built from: they must not change when a customer is forgotten. */
function statistics(path: string): unknown {
  const db = new Database(path, { readonly: true });
  const stats = db
    .prepare(
      `SELECT status, category, channel, mood, request, solution_type, outcome, satisfaction, cost_cents,
              received_at, closed_at, count(*) AS n
       FROM complaints GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 ORDER BY 1, 10`,
    )
    .all();
  db.close();
  return stats;
}

async function logbookWithTwoCustomers() {
  const path = tempLogbook();
  const fixture = await testStore(path);
  // Her name was first mistyped, then corrected: the old spelling is personal data too.
  const first = await recordComplaint(fixture, {
    customer: { ...HELENE, name: 'Hélène Lefevbre' },
    receivedAt: '2026-10-01T09:00:00Z',
    closedAt: '2026-10-05T09:00:00Z',
    word: 'Zorblax',
  });
  const customerId = (await fixture.store.getComplaint(first))!.customerId!;
  await fixture.store.recordChange({
    id: first,
    customerPatch: { name: HELENE.name },
    event: { kind: 'follow_up', operator: 'Anne', details: { note: 'nom corrigé' } },
  });
  const second = await recordComplaint(fixture, {
    customer: { id: customerId },
    receivedAt: '2026-11-20T09:00:00Z',
    word: 'Kwimbel',
  });
  const marc = await recordComplaint(fixture, {
    customer: MARC,
    receivedAt: '2026-11-21T09:00:00Z',
    word: 'Quintessor',
  });
  // A photo of her receipt and one of his: her file must go, bytes and name, his stay.
  await fixture.store.addAttachments(second, [photo('ticket-Lumbrisk.jpg', 'Photobrisk')], 'Anne');
  await fixture.store.addAttachments(marc, [photo('ticket-Marcfile.jpg', 'Photomarc')], 'Anne');
  return { path, fixture, customerId, complaints: [first, second] };
}

const HELENE_VALUES = [
  'Hélène',
  'Lefèvre',
  'lefevre', // the search key
  'Lefevbre',
  '06 12 34 56 78',
  '0612345678', // the phone search key
  'helene.lefevre@example.fr',
  'Bois-Joli',
  'Zorblax',
  'Kwimbel',
];

/** Her words as the search index holds them, but those Marc's data shares. */
const HELENE_INDEXED = indexed(HELENE_VALUES).filter((word) => word !== 'example');

/** Each free text a person types about a complaint, through the commands that take it,
 * with a word of its own: every one of them must be gone from the files after `forget`. */
const TYPED = {
  description: 'Wordaccount',
  order: 'CMD-Wordorder',
  apologyNote: 'Wordapology',
  solution: 'Wordsolution',
  callbackNote: 'Wordcallback',
  followUpNote: 'Wordfollownote',
  followUpOutcome: 'Wordoutcome',
  transferNote: 'Wordtransfer',
  reopenReason: 'Wordreason',
  facts: 'Wordfacts',
};
const ZOE = { name: 'Zoé Quartzine', phone: '06 55 44 33 22', email: 'zoe@quartz.example', company: 'Fromagerie Brie' };

/** A customer's complaint taken through every command that records text about it. */
async function typedThroughCommands(db: string): Promise<void> {
  const steps: string[][] = [
    [
      'new',
      '--no-input',
      '--customer',
      ZOE.name,
      '--phone',
      ZOE.phone,
      '--email',
      ZOE.email,
      '--company',
      ZOE.company,
      '--description',
      TYPED.description,
      '--order',
      TYPED.order,
      '--product',
      'perceuse',
      '--apologised',
      '--apology-note',
      TYPED.apologyNote,
      '--solution',
      TYPED.solution,
      '--callback',
      'demain',
      '--note',
      TYPED.callbackNote,
    ],
    ['follow-up', '1', '--channel', 'phone', '--note', TYPED.followUpNote, '--outcome', TYPED.followUpOutcome],
    ['follow-up', '1', '--note', 'rappel', '--callback', '+2j', '--no-input'],
    ['transfer', '1', '--to', 'Paul', '--note', TYPED.transferNote],
    ['close', '1', '--outcome', 'resolved', '--satisfaction', '4', '--cause', 'lot défectueux', '--lesson', 'tester'],
    ['reopen', '1', '--reason', TYPED.reopenReason],
  ];
  for (const args of steps) expect((await runIn(args, { db })).status, args[0]).toBe(0);
  // The facts are asked by the wizard on a terminal, or read from a file.
  const csv = join(dirname(db), 'cahier.csv');
  writeFileSync(csv, `date;client;téléphone;motif\n20/11/2026;${ZOE.name};${ZOE.phone};${TYPED.facts}\n`);
  expect((await runIn(['import', csv], { db })).status).toBe(0);
}

describe('plainte forget', () => {
  it('erases the customer from the database file and its WAL, and keeps the other customers', async () => {
    const { path, fixture, customerId, complaints } = await logbookWithTwoCustomers();
    // The fixture's connection stays open, so the WAL stays on disk with every old page.
    expect(foundOnDisk(path, HELENE_VALUES)).toEqual(HELENE_VALUES);
    expect(foundOnDisk(path, ['Photobrisk', 'Lumbrisk'])).toHaveLength(2);
    // Her name as first mistyped was corrected: the index no longer has it.
    expect(await searchFinds(path, HELENE_VALUES)).toEqual(HELENE_VALUES.filter((value) => value !== 'Lefevbre'));
    const before = statistics(path);

    const run = await runIn(['forget', 'lefevre', '--yes', '--operator', 'Paul'], { db: path });
    expect(run.stderr).toContain(`Données personnelles du client n° ${customerId} effacées (2 réclamations).`);
    expect(run.status).toBe(0);

    expect(foundOnDisk(path, HELENE_VALUES)).toEqual([]);
    // Nor in the search index: neither found by a search, nor in its pages (which keep words
    // in lower case without accents, each after what it shares with the one before).
    expect(foundOnDisk(path, HELENE_INDEXED)).toEqual([]);
    expect(await searchFinds(path, HELENE_VALUES)).toEqual([]);
    expect(foundOnDisk(path, ['Marc Durand', 'Quintessor', 'marc.durand@example.fr', 'quintessor'])).toHaveLength(4);
    // Her photo, bytes and name, is gone from the file and the WAL; his stays.
    expect(foundOnDisk(path, ['Photobrisk', 'Lumbrisk'])).toEqual([]);
    expect(foundOnDisk(path, ['Photomarc', 'Marcfile'])).toHaveLength(2);
    expect(await fixture.store.listAttachments(complaints[1])).toEqual([]);
    expect(await searchFinds(path, ['Marc Durand', 'Quintessor'])).toHaveLength(2);
    expect(statistics(path)).toEqual(before);

    const customer = (await fixture.store.getComplaint(complaints[0]))!.customer!;
    expect(customer).toMatchObject({
      name: '(effacé)',
      phone: null,
      email: null,
      company: null,
      forgottenAt: '2026-11-23T10:00:00.000Z',
    });
    for (const id of complaints) {
      const complaint = (await fixture.store.getComplaint(id))!;
      expect(complaint).toMatchObject({
        account: null,
        facts: null,
        orderRef: null,
        apologyNote: null,
        solution: null,
        callbackPhone: null,
        callbackNote: null,
      });
      // What the shop learns from stays: the product, the cause, the lesson, the facts of the case.
      expect(complaint).toMatchObject({
        product: 'perceuse',
        category: 'defective',
        solutionType: 'refund',
        costCents: 8990,
        mood: 'angry',
      });
      const events = await fixture.store.listEvents(id);
      expect(events.at(-1)).toMatchObject({ kind: 'forgotten', operator: 'Paul', details: {} });
      expect(events.every((event) => event.details.note === undefined)).toBe(true);
    }
    expect((await fixture.store.getComplaint(complaints[0]))!.cause).toBe('lot défectueux');
    await fixture.store.close();
    expect(foundOnDisk(path, HELENE_VALUES)).toEqual([]);
  });

  it('erases every text typed about the exchange, through whichever command it was typed', async () => {
    const db = tempLogbook();
    await typedThroughCommands(db);
    const personal = [...Object.values(ZOE), ...Object.values(TYPED)];
    const words = indexed(personal);
    expect(foundOnDisk(db, personal)).toEqual(personal);
    expect(await searchFinds(db, personal)).toEqual(personal);
    const run = await runIn(['forget', 'Quartzine', '--yes'], { db });
    expect(run.stderr).toContain('effacées (2 réclamations)');
    expect(foundOnDisk(db, personal)).toEqual([]);
    expect(foundOnDisk(db, words)).toEqual([]);
    expect(await searchFinds(db, personal)).toEqual([]);
    // What the shop learns from stays.
    expect(foundOnDisk(db, ['perceuse', 'lot défectueux', 'tester', 'Paul'])).toHaveLength(4);
  });

  it('asks for --yes without a terminal, and changes nothing', async () => {
    const { path, fixture } = await logbookWithTwoCustomers();
    await fixture.store.close();
    const before = sha256(path);
    const run = await runIn(['oublier', 'Lefèvre'], { db: path });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ajoutez --yes');
    expect(sha256(path)).toBe(before);
  });

  it('lists the customers when several match, and takes the customer number', async () => {
    const path = tempLogbook();
    const fixture = await testStore(path);
    await recordComplaint(fixture, {
      customer: { name: 'Paul Martin' },
      receivedAt: '2026-11-01T09:00:00Z',
      word: 'Alpha',
    });
    await recordComplaint(fixture, {
      customer: { name: 'Sophie Martin', phone: '0611111111' },
      receivedAt: '2026-11-02T09:00:00Z',
      word: 'Beta',
    });
    await fixture.store.close();
    const several = await runIn(['forget', 'martin', '--yes'], { db: path });
    expect(several.status).toBe(1);
    expect(several.stderr).toContain('n° 1  Paul Martin');
    expect(several.stderr).toContain('n° 2  Sophie Martin  0611111111');
    expect(several.stderr).toContain('relancez avec le numéro du client');
    expect((await runIn(['forget', '2', '--yes'], { db: path })).status).toBe(0);
    expect(foundOnDisk(path, ['Sophie', 'Paul Martin'])).toEqual(['Paul Martin']);
    const again = await runIn(['forget', '2', '--yes', '--lang', 'en'], { db: path });
    expect(again).toMatchObject({ status: 0 });
    expect(again.stderr).toContain('customer #2 was already erased');
  });

  it('takes the customer number even when many other customers have that digit in their name or phone', async () => {
    const db = tempLogbook();
    await oldClosedLogbook(db, 300);
    const run = await runIn(['forget', '7', '--yes'], { db });
    expect(run.stderr).toContain('client n° 7 effacées');
    expect(run.status).toBe(0);
    expect(foundOnDisk(db, ['0600000007', 'Client 7 dit', 'Client 17 dit'])).toEqual(['Client 17 dit']);
  });

  it('exits 1 when no customer matches', async () => {
    const run = await runIn(['forget', 'Personne', '--yes'], { db: emptyLogbook() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('aucun client ne correspond à « Personne »');
  });
});
