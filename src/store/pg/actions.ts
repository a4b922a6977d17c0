import { ACTION_EVENTS } from '../../domain/actions.js';
import { UserError } from '../../errors.js';
import type { ActionStore } from '../store.js';
import type { PgContext } from './context.js';
import { toAction } from '../sqlite/rows.js';

// Corrective actions, read from and written to the complaints' history (domain/actions.ts),
// as in a file (store/sqlite/actions.ts). Only this shop's complaints', for a shop's view.

export const ACTIONS = `
  SELECT a.complaint_id, a.at, a.operator, a.details, d.at AS done_at, d.operator AS done_by, d.details AS done
  FROM events a
  JOIN complaints c ON c.id = a.complaint_id
  LEFT JOIN events d ON d.kind = '${ACTION_EVENTS.done}' AND d.details ->> 'action' = a.details ->> 'action'
  WHERE a.kind = '${ACTION_EVENTS.added}' AND ($1::text IS NULL OR c.shop = $1)`;

const NEXT_NUMBER = `SELECT coalesce(max((details ->> 'action')::int), 0) + 1 FROM events
  WHERE kind = '${ACTION_EVENTS.added}'`;

const APPEND = `
  INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
  SELECT id, $2, $3, $4, status, status, $5::json FROM complaints WHERE id = $1`;

export function actionQueries(ctx: PgContext): ActionStore {
  const one = async (number: number) => {
    const row = await ctx.row(`${ACTIONS} AND (a.details ->> 'action')::int = $2 ORDER BY a.id DESC LIMIT 1`, [
      ctx.view,
      number,
    ]);
    return row ? toAction(row) : null;
  };
  return {
    async addAction(complaintId, action, operator) {
      return ctx.write(async () => {
        await ctx.lockIds();
        if (!(await ctx.row('SELECT 1 FROM complaints WHERE id = $1 FOR UPDATE', [complaintId])))
          throw new UserError('error.notFound', { id: complaintId });
        const number = Number(await ctx.value(NEXT_NUMBER));
        const details = { action: number, what: action.what, owner: action.owner, due: action.due };
        await ctx.rows(APPEND, [complaintId, ctx.now(), operator, ACTION_EVENTS.added, JSON.stringify(details)]);
        return (await one(number))!;
      });
    },

    async finishAction(number, note, operator) {
      return ctx.write(async () => {
        await ctx.lockIds();
        const action = await one(number);
        if (!action) throw new UserError('action.unknown', { number });
        if (action.doneAt !== null) throw new UserError('action.alreadyDone', { number, at: action.doneAt });
        const details = note === null ? { action: number } : { action: number, note };
        await ctx.rows(APPEND, [action.complaintId, ctx.now(), operator, ACTION_EVENTS.done, JSON.stringify(details)]);
        return (await one(number))!;
      });
    },

    async listActions() {
      return (await ctx.rows(`${ACTIONS} ORDER BY a.id`, [ctx.view])).map(toAction);
    },
  };
}
