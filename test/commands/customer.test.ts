import { describe, expect, it } from 'vitest';
import { BACKENDS, type Backend } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { seedComplaints } from '../helpers/complaints.js';

async function logbook(backend: Backend): Promise<string> {
  const db = backend.logbook();
  await seedComplaints(db, [
    {
      customer: { name: 'Marie Lefèvre', phone: '06 12 34 56 78' },
      product: 'Lave-linge',
      receivedAt: '2026-11-01T09:00:00.000Z',
    },
    { customer: { id: 1 }, product: 'Sèche-linge', receivedAt: '2026-11-15T09:00:00.000Z' },
    { customer: { name: 'Jean Lefebvre', phone: '07 00 00 00 01' }, product: 'Four' },
    { customer: { name: 'Paul Martin', email: 'paul@example.fr' }, product: 'Frigo' },
  ]);
  return db;
}

describe.each(BACKENDS)('plainte customer ($name)', (backend) => {
  it('finds a customer whatever the accents and case, with all their complaints newest first', async () => {
    const db = await logbook(backend);
    const run = await runIn(['customer', 'LEFEVRE'], { db });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Client n° 1 — Marie Lefèvre');
    expect(run.stdout).toContain('Téléphone : 06 12 34 56 78');
    expect(run.stdout).toContain('2 réclamations');
    expect(run.stdout.indexOf('Sèche-linge')).toBeLessThan(run.stdout.indexOf('Lave-linge'));
    expect((await runIn(['client', '+33 6 12 34 56 78'], { db })).stdout).toContain('Marie Lefèvre');
    expect((await runIn(['client', '3'], { db })).stdout).toContain('Client n° 3 — Paul Martin');
  });

  it('prints the customer and their complaints as JSON', async () => {
    const db = await logbook(backend);
    const json = JSON.parse((await runIn(['customer', 'lefèvre', '--json'], { db })).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      customer: { id: 1, name: 'Marie Lefèvre', phone: '06 12 34 56 78', email: null, forgottenAt: null },
      complaints: [
        { id: 2, status: 'open', receivedAt: '2026-11-15T09:00:00.000Z', summary: 'Sèche-linge' },
        { id: 1, status: 'open', receivedAt: '2026-11-01T09:00:00.000Z', summary: 'Lave-linge' },
      ],
    });
  });

  it('lists several matches instead of guessing, and says to give the number', async () => {
    const db = await logbook(backend);
    const run = await runIn(['customer', 'lef'], { db });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 clients correspondent : relancez avec le n° du client');
    expect(run.stdout).toContain('Marie Lefèvre');
    expect(run.stdout).toContain('Jean Lefebvre');
    const json = JSON.parse((await runIn(['customer', 'lef', '--json'], { db })).stdout) as {
      matches: { customer: { name: string }; complaints: number }[];
    };
    expect(json.matches.map((m) => [m.customer.name, m.complaints]).sort()).toEqual([
      ['Jean Lefebvre', 1],
      ['Marie Lefèvre', 2],
    ]);
    expect((await runIn(['customer', 'lef', '--lang', 'en'], { db })).stderr).toContain(
      '2 customers match: run again with the customer number',
    );
  });

  it('exits 1 with a message when nobody matches', async () => {
    const db = await logbook(backend);
    expect(await runIn(['customer', 'Dupont'], { db })).toMatchObject({
      status: 1,
      stdout: '',
      stderr: 'plainte : aucun client ne correspond à « Dupont ». Essayez une partie du nom ou le téléphone.\n',
    });
    expect((await runIn(['customer', 'Dupont', '--lang', 'en'], { db })).stderr).toContain(
      'no customer matches “Dupont”',
    );
  });

  it('shows a customer whose personal data was erased as such', async () => {
    const db = await logbook(backend);
    expect((await runIn(['forget', '3', '--yes'], { db })).status).toBe(0);
    expect((await runIn(['customer', '3'], { db })).stdout).toContain(
      'Client n° 3 — (données personnelles effacées le 23 nov. 2026)\n  1 réclamation',
    );
    expect((await runIn(['customer', 'Paul'], { db })).status).toBe(1);
    expect(JSON.parse((await runIn(['customer', '3', '--json'], { db })).stdout).customer).toMatchObject({
      id: 3,
      email: null,
      forgottenAt: '2026-11-23T10:00:00.000Z',
    });
  });
});
