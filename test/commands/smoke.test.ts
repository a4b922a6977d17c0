import { describe, expect, it } from 'vitest';
import { tempLogbook } from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';

describe('in process', () => {
  it('runs new, show and due', async () => {
    const db = tempLogbook();
    const created = await runIn(
      ['new', '--no-input', '--customer', 'Marie', '--description', 'Fuit', '--callback', 'demain'],
      { db },
    );
    expect(created).toMatchObject({ status: 0, stdout: '1\n' });
    const due = await runIn(['due', '--within', '2'], { db });
    expect(due.stdout).toContain('Marie');
    const exported = await runIn(['export', '--format', 'csv'], { db });
    expect(exported.stdout).toContain('Marie');
    expect((await runIn(['nope'], { db })).status).toBe(2);
  });
});
