import type { books as fr } from '../fr/books.js';

// English messages: the books: export and import, backup, restore, forget, purge; reliability.
// Same keys as the French file (checked by the type).
export const books: Record<keyof typeof fr, string> = {
  // ─── export / import ────────────────────────────────────────────────────
  'opt.export.format': 'format: csv (spreadsheet), json (complete) or ics (callback calendar)',
  'opt.export.output': 'write to this file (readable by you only) instead of the screen',
  'opt.import.dryRun': 'check the file and say what would be added, writing nothing',
  'export.formatMissing': 'say which format: --format csv, json or ics.',
  'export.isDirectory': '{path} is a folder: give the name of the file to write, for example {path}/logbook.csv.',
  'export.notAFile':
    '{path} is not a regular file (a device, a pipe…): -o only writes to a file. To send the export elsewhere, write to standard output (without -o) and redirect it.',
  'export.written.one': '{count} complaint exported to {path}.',
  'export.written.other': '{count} complaints exported to {path}.',
  'export.ics.summary': 'Call back {customer}',
  'export.ics.phone': 'Phone: {phone}',
  'export.ics.complaint': 'Complaint #{id}',
  'export.ics.noName': 'the customer',
  'import.cannotRead': 'cannot read {path}: {detail}.',
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
  'restore.notAFile':
    '{path} is no backup: it is a folder, a device or a pipe. Give the file written by “plainte backup”; nothing was replaced.',
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
    'Another program is reading the logbook right now: the erased values stay readable in the file until the next plainte command, which finishes erasing them.',
  'erase.full':
    'the erasure is recorded, but the disk is full: the erased values stay readable in the file {path}. Free some space; the next plainte command finishes erasing them (“plainte doctor” checks it).',
  'erase.failed':
    'the erasure is recorded, but cleaning the file {path} failed: the erased values stay readable in it. The next plainte command tries again; “plainte doctor” checks it.',
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

  // ─── files at the edges: unfinished erasures, files written, files read ───
  'doctor.erasure': 'Erasures',
  'doctor.erasure.finished': 'an interrupted erasure was finished just now',
  'doctor.erasure.busy': 'unfinished: another program is reading the logbook; run “plainte doctor” again in a moment',
  'doctor.erasure.full':
    'unfinished: the disk is full and the erased values are still readable in the file; free some space, then run “plainte doctor” again',
  'doctor.erasure.failed': 'unfinished: cleaning the file failed; run “plainte doctor” again',
  'doctor.erasure.readonly':
    'unfinished: this account cannot write the logbook; run “plainte doctor” as the account that owns it',
  'write.full': 'disk full while writing {path}. Free some space, then try again.',
  'write.quota': 'disk quota reached while writing {path}. Free some space, then try again.',
  'write.tooBig':
    '{path} exceeds the file size this account may write (ulimit -f): nothing more could be written to it.',
  'write.readOnly': '{path} is on a read-only disk: nothing could be written to it.',
  'write.denied': 'not allowed to write {path}: check the rights of the file and its folder.',
  'write.io': 'disk error while writing {path}. Check the disk, then try again.',
  'write.other': 'cannot write {path}: {detail}.',
  'write.stdout': 'standard output',
  'write.stdoutFile': 'standard output ({path})',
  'store.full': 'disk full while writing the logbook {path}: nothing was saved. Free some space, then try again.',
  'store.io':
    'disk error while reading or writing the logbook {path} ({detail}). Run “plainte doctor” to check the file.',
  'doctor.leftovers': 'Temporary files',
  'doctor.leftovers.removed': 'left by an interrupted backup, restore or export, with personal data: removed ({files})',
  'doctor.leftovers.staying':
    'left by an interrupted backup, restore or export, with personal data, and impossible to remove from here: {files}. Remove them as the account that owns them',
  'write.noFolder': 'cannot write {path}: its folder does not exist. Create it, or give another path.',
  'write.underFile': 'cannot write {path}: part of the path is a file, not a folder. Give another path.',
  'import.notAFile': '{path} is not a regular file (a device, a pipe…): give a file, or “-” to read standard input.',
  'import.stdinTerminal':
    '“plainte import -” reads a file sent to standard input, which is the terminal here: give the file (plainte import logbook.csv) or send it (plainte import - < logbook.csv).',
  'import.problem.lineTooLong': 'a line longer than {max} MiB: this is not a readable file of complaints',
  'import.problem.tooLarge':
    'a JSON file of {size} MiB laid out otherwise than by plainte: beyond {max} MiB a JSON file is read only as plainte writes it (plainte export --format json), one complaint at a time; a CSV is read whatever its size',
  'import.problem.rowTooLong':
    'a row of the table longer than {max} MiB from here on (a quote never closed?): the file is read no further',
  'import.problem.tooManyColumns': '{found} columns (at most {max}): this is not a table of complaints',
  'store.schema':
    '{path} carries the mark of a plainte logbook (version {version}) but not all it holds (missing: {missing}). The file was not changed; put a backup back with “plainte restore”.',
  'store.notAFile':
    '{path} is not a regular file (a device, a pipe…): give the path of a file with --db or PLAINTE_DB.',
  'store.emptyPath': '{source} is empty: give the path of the logbook, or leave {source} out for the usual logbook.',
  'restore.schema':
    '{path} carries the mark of a plainte backup but not all it holds (missing: {detail}): choose another backup. The current logbook was not touched.',
};
