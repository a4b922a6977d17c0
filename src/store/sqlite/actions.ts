import { ACTION_EVENTS } from '../../domain/actions.js';
import { UserError } from '../../errors.js';
import type { ActionStore } from '../store.js';
import type { SqliteContext } from './context.js';
import { toAction } from './rows.js';

// Corrective actions, read from and written to the complaints' history (domain/actions.ts).

/** Each action added, with the event that marked it done if any. */
const ACTIONS = `
  SELECT a.complaint_id, a.at, a.operator, a.details, d.at AS done_at, d.operator AS done_by, d.details AS done
  FROM events a
  LEFT JOIN events d ON d.kind = '${ACTION_EVENTS.done}'
    AND json_extract(d.details, '$.action') = json_extract(a.details, '$.action')
  WHERE a.kind = '${ACTION_EVENTS.added}'`;

const BY_NUMBER = `${ACTIONS} AND json_extract(a.details, '$.action') = ? ORDER BY a.id DESC LIMIT 1`;

const NEXT_NUMBER = `SELECT coalesce(max(json_extract(details, '$.action')), 0) + 1 FROM events
  WHERE kind = '${ACTION_EVENTS.added}'`;

/** An event on the complaint that keeps its status, as every change of it has. */
const APPEND = `
  INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
  SELECT id, ?, ?, ?, status, status, ? FROM complaints WHERE id = ?`;

export function actionQueries(ctx: SqliteContext): ActionStore {
  const one = (number: number) => {
    const row = ctx.statement(BY_NUMBER).get(number) as Record<string, unknown> | undefined;
    return row ? toAction(row) : null;
  };
  return {
    async addAction(complaintId, action, operator) {
      return ctx.write(() => {
        if (!ctx.statement('SELECT 1 FROM complaints WHERE id = ?').get(complaintId))
          throw new UserError('error.notFound', { id: complaintId });
        const number = ctx.statement(NEXT_NUMBER).pluck().get() as number;
        const details = { action: number, what: action.what, owner: action.owner, due: action.due };
        ctx.statement(APPEND).run(ctx.now(), operator, ACTION_EVENTS.added, JSON.stringify(details), complaintId);
        return one(number)!;
      });
    },

    async finishAction(number, note, operator) {
      return ctx.write(() => {
        const action = one(number);
        if (!action) throw new UserError('action.unknown', { number });
        if (action.doneAt !== null) throw new UserError('action.alreadyDone', { number, at: action.doneAt });
        const details = note === null ? { action: number } : { action: number, note };
        ctx.statement(APPEND).run(ctx.now(), operator, ACTION_EVENTS.done, JSON.stringify(details), action.complaintId);
        return one(number)!;
      });
    },

    async listActions() {
      const rows = ctx.statement(`${ACTIONS} ORDER BY a.id`).all() as Record<string, unknown>[];
      return rows.map(toAction);
    },
  };
}
