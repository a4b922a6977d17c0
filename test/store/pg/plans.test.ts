import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/store/pg/actions.js';
import { OPEN_SQL } from '../../../src/store/pg/clocks.js';
import { DUE_SQL } from '../../../src/store/pg/due.js';
import { RATINGS } from '../../../src/store/pg/ratings.js';
import { CUSTOMERS as REPEAT_CUSTOMERS, CUSTOMERS_OF_SPAN, PRODUCTS } from '../../../src/store/pg/recurring.js';
import {
  ABUSIVE_SQL,
  CUSTOMERS_SQL,
  FOLLOW_UPS_SQL,
  INTAKE_SQL,
  LESSONS_SQL,
  OUTCOME_SQL,
  TO_HANDLE_SQL,
  TREND_SQL,
} from '../../../src/store/pg/report-sql.js';
import { PG, PG_MISSING, pgLogbook } from '../../helpers/logbooks.js';
import { seedLogbook } from '../../report/seed.js';

// The plans the server makes for what cron and the weekly report run. The test logbook is
// small, so the planner is told to avoid reading whole tables (enable_seqscan off) and the
// joins that read a whole side (hash and merge joins): a statement that still reads one has
// no index that serves it, and on a logbook of a million complaints it would read them all.
// A scan of an index without a condition reads the whole index: as bad.

const WEEK = ['2026-11-16T23:00:00.000Z', '2026-11-23T23:00:00.000Z'];
const NINETY_DAYS_BEFORE = '2026-08-25T23:00:00.000Z';
const WEEKS = ['2026-09-28T22:00:00Z', '2026-10-05T22:00:00Z', '2026-10-12T22:00:00Z', '2026-11-23T23:00:00Z'];
const DAY_STARTS = Array.from({ length: 8 }, (_, i) => new Date(Date.parse(WEEK[0]) + i * 86_400_000).toISOString());

/** Each statement with the parameters it runs with, for every shop (null) and for one. */
const STATEMENTS: [string, string, unknown[]][] = [
  ['due', DUE_SQL, ['2026-11-24T00:00:00.000Z']],
  ['open clocks', OPEN_SQL, []],
  ['actions', ACTIONS, []],
  ['intake', INTAKE_SQL, WEEK],
  ['outcome', OUTCOME_SQL, WEEK],
  ['abusive', ABUSIVE_SQL, WEEK],
  ['follow-ups', FOLLOW_UPS_SQL, [...WEEK, '(shop)', DAY_STARTS]],
  ['customers', CUSTOMERS_SQL, WEEK],
  ['lessons', LESSONS_SQL, WEEK],
  ['trend', TREND_SQL, [WEEKS]],
  ['to handle', TO_HANDLE_SQL, []],
  ['ratings', RATINGS, WEEK],
  ['products', PRODUCTS, WEEK],
  ['repeat customers', REPEAT_CUSTOMERS, [...WEEK, '(shop)', NINETY_DAYS_BEFORE]],
  ['repeat customers of --all', CUSTOMERS_OF_SPAN, [NINETY_DAYS_BEFORE, WEEK[1]]],
];

/** The parameters with the shop's in its place ($3 after the period, else last). */
function withShop(params: unknown[], shop: string | null): unknown[] {
  const at = params.indexOf('(shop)');
  return at >= 0 ? params.map((p, i) => (i === at ? shop : p)) : [...params, shop];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

function nodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodes)];
}

const TABLES = ['complaints', 'events', 'customers'];

describe.skipIf(PG === null)(`query plans on a PostgreSQL server ${PG_MISSING}`, () => {
  let client: pg.Client;

  beforeAll(async () => {
    const url = pgLogbook();
    await seedLogbook(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('ANALYZE');
    for (const whole of ['seqscan', 'hashjoin', 'mergejoin']) await client.query(`SET enable_${whole} = off`);
  });

  afterAll(async () => {
    await client?.end();
  });

  async function plan(sql: string, params: unknown[]): Promise<PlanNode[]> {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodes(rows[0]['QUERY PLAN'][0].Plan);
  }

  it('reads the logbook through indexes in every statement of due and the report, for every shop or one', async () => {
    for (const [what, sql, params] of STATEMENTS) {
      for (const shop of [null, 'Lyon']) {
        const reads = (await plan(sql, withShop(params, shop))).filter((n) =>
          TABLES.includes(n['Relation Name'] ?? ''),
        );
        expect(reads.length, what).toBeGreaterThan(0);
        for (const read of reads) {
          expect(read['Node Type'], `${what}: ${JSON.stringify(read)}`).not.toBe('Seq Scan');
          // The history is the largest table: never read without a condition on its index.
          if (read['Relation Name'] === 'events' && read['Node Type'] !== 'Bitmap Heap Scan')
            expect(read['Index Cond'], `${what}: ${JSON.stringify(read)}`).toBeTruthy();
        }
      }
    }
  });

  it("counts the period's customers' earlier complaints through the index by customer, not the 90 days", async () => {
    {
      const params = withShop([...WEEK, '(shop)', NINETY_DAYS_BEFORE], null);
      const conditions = (await plan(REPEAT_CUSTOMERS, params))
        .filter((n) => n['Relation Name'] === 'complaints')
        .map((n) => n['Index Cond'] ?? '');
      const ninetyDays = conditions.filter((cond) => cond.includes(NINETY_DAYS_BEFORE.slice(0, 10)));
      expect(ninetyDays.length).toBeGreaterThan(0);
      for (const cond of ninetyDays) expect(cond).toMatch(/\(customer_id = \w+\.(customer_)?id\)/);
    }
  });
});
