import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { testStore } from '../helpers/store.js';
import { seedLogbook } from '../report/seed.js';

const ESC = '\u001b';

describe.each(BACKENDS)('plainte report ($name)', (backend) => {
  it('gives every figure of the week, computed by hand from the seeded logbook, and the week before', async () => {
    const db = backend.logbook();
    const { ids } = await seedLogbook(db);
    // The 7 days ending today (on a Monday, the default is the week before: see below).
    const run = await runIn(['report', '--format', 'json', '--since', '17/11/2026'], { db });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.period).toEqual({
      from: '2026-11-16T23:00:00.000Z',
      to: '2026-11-23T23:00:00.000Z',
      days: 7,
      kind: 'range',
    });
    expect(report.previousPeriod).toEqual({ from: '2026-11-09T23:00:00.000Z', to: '2026-11-16T23:00:00.000Z' });
    expect(report).toMatchObject({
      received: 5,
      closed: 3,
      open: 3,
      byStatus: { closed: 2, awaiting_callback: 1, open: 1, transferred: 1 },
      byCategory: { defective: 2, late_delivery: 1, service: 1, billing: 1 },
      byChannel: { phone: 2, counter: 1, email: 1, web: 1 },
      byMood: { calm: 2, angry: 1, abusive: 1, upset: 1 },
      byOutcome: { resolved: 2, partial: 1 },
      abusive: { complaints: 1, escalations: 1 },
      resolutionDays: { count: 3, median: 4, p90: 6 },
      firstResponseHours: { count: 3, median: 4, p90: 6 },
      followUps: { onTime: 1, late: 1, unscheduled: 1 },
      remedies: {
        asked: { refund: 1, gesture: 1, apology: 1 },
        granted: { refund: 1, gesture: 1 },
        pairs: [
          { asked: 'apology', granted: null, count: 1 },
          { asked: 'gesture', granted: 'gesture', count: 1 },
          { asked: 'refund', granted: 'refund', count: 1 },
        ],
      },
      satisfaction: { count: 3, mean: 4, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 } },
      costCents: 2000,
      customers: { total: 4, repeat: 2 },
      operators: [
        { operator: 'Anne', received: 2, settled: 1, satisfaction: 5 },
        { operator: 'Paul', received: 2, settled: 1, satisfaction: 3 },
        { operator: null, received: 1, settled: 0, satisfaction: null },
      ],
      lessons: [
        { id: ids.c1, category: 'defective', cause: 'Lot défectueux', lesson: 'Tester avant la vente' },
        { id: ids.c2, category: 'late_delivery', cause: 'Transporteur en retard', lesson: null },
      ],
    });
    expect(Object.keys(report.byStatus)).toHaveLength(4);
    expect(report.previous).toMatchObject({
      received: 2,
      closed: 1,
      open: 0,
      resolutionDays: { count: 1, median: 1, p90: 1 },
      firstResponseHours: { count: 1, median: 1, p90: 1 },
      satisfaction: { count: 1, mean: 2 },
      costCents: 0,
      customers: { total: 2, repeat: 0 },
      followUps: { onTime: 0, late: 0, unscheduled: 0 },
      // The JSON has every figure of the week before too, not only the summary's.
      byChannel: { counter: 1, phone: 1 },
      byCategory: { billing: 1, defective: 1 },
      byMood: { angry: 1, calm: 1 },
      operators: [
        expect.objectContaining({ operator: 'Anne', received: 1 }),
        expect.objectContaining({ operator: 'Paul', received: 1 }),
      ],
    });
    expect(report.trend).toEqual(
      [
        '2026-10-05',
        '2026-10-12',
        '2026-10-19',
        '2026-10-26',
        '2026-11-02',
        '2026-11-09',
        '2026-11-16',
        '2026-11-23',
      ].map((weekStart, i) => ({
        weekStart,
        received: [0, 0, 0, 0, 0, 2, 5, 0][i],
      })),
    );
    expect(report.overdue).toEqual([
      {
        id: ids.c3,
        due: '2026-11-21T09:00:00.000Z',
        status: 'awaiting_callback',
        customer: 'Alice Petit',
        phone: '07 00 00 00 01',
        assignee: 'Paul',
        summary: 'Crie au téléphone',
        note: null,
      },
    ]);
    expect((await runIn(['report', '--json', '--since', '17/11/2026'], { db })).stdout).toBe(run.stdout);
  });

  it('reports an empty period with zeros and nulls, never a division by zero', async () => {
    const run = await runIn(['report', '--json'], { db: backend.emptyLogbook() });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      received: 0,
      closed: 0,
      open: 0,
      byStatus: {},
      resolutionDays: { count: 0, median: null, p90: null },
      firstResponseHours: { count: 0, median: null, p90: null },
      satisfaction: { count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
      costCents: 0,
      overdue: [],
    });
    for (const format of ['text', 'md', 'html']) {
      const shown = await runIn(['report', '--format', format], { db: backend.emptyLogbook() });
      expect(shown.status, format).toBe(0);
      expect(shown.stdout, format).not.toMatch(/NaN|Infinity|undefined|null/);
    }
  });

  it('takes whole local days for --since and --until, and as many days before for the comparison', async () => {
    const db = backend.logbook();
    await seedLogbook(db);
    const run = JSON.parse(
      (await runIn(['report', '--json', '--since', '2026-11-17', '--until', '2026-11-18'], { db })).stdout,
    );
    expect(run.period).toEqual({
      from: '2026-11-16T23:00:00.000Z',
      to: '2026-11-18T23:00:00.000Z',
      days: 2,
      kind: 'range',
    });
    expect(run.previousPeriod).toEqual({ from: '2026-11-14T23:00:00.000Z', to: '2026-11-16T23:00:00.000Z' });
    expect(run.received).toBe(2);
    const month = JSON.parse((await runIn(['report', '--json', '--month'], { db })).stdout);
    expect(month.period).toEqual({
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-11-23T23:00:00.000Z',
      days: 23,
      kind: 'month',
    });
    expect(month.received).toBe(7);
    const all = JSON.parse((await runIn(['report', '--json', '--all'], { db })).stdout);
    expect(all).toMatchObject({ received: 7, previous: null, previousPeriod: null });
    expect(all.period.from).toBe('2026-11-11T23:00:00.000Z');
    // Summer time ended on 25 Oct 2026 in Paris: the week still counts 7 whole local days.
    const autumn = JSON.parse(
      (await runIn(['report', '--json', '--since', '2026-10-20', '--until', '2026-10-26'], { db })).stdout,
    );
    expect(autumn.period).toEqual({
      from: '2026-10-19T22:00:00.000Z',
      to: '2026-10-26T23:00:00.000Z',
      days: 7,
      kind: 'range',
    });
    expect(autumn.previousPeriod).toEqual({ from: '2026-10-12T22:00:00.000Z', to: '2026-10-19T22:00:00.000Z' });
    const wrong = await runIn(['report', '--since', '2026-11-20', '--until', '2026-11-18'], { db });
    expect(wrong).toMatchObject({ status: 1, stdout: '' });
    expect(wrong.stderr).toContain('période est vide');
    expect((await runIn(['report', '--all', '--month'], { db })).status).toBe(1);
    expect((await runIn(['report', '--format', 'pdf'], { db })).status).toBe(2);
  });

  it('prints a French text report without escape sequences off a terminal, and English with --lang en', async () => {
    const db = backend.logbook();
    await seedLogbook(db);
    const fr = await runIn(['rapport', '--since', '17/11/2026'], { db });
    expect(fr.status).toBe(0);
    expect(fr.stdout).not.toContain(ESC);
    expect(fr.stdout).toContain('Réclamations : bilan du 17 nov. 2026 au 23 nov. 2026');
    expect(fr.stdout).toMatch(/Reçues\s+│ 5\s+│ 2\s+│ ↑ \+3/);
    expect(fr.stdout).toMatch(/Coût des solutions\s+│ 20,00\s€/);
    // The trend's rows follow its title, with no stray line of bars above them.
    expect(fr.stdout).toMatch(/Réclamations reçues, semaine par semaine\n {2}5 oct\. 2026 +0\n/);
    expect(fr.stdout).toContain('Cause : Lot défectueux ; Leçon : Tester avant la vente');
    expect(fr.stdout).toMatch(/Rappels en retard[\s\S]*#\d+ .*en retard de 2 j.*Alice Petit/);
    const en = await runIn(['report', '--lang', 'en', '--since', '17/11/2026'], { db });
    expect(en.stdout).toContain('Complaints: report from 17 Nov 2026 to 23 Nov 2026');
    expect(en.stdout).toMatch(/Cost of remedies\s+│ €20\.00/);
    expect(en.stdout).toContain('2 d late');
  });

  it('escapes hostile text in the html and Markdown reports', async () => {
    const db = backend.logbook();
    const { store, clock } = await testStore(db);
    clock.now = new Date('2026-11-20T09:00:00Z');
    const hostile = `<script>alert("x")</script> l'${ESC}[31m | *gras* [lien](http://x)`;
    const { id } = await store.createComplaint(
      { category: 'other', operator: '<b>Op</b>' },
      { kind: 'created', operator: 'Anne' },
      { name: hostile },
    );
    await store.recordChange({
      id,
      status: 'closed',
      patch: { closedAt: '2026-11-21T09:00:00.000Z', cause: hostile, lesson: '# titre' },
      event: { kind: 'closed', operator: 'Anne' },
    });
    await store.setSetting('shop.name', 'Quincaillerie <Dupont> & fils');
    await store.close();

    const html = (await runIn(['report', '--format', 'html'], { db })).stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Op');
    expect(html).not.toContain(ESC);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; l&#39;␛[31m');
    expect(html).toContain('Quincaillerie &lt;Dupont&gt; &amp; fils');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(src|href)=|<link|@import|url\(/);

    const md = (await runIn(['report', '--format', 'md'], { db })).stdout;
    expect(md.startsWith('# Quincaillerie \\<Dupont\\> \\& fils')).toBe(true);
    expect(md).not.toContain(ESC);
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> l\'␛\\[31m \\| \\*gras\\* \\[lien\\](http://x)');
    expect(md).toContain('\\<b\\>Op\\</b\\>');
    expect(md).toMatch(/^\| .* \|$/m);
  });

  it('lists the first 50 overdue callbacks in the printed report and says how many more there are', async () => {
    const db = backend.logbook();
    const { store, clock } = await testStore(db);
    clock.now = new Date('2026-11-01T09:00:00Z');
    for (let i = 0; i < 53; i++) {
      const { id } = await store.createComplaint(
        { product: `Colis ${i}` },
        { kind: 'created', operator: 'Anne' },
        { name: `Client ${i}` },
      );
      await store.recordChange({
        id,
        status: 'awaiting_callback',
        patch: { nextContactAt: '2026-11-10T09:00:00.000Z' },
        event: { kind: 'completed', operator: 'Anne' },
      });
    }
    await store.close();
    const text = (await runIn(['report'], { db })).stdout;
    expect(text).toContain('… et 3 autres : « plainte due --overdue » les liste tous.');
    expect(text.match(/Client \d+/g)).toHaveLength(50);
    expect((await runIn(['report', '--format', 'md', '--lang', 'en'], { db })).stdout).toContain('… and 3 more');
    expect((await runIn(['report', '--format', 'html'], { db })).stdout).toContain('… et 3 autres');
    expect(JSON.parse((await runIn(['report', '--format', 'json'], { db })).stdout).overdue).toHaveLength(53);
  });
});
