import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn the built binary and real SQLite files: give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
