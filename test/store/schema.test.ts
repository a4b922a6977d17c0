import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CALLBACK_PENDING_STATUSES, FINISHED_STATUSES, IN_PROGRESS_STATUSES } from '../../src/domain/status.js';
import { STATUSES } from '../../src/domain/types.js';
import { tempLogbook } from '../helpers/cli.js';
import { testStore } from '../helpers/store.js';

// The migrations write their status lists from src/domain/status.ts. A landed migration
// must create the same schema forever: these are the lists as they landed.

function schemaOf(path: string, name: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
  } finally {
    db.close();
  }
}

describe('the status lists', () => {
  it('make the schema the first migration made when it landed', async () => {
    const path = tempLogbook();
    const { store } = await testStore(path);
    await store.close();
    expect(schemaOf(path, 'complaints')).toContain(
      "CHECK (status IN ('draft', 'open', 'awaiting_callback', 'transferred', 'resolved', 'closed'))",
    );
    expect(schemaOf(path, 'complaints_due')).toContain(
      "WHERE next_contact_at IS NOT NULL AND status IN ('open', 'awaiting_callback', 'transferred')",
    );
  });

  it('sort every status as finished or in progress, and only completed ones as owed a callback', () => {
    expect([...IN_PROGRESS_STATUSES, ...FINISHED_STATUSES].sort()).toEqual([...STATUSES].sort());
    expect(IN_PROGRESS_STATUSES).toContain('draft');
    expect(CALLBACK_PENDING_STATUSES).toEqual(['open', 'awaiting_callback', 'transferred']);
  });
});
