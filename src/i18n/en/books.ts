import type { books as fr } from '../fr/books.js';

// English messages: the books: export and import, backup, restore, forget, purge; reliability.
// Same keys as the French file (checked by the type).
export const books: Record<keyof typeof fr, string> = {
  // ─── export / import ────────────────────────────────────────────────────
  'opt.export.format': 'format: csv (spreadsheet), json (complete) or ics (callback calendar)',
  'opt.export.output': 'write to this file (readable by you only) instead of the screen',
  'opt.import.dryRun': 'check the file and say what would be added, writing nothing',
  'export.formatMissing': 'say which format: --format csv, json or ics.',
  'export.cannotWrite': 'Cannot write {path}: {detail}.',
  'export.written.one': '{count} complaint exported to {path}.',
  'export.written.other': '{count} complaints exported to {path}.',
  'export.ics.summary': 'Call back {customer}',
  'export.ics.phone': 'Phone: {phone}',
  'export.ics.complaint': 'Complaint #{id}',
  'export.ics.noName': 'the customer',
  'import.cannotRead': 'Cannot read {path}: {detail}.',
  'import.refused': 'Nothing was imported: fix the file and try again.',
  'import.refused.count.one': '{count} problem in the file.',
  'import.refused.count.other': '{count} problems in the file.',
  'import.done': '{added}, {skipped}; {customersAdded}, {customersMatched}.',
  'import.dryRun': 'Dry run, nothing written: {added}, {skipped}; {customersAdded}, {customersMatched}.',
  'import.progress': 'Import: {done} / {total}',
  'import.where.line': 'line {line}: ',
  'import.where.index': 'complaint #{index} of the file: ',
  'import.field': '{field}: ',
  'import.problems.more.one': '… and {count} more problem.',
  'import.problems.more.other': '… and {count} more problems.',
  'import.problem.required': 'required value missing',
  'import.problem.nul': 'NUL character not allowed',
  'import.problem.integer': '"{value}" is not a whole number',
  'import.problem.range': '{value} out of range ({min} to {max})',
  'import.problem.boolean': '"{value}": expected true or false',
  'import.problem.text': 'text expected',
  'import.problem.instant': '"{value}" is not a possible ISO 8601 date (2026-11-25T14:30:00.000Z)',
  'import.problem.day': '"{value}" is not a possible day (YYYY-MM-DD)',
  'import.problem.date': '"{value}" is not a possible date (25/11/2026 or 25/11/2026 14:30)',
  'import.problem.choice': '"{value}" unknown; possible: {choices}',
  'import.problem.cost': '"{value}" is not an amount in euros (12.50)',
  'import.problem.list': 'a list is expected',
  'import.problem.object': 'an object is expected',
  'import.problem.events': 'the history is not readable JSON',
  'import.problem.columns': '{found} instead of {expected}',
  'import.problem.utf8': 'unreadable text: save the file as "CSV UTF-8"',
  'import.problem.json': 'unreadable JSON: {detail}',
  'import.problem.csv': 'unreadable CSV: {detail}',
  'import.problem.notOurs': 'this JSON is not a plainte export',
  'import.problem.version': 'unknown export version {version}',
  'import.problem.unknownColumn': 'unknown column "{column}" (see the recognised columns in the README)',
  'import.problem.noDate': 'a "date" column is needed (date of the complaint)',

  // ─── backup / restore / forget / purge ──────────────────────────────────
  'opt.backup.force': 'replace the file if it already exists',
  'opt.erase.yes': 'do not ask for confirmation (required without a terminal)',
  'opt.purge.olderThan':
    'how long to keep after the last contact: 3y (years), 36m (months), 90d (days); else the “retention” setting',
  'opt.purge.dryRun': 'say what would be done, change nothing',
  'opt.purge.delete': 'delete these complaints and their history instead of anonymising them',
  'confirm.needYes': 'nothing was done: without a terminal, add --yes to confirm.',
  'confirm.cancelled': 'Cancelled: nothing was changed.',
  'backup.done': 'Backup made and checked:',
  'backup.exists': '{path} already exists: nothing was written. Give another name, or add --force to replace it.',
  'backup.same': '{path} is the logbook itself: give another file for the backup.',
  'backup.noFolder': 'the folder {path} does not exist: create it, or give another path.',
  'backup.unsound':
    'the copy {path} failed its check ({detail}) and was removed. Run “plainte doctor”, then try again.',
  'restore.missing': '{path} does not exist: nothing was replaced.',
  'restore.notSqlite':
    '{path} is not a plainte backup (it is not an SQLite file): the current logbook was not touched.',
  'restore.foreign':
    '{path} is another program’s SQLite database, not a plainte backup: the current logbook was not touched.',
  'restore.tooNew':
    '{path} comes from a newer plainte (schema {detail}): update plainte before restoring it. The current logbook was not touched.',
  'restore.damaged': '{path} is damaged ({detail}): choose another backup. The current logbook was not touched.',
  'restore.same': '{path} is already the logbook in use: nothing to restore.',
  'restore.currentForeign': '{path} is not a plainte logbook: it was not replaced. Check --db or PLAINTE_DB.',
  'restore.busy':
    'the logbook {path} is open in another program (another plainte command?): close it, then try again. Nothing was replaced.',
  'restore.keptExists': '{path} already exists: wait a second, then try again. Nothing was replaced.',
  'restore.confirm':
    'Replace the logbook {logbook} with the backup {from}? The current logbook will be kept beside it.',
  'restore.done': 'Backup restored: {path}.',
  'restore.kept': 'The previous logbook is kept in {path}.',
  'forget.none': 'no customer matches “{query}”. Give their name, phone number or customer number.',
  'forget.several':
    'several customers match “{query}” (above): run again with the customer’s number, for example “plainte forget {id}”.',
  'forget.match': '#{id}  {name}  {phone}',
  'forget.complaints.one': '{count} complaint, on {last}',
  'forget.complaints.other': '{count} complaints, the last on {last}',
  'forget.already': 'The personal data of customer #{id} was already erased, on {date}.',
  'forget.confirm':
    'Erase for good the personal data of customer #{id} ({who}; {complaints})? The anonymous facts stay for the statistics.',
  'forget.done.one': 'Personal data of customer #{id} erased ({count} complaint).',
  'forget.done.other': 'Personal data of customer #{id} erased ({count} complaints).',
  'erase.notScrubbed':
    'Another program is reading the logbook right now: the erased values stay in its journal (-wal) until nobody has it open any more.',
  'purge.badDuration': '--older-than: unrecognised duration “{value}”. Examples: 3y (years), 36m (months), 90d (days).',
  'purge.nothing': 'Nothing to do: no closed complaint whose customer was last in contact before {date}.',
  'purge.plan.anonymise': '{complaints} to anonymise, {customers} to erase (last contact before {date}).',
  'purge.plan.delete': '{complaints} to delete with their history, {customers} to delete (last contact before {date}).',
  'purge.dryRun': 'Dry run (--dry-run): nothing was changed.',
  'purge.confirm': 'Go on?',
  'purge.done': 'Done: {complaints}, {customers}.',
  'event.forgotten': 'customer’s personal data erased at their request',
  'event.anonymised': 'personal data erased: retention period over',

  // ─── reliability ────────────────────────────────────────────────────────
  'store.moved':
    'the logbook {path} was deleted or replaced while the command ran: what it just recorded is lost with the old file. Check the file (“plainte doctor”), then enter it again or restore a backup.',
};
