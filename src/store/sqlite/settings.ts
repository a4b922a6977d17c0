import type { SettingsStore } from '../store.js';
import type { SqliteContext } from './context.js';

export function settingsQueries(ctx: SqliteContext): SettingsStore {
  return {
    async logbookId() {
      const row = ctx.statement("SELECT value FROM settings WHERE key = 'logbook.id'").get() as { value: string };
      return row.value;
    },
    async getSetting(key) {
      const row = ctx.statement('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
      return row?.value ?? null;
    },
    async setSetting(key, value) {
      ctx.write(() => {
        if (value === null) ctx.statement('DELETE FROM settings WHERE key = ?').run(key);
        else
          ctx
            .statement(
              'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
            )
            .run(key, value);
      });
    },
    async listSettings() {
      const rows = ctx.statement('SELECT key, value FROM settings ORDER BY key').all() as {
        key: string;
        value: string;
      }[];
      return Object.fromEntries(rows.map((row) => [row.key, row.value]));
    },
  };
}
