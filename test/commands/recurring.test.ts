import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/logbooks.js';
import { runIn } from '../helpers/run.js';
import { seedComplaints, type Seed } from '../helpers/complaints.js';

// The report's recurring problems: products and families twice or more, customers who came back.

async function ok(db: string, args: string[], env: Record<string, string> = {}) {
  const run = await runIn(args, { db, env });
  expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run;
}

/** A complaint received at `at` (a day of November 2026, 10:00 UTC). */
async function complaint(db: string, day: number, customer: string, phone: string, product: string) {
  const env = {
    PLAINTE_NOW: `2026-${day > 30 ? '10' : '11'}-${String(day > 30 ? day - 30 : day).padStart(2, '0')}T10:00:00.000Z`,
  };
  await ok(
    db,
    ['new', '--no-input', '--customer', customer, '--phone', phone, '--product', product, '--description', 'Panne'],
    env,
  );
}

describe.each(BACKENDS)('recurring problems in the report ($name)', (backend) => {
  it('lists products and families twice or more, in the period and over 90 days, and who came back', async () => {
    const db = backend.logbook();
    // 5 October (old), then the week of 16 to 22 November, the report's default period on Monday the 23rd.
    await complaint(db, 35, 'Hélène Lefèvre', '0612345678', 'Cafetière Expresso');
    await complaint(db, 16, 'Marc Durand', '0698765432', 'cafetière expresso');
    await complaint(db, 17, 'Hélène Lefèvre', '0612345678', 'Cafetière Filtre');
    await complaint(db, 18, 'Zoé Martin', '0611111111', 'Tondeuse');
    await complaint(db, 19, 'Paul Petit', '0622222222', 'Tondeuse');
    await complaint(db, 20, 'Anne Bernard', '0633333333', 'Escabeau');
    const report = JSON.parse((await ok(db, ['report', '--json'])).stdout);
    expect(report.byProduct).toEqual({
      products: [
        { product: 'Tondeuse', family: 'Tondeuse', period: 2, recent: 2 },
        { product: 'Cafetière Expresso', family: 'Cafetière', period: 1, recent: 2 },
      ],
      families: [
        { family: 'Cafetière', period: 2, recent: 3 },
        { family: 'Tondeuse', period: 2, recent: 2 },
      ],
    });
    expect(report.recurring.customers).toEqual([{ id: 1, name: 'Hélène Lefèvre', complaints: [1, 3] }]);
    const text = (await ok(db, ['report'])).stdout;
    expect(text).toContain('Par produit : deux réclamations ou plus');
    expect(text).toContain('Hélène Lefèvre : 2 réclamations (#1, #3)');
    // Over the whole logbook, longer than 90 days, the same customer over the same 90 days.
    await ok(db, ['new', '--no-input', '--customer', 'Luc Moreau', '--description', 'Retard'], {
      PLAINTE_NOW: '2026-07-01T10:00:00.000Z',
    });
    const all = JSON.parse((await ok(db, ['report', '--all', '--json'])).stdout);
    expect(all.recurring.customers).toEqual([{ id: 1, name: 'Hélène Lefèvre', complaints: [1, 3] }]);

    // The shop's own families.
    await ok(db, ['config', 'set', 'products.families', 'cafetière=Petit électroménager, tondeuse = Jardin']);
    const mapped = JSON.parse((await ok(db, ['report', '--json'])).stdout).byProduct.families;
    expect(mapped).toEqual([
      { family: 'Petit électroménager', period: 2, recent: 3 },
      { family: 'Jardin', period: 2, recent: 2 },
    ]);
    // Forgotten, a customer is no longer named.
    await ok(db, ['forget', 'Lefèvre', '--yes']);
    expect(JSON.parse((await ok(db, ['report', '--json'])).stdout).recurring.customers).toEqual([]);
    expect(JSON.parse((await ok(db, ['report', '--all', '--json'])).stdout).recurring.customers).toEqual([]);
  });

  it('shows the 20 customers and products that came back most, then how many more; --json has all', async () => {
    const db = backend.logbook();
    // 23 customers, each with two complaints about a product of their own, in the week of 16 to 22 November.
    const seeds: Seed[] = Array.from({ length: 23 }, (_, i) => {
      const phone = `06 00 00 00 ${String(i + 10)}`;
      return { customer: { name: `Client ${i + 1}`, phone }, product: `Produit ${i + 1}` };
    });
    await seedComplaints(db, [...seeds, ...seeds]);
    const report = JSON.parse((await ok(db, ['report', '--json'])).stdout);
    expect(report.recurring.customers).toHaveLength(23);
    expect(report.byProduct.products).toHaveLength(23);
    for (const [format, more] of [
      ['text', '… et 3 autres : « plainte report --json » les donne tous.'],
      ['md', '… et 3 autres : « plainte report --json » les donne tous.'],
      ['html', '… et 3 autres : « plainte report --json » les donne tous.'],
    ]) {
      const out = (await ok(db, ['report', '--format', format])).stdout;
      // Once under the products, once under the customers; the families (one: "Produit") all fit.
      expect(out.split(more).length - 1, format).toBe(2);
      expect(out.match(/Client \d+ : 2 réclamations/g), format).toHaveLength(20);
    }
    const english = (await ok(db, ['report', '--lang', 'en'])).stdout;
    expect(english).toContain('… and 3 more: “plainte report --json” gives them all.');
  });

  it('refuses a families setting it cannot read, and keeps the one set', async () => {
    const db = backend.logbook();
    await ok(db, ['config', 'set', 'products.families', 'tondeuse=Jardin']);
    for (const value of ['tondeuse', '=Jardin', 'a=b=c']) {
      const run = await runIn(['config', 'set', 'products.families', value], { db });
      expect(run.status, value).toBe(1);
      expect(run.stderr).toContain('des paires mot=famille');
    }
    expect((await ok(db, ['config', 'get', 'products.families'])).stdout).toBe('tondeuse=Jardin\n');
  });
});
