import type { ShopStore } from '../store.js';
import type { PgContext } from './context.js';

export function shopQueries(ctx: PgContext): Pick<ShopStore, 'shops'> {
  return {
    async shops() {
      const rows = await ctx.rows<{ shop: string }>(
        'SELECT shop FROM complaints WHERE shop IS NOT NULL GROUP BY shop ORDER BY shop COLLATE "C"',
      );
      return rows.map((row) => row.shop);
    },
  };
}
