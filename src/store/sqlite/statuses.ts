import { CALLBACK_PENDING_STATUSES, IN_PROGRESS_STATUSES } from '../../domain/status.js';
import { STATUSES, type Status } from '../../domain/types.js';

// The groups of src/domain/status.ts as SQL lists of literals ('open', 'transferred'), for
// the statements and the schema. A status is a fixed word without quotes.

const sqlList = (statuses: readonly Status[]) => statuses.map((status) => `'${status}'`).join(', ');

/** Every status: the CHECK of complaints.status. */
export const ALL_SQL = sqlList(STATUSES);
/** The complaints a promised contact is owed to: `due` and the partial index it reads. */
export const CALLBACK_PENDING_SQL = sqlList(CALLBACK_PENDING_STATUSES);
/** Not yet resolved or closed, drafts included. */
export const IN_PROGRESS_SQL = sqlList(IN_PROGRESS_STATUSES);
