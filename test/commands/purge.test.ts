import { describe, expect, it } from 'vitest';
import { BACKENDS, type Backend } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { foundOnDisk, indexed, recordComplaint, searchFinds } from '../helpers/personal-data.js';
import { testStore } from '../helpers/store.js';
import { photo } from '../helpers/attachments.js';

// The spawned commands believe it is 23 November 2026: three years back is 23 November 2023.
async function logbookWithOldAndRecentCustomers(backend: Backend) {
  const path = backend.logbook();
  const fixture = await testStore(path);
  const ids = {
    // Last heard of in 2022: past the retention period.
    gone: await recordComplaint(fixture, {
      customer: { name: 'Odile Ancien', phone: '0655443322' },
      receivedAt: '2022-03-01T09:00:00Z',
      closedAt: '2022-03-10T09:00:00Z',
      word: 'Vieuxmot',
    }),
    // An old complaint, but the customer came back this year: kept whole.
    loyalOld: await recordComplaint(fixture, {
      customer: { name: 'Firmin Fidèle' },
      receivedAt: '2022-01-05T09:00:00Z',
      closedAt: '2022-01-20T09:00:00Z',
      word: 'Fidelmot',
    }),
    loyalNew: 0,
    // Old but never closed: still a matter in hand.
    pending: await recordComplaint(fixture, {
      customer: { name: 'Paula Pendante' },
      receivedAt: '2021-05-01T09:00:00Z',
      word: 'Pendmot',
    }),
    // No customer on file: its own dates count.
    anonymous: await recordComplaint(fixture, {
      customer: { name: 'x' },
      receivedAt: '2021-02-01T09:00:00Z',
      closedAt: '2021-02-03T09:00:00Z',
      word: 'Sansnom',
    }),
  };
  const loyal = (await fixture.store.getComplaint(ids.loyalOld))!.customerId!;
  ids.loyalNew = await recordComplaint(fixture, {
    customer: { id: loyal },
    receivedAt: '2026-09-01T09:00:00Z',
    word: 'Recentmot',
  });
  // A photo of the old customer's receipt, and one of the loyal customer's: bytes and names
  // that must go, or stay, with their complaints.
  await fixture.store.addAttachments(ids.gone, [photo('ticket-Vieuxnom.jpg', 'Vieuxphoto')], 'Anne');
  await fixture.store.addAttachments(ids.loyalOld, [photo('ticket-Fidelnom.jpg', 'Fidelphoto')], 'Anne');
  await fixture.store.close();
  // Unlink the last complaint from its customer, as an anonymous counter complaint would be.
  backend.sql(path, `UPDATE complaints SET customer_id = NULL WHERE id = ${ids.anonymous}`);
  backend.sql(path, "DELETE FROM customers WHERE name = 'x'");
  return { path, ids };
}

function eventsOf(backend: Backend, path: string, id: number): { kind: string; operator: string; details: string }[] {
  return backend
    .sql(path, `SELECT kind, operator, details FROM events WHERE complaint_id = ${id} ORDER BY id`)
    .map((line) => {
      const [kind, operator, ...details] = line.split('|');
      return { kind, operator, details: details.join('|') };
    });
}

describe.each(BACKENDS)('plainte purge ($name)', (backend) => {
  it('says with --dry-run what it would do, and writes nothing', async () => {
    const { path } = await logbookWithOldAndRecentCustomers(backend);
    const before = backend.fingerprint(path);
    const run = await runIn(['purge', '--dry-run'], { db: path });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      '2 réclamations classées à anonymiser, 1 client à effacer (dernier contact avant le 23 nov. 2023).\n',
    );
    expect(run.stderr).toContain('rien n’a été modifié');
    expect(backend.fingerprint(path)).toBe(before);
  });

  it('anonymises only the closed complaints of customers last in contact before the retention period', async () => {
    const { path, ids } = await logbookWithOldAndRecentCustomers(backend);
    const run = await runIn(['purge', '--yes', '--operator', 'Paul'], { db: path });
    expect(run.stderr).toContain('2 réclamations anonymisées, 1 client effacé');
    expect(run.status).toBe(0);
    const gone = ['Odile', 'Ancien', '0655443322', 'Vieuxmot', 'Sansnom'];
    const kept = ['Firmin Fidèle', 'Fidelmot', 'Recentmot', 'Paula Pendante', 'Pendmot'];
    expect(foundOnDisk(path, [...gone, ...indexed(gone), 'Vieuxphoto', 'Vieuxnom'])).toEqual([]);
    expect(await searchFinds(path, gone)).toEqual([]);
    expect(foundOnDisk(path, [...kept, 'Fidelphoto', 'Fidelnom'])).toHaveLength(7);
    // The photo is gone whole; the history says there was one, not what it was called.
    expect(backend.sql(path, `SELECT count(*) FROM attachments WHERE complaint_id = ${ids.gone}`)).toEqual(['0']);
    expect(backend.sql(path, 'SELECT count(*) FROM attachment_bytes')).toEqual(['1']);
    expect(eventsOf(backend, path, ids.gone).find((event) => event.kind === 'attached')?.details).toMatch(
      /^\{"attachment":1,"type":"image\/jpeg","size":\d+\}$/,
    );
    expect(await searchFinds(path, kept)).toEqual(kept);
    for (const id of [ids.gone, ids.anonymous]) {
      expect(eventsOf(backend, path, id).at(-1)).toEqual({ kind: 'anonymised', operator: 'Paul', details: '{}' });
    }
    for (const id of [ids.loyalOld, ids.loyalNew, ids.pending])
      expect(eventsOf(backend, path, id).map((event) => event.kind)).not.toContain('anonymised');
    const shown = JSON.parse((await runIn(['show', String(ids.gone), '--json'], { db: path })).stdout);
    expect(shown).toMatchObject({
      status: 'closed',
      category: 'defective',
      costCents: 8990,
      satisfaction: 4,
      account: null,
      customer: { name: '(effacé)', phone: null },
    });
    // Done once: a second run finds nothing left to anonymise.
    const again = await runIn(['purge', '--yes'], { db: path });
    expect(again).toMatchObject({ status: 0 });
    expect(again.stderr).toContain('Rien à faire');
  });

  it('uses the retention setting, and --older-than overrides it', async () => {
    const { path } = await logbookWithOldAndRecentCustomers(backend);
    expect((await runIn(['config', 'set', 'retention', '10y'], { db: path })).status).toBe(0);
    expect((await runIn(['purge', '--dry-run'], { db: path })).stderr).toContain('avant le 23 nov. 2016');
    expect((await runIn(['purge', '--dry-run', '--older-than', '5y'], { db: path })).stdout).toContain(
      '1 réclamation classée à anonymiser, 0 client',
    );
    const bad = await runIn(['purge', '--older-than', 'longtemps'], { db: path });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('durée non reconnue « longtemps »');
  });

  it('deletes the complaints and their history with --delete', async () => {
    const { path, ids } = await logbookWithOldAndRecentCustomers(backend);
    const run = await runIn(['purge', '--delete', '--yes'], { db: path });
    expect(run.stderr).toContain('2 réclamations supprimées, 1 client supprimé');
    expect(run.status).toBe(0);
    expect(backend.sql(path, 'SELECT id FROM complaints ORDER BY id')).toEqual(
      [ids.loyalOld, ids.pending, ids.loyalNew].sort().map(String),
    );
    expect(
      backend.sql(path, `SELECT count(*) FROM events WHERE complaint_id IN (${ids.gone}, ${ids.anonymous})`),
    ).toEqual(['0']);
    expect(backend.sql(path, 'SELECT name FROM customers ORDER BY id')).toEqual(['Firmin Fidèle', 'Paula Pendante']);
    expect(
      foundOnDisk(path, ['Odile', 'Vieuxmot', 'Sansnom', 'Vieuxphoto', 'Vieuxnom', ...indexed(['Odile Vieuxmot'])]),
    ).toEqual([]);
    expect(
      backend.sql(path, 'SELECT a.name FROM attachments a JOIN attachment_bytes b ON b.attachment_id = a.id'),
    ).toEqual(['ticket-Fidelnom.jpg']);
    expect(await searchFinds(path, ['Odile', 'Vieuxmot', 'Sansnom'])).toEqual([]);
  });

  it('asks for --yes without a terminal, and changes nothing', async () => {
    const { path } = await logbookWithOldAndRecentCustomers(backend);
    const before = backend.fingerprint(path);
    const run = await runIn(['purge', '--delete'], { db: path });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ajoutez --yes');
    expect(backend.fingerprint(path)).toBe(before);
  });
});
