import { describe, expect, it } from 'vitest';
import { plainte, tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';
import { seedLogbook } from '../report/seed.js';

// The owner reads the report on Monday morning: the week just ended, Monday to Sunday,
// with what needs handling first.

const TUESDAY = { PLAINTE_NOW: '2026-11-24T10:00:00.000Z' };

function json(db: string, args: string[] = [], env: Record<string, string> = {}): Record<string, unknown> {
  const run = plainte(['report', '--json', ...args], { db, env });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('the report’s period', () => {
  it('is the last full week on a Monday, the 7 days ending today on other days, and says which', async () => {
    const db = tempLogbook();
    await seedLogbook(db);
    expect(json(db).period).toEqual({
      from: '2026-11-15T23:00:00.000Z',
      to: '2026-11-22T23:00:00.000Z',
      days: 7,
      kind: 'week',
      week: '2026-W47',
    });
    const text = plainte(['report'], { db }).stdout;
    expect(text).toContain('Semaine 2026-W47, du lundi 16 nov. 2026 au dimanche 22 nov. 2026.');
    expect(json(db, [], TUESDAY).period).toMatchObject({ from: '2026-11-17T23:00:00.000Z', kind: 'days' });
    expect(plainte(['report'], { db, env: TUESDAY }).stdout).toContain('Les 7 derniers jours, aujourd’hui compris.');
    expect(plainte(['report', '--lang', 'en'], { db }).stdout).toContain('Week 2026-W47, from Monday 16 Nov 2026');
  });

  it('names a week with --week 2026-W46 or --week -2, and refuses what is no week', async () => {
    const db = tempLogbook();
    await seedLogbook(db);
    const named = json(db, ['--week', '2026-W46']);
    expect(named.period).toEqual({
      from: '2026-11-08T23:00:00.000Z',
      to: '2026-11-15T23:00:00.000Z',
      days: 7,
      kind: 'week',
      week: '2026-W46',
    });
    expect(json(db, ['--week', '-2'])).toEqual(named);
    const wrong = plainte(['report', '--week', '2026-W60'], { db });
    expect(wrong).toMatchObject({ status: 1, stdout: '' });
    expect(wrong.stderr).toContain('« 2026-W60 » n’est pas une semaine');
    expect(plainte(['report', '--week', '-1', '--month'], { db }).status).toBe(1);
  });
});

describe('what needs handling', () => {
  it('comes first: drafts over a day old, complaints with no next contact, overdue callbacks, by number', async () => {
    const db = tempLogbook();
    const { store, clock } = await testStore(db);
    clock.now = new Date('2026-11-20T09:00:00.000Z');
    await store.createComplaint({ phaseReached: 2 }, { kind: 'created', operator: 'Anne' }, { name: 'Brouillon' });
    clock.now = new Date('2026-11-23T09:00:00.000Z');
    await store.createComplaint({ phaseReached: 1 }, { kind: 'created', operator: 'Anne' }, { name: 'Ce matin' });
    await store.close();
    const add = (extra: string[], env: Record<string, string> = {}) =>
      plainte(['new', '--no-input', '--customer', 'Marie', '--description', 'Fuite', ...extra], { db, env });
    add([]);
    add(['--callback', '21/11/2026 10:00'], { PLAINTE_NOW: '2026-11-20T08:00:00.000Z' });
    add(['--callback', '24/11/2026 10:00']);
    expect(json(db).toHandle).toEqual({ drafts: [1], unplanned: [3], overdue: [4] });
    const text = plainte(['report'], { db }).stdout.split('\n');
    expect(text.slice(2, 7)).toEqual([
      '',
      'À traiter',
      '  • 1 brouillon laissé depuis plus d’un jour : n°\u00a01 (« plainte resume »)',
      '  • 1 réclamation en cours sans prochain contact : n°\u00a03',
      '  • 1 rappel en retard : n°\u00a04 (« plainte due --overdue »)',
    ]);
  });

  it('says so when nothing is waiting', async () => {
    const db = tempLogbook();
    plainte(['config', 'set', 'shop.name', 'Quincaillerie'], { db });
    expect(plainte(['report'], { db }).stdout).toContain('Rien en attente : aucun brouillon oublié');
  });
});

describe('the trend', () => {
  it('covers the whole period with --all, by months past half a year, with no stray line above it', async () => {
    const db = tempLogbook();
    await seedLogbook(db);
    plainte(['new', '--no-input', '--customer', 'Ancien', '--description', 'Vieux'], {
      db,
      env: { PLAINTE_NOW: '2025-09-15T10:00:00.000Z' },
    });
    const trend = json(db, ['--all']).trend as { monthStart: string; received: number }[];
    expect(trend[0]).toEqual({ monthStart: '2025-09-01', received: 1 });
    expect(trend.at(-1)).toEqual({ monthStart: '2026-11-01', received: 7 });
    expect(trend).toHaveLength(15);
    const text = plainte(['report', '--all'], { db }).stdout;
    expect(text).toMatch(/Réclamations reçues, mois par mois\n {2}sept\. 2025 +1 [█▏▎▍▌▋▊▉]+\n {2}oct\. 2025 +0\n/);
    const md = plainte(['report', '--all', '--format', 'md'], { db }).stdout;
    expect(md).toMatch(/## Réclamations reçues, mois par mois\n\n```\nsept\. 2025 +1 [█▏▎▍▌▋▊▉]+\n/);
  });
});

describe('the printed report', () => {
  it('prints on A4, shows unscheduled follow-ups, and keeps numbers, phones and lateness whole', async () => {
    const db = tempLogbook();
    await seedLogbook(db);
    const html = plainte(['report', '--format', 'html', '--since', '17/11/2026'], { db }).stdout;
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/<td>Contacts sans rappel prévu<\/td><td class="keep">1<\/td>/);
    expect(html).toContain('<td class="keep">en retard de 2 j</td>');
    expect(html).toContain('<td class="keep">07 00 00 00 01</td>');
    expect(html).toContain('.keep { white-space: nowrap; }');
  });
});
