import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the run, for the tests of the PostgreSQL store.
    globalSetup: ['test/helpers/pg.ts'],
    // e2e tests spawn the built binary and real SQLite files: give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
