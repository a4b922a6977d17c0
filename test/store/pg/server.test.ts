import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PG, PG_MISSING, databaseOf, pgLogbook, psql } from '../../helpers/logbooks.js';

describe.skipIf(PG === null)(`the test run's PostgreSQL server ${PG_MISSING}`, () => {
  it('gives each test an empty database of its own, reached through a Unix socket', () => {
    const first = databaseOf(pgLogbook());
    const second = databaseOf(pgLogbook());
    expect(first).not.toBe(second);
    expect(psql(first, `SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`).trim()).toBe('0');
    expect(psql(first, 'SHOW server_version').trim()).toMatch(/^\d+/);
  });

  it('runs as an unprivileged user, since PostgreSQL refuses to run as root', () => {
    const data = psql(databaseOf(pgLogbook()), 'SHOW data_directory').trim();
    expect(statSync(data).uid).not.toBe(0);
  });
});
