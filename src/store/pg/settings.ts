import type { SettingsStore } from '../store.js';
import type { PgContext } from './context.js';

export function settingsQueries(ctx: PgContext): SettingsStore {
  return {
    async logbookId() {
      return (await ctx.value<string>("SELECT value FROM settings WHERE key = 'logbook.id'")) ?? '';
    },
    async getSetting(key) {
      return (await ctx.row<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]))?.value ?? null;
    },
    async setSetting(key, value) {
      if (value === null) await ctx.rows('DELETE FROM settings WHERE key = $1', [key]);
      else
        await ctx.rows(
          'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          [key, value],
        );
    },
    async listSettings() {
      // COLLATE "C": the order of the bytes, as SQLite sorts, whatever the database's locale.
      const rows = await ctx.rows<{ key: string; value: string }>(
        'SELECT key, value FROM settings ORDER BY key COLLATE "C"',
      );
      return Object.fromEntries(rows.map((row) => [row.key, row.value]));
    },
  };
}
