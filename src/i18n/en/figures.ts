import type { figures as fr } from '../fr/figures.js';

// English messages: the owner's figures and data that goes out and comes back.
export const figures: Record<keyof typeof fr, string> = {
  // ─── due: clock times and the cron mail ──────────────────────────────────
  'due.day.today': 'today',
  'due.day.tomorrow': 'tomorrow',
  'due.day.yesterday': 'yesterday',
  'due.day.other': '{date}',
  'due.at': '{day} at {time}',
  'due.atToday': 'at {time}',
  'due.late': 'overdue since {when}',
  'due.header.today.one': '{count} callback for today, {day}:',
  'due.header.today.other': '{count} callbacks for today, {day}:',
  'due.header.within.one': '{count} callback up to {day}:',
  'due.header.within.other': '{count} callbacks up to {day}:',
  'due.header.overdue.one': '{count} callback overdue, this {day} at {time}:',
  'due.header.overdue.other': '{count} callbacks overdue, this {day} at {time}:',
  'due.handedTo': '→ {name}',
  // ─── the report: its period, what needs handling, the trend ──────────────
  'opt.report.week': 'one week, Monday to Sunday: 2026-W47, or -1 for last week',
  'report.badWeek': '--week: “{value}” is not a week. Examples: 2026-W47, -1 (last week).',
  'report.period.week': 'Week {week}, from Monday {from} to Sunday {to}.',
  'report.period.days': 'The last {days} days, today included.',
  'report.period.month': 'This month, from the 1st to today.',
  'report.period.range': 'From {from} to {to}, whole days.',
  'report.period.all': 'The whole logbook, since the first complaint.',
  'report.section.toHandle': 'To handle',
  'report.section.trendMonths': 'Complaints received, month by month',
  'report.handle.drafts.one': '{count} draft left for more than a day: {ids} (“plainte resume”)',
  'report.handle.drafts.other': '{count} drafts left for more than a day: {ids} (“plainte resume”)',
  'report.handle.unplanned.one': '{count} complaint in progress with no next contact: {ids}',
  'report.handle.unplanned.other': '{count} complaints in progress with no next contact: {ids}',
  'report.handle.overdue.one': '{count} callback overdue: {ids} (“plainte due --overdue”)',
  'report.handle.overdue.other': '{count} callbacks overdue: {ids} (“plainte due --overdue”)',
  'report.handle.more': 'and {count} more',
  'report.handle.id': '#{id}',
  'report.handle.none':
    'Nothing waiting: no forgotten draft, every complaint in progress has its next contact, no callback overdue.',
  'report.row.unscheduled': 'Contacts with no callback planned',
  // ─── import: differences and encodings ───────────────────────────────────
  'opt.import.update': 'apply the file’s changes to the complaints already in the logbook',
  'opt.import.encoding': 'the file’s encoding: utf-8 or windows-1252 (found by itself otherwise)',
  'import.badEncoding': '--encoding: unknown “{value}”. Choose utf-8 or windows-1252.',
  'import.encoding.assumed':
    'File read as {encoding} (Excel’s CSV): it is not UTF-8. Check the accents; --encoding utf-8 to force.',
  'import.difference': 'complaint #{id} of the logbook differs: {fields}',
  'import.difference.applied': 'complaint #{id} updated: {fields}',
  'import.difference.refusedMove':
    'complaint #{id}: its status cannot go from “{from}” to “{to}” (see “plainte reopen”, “plainte close”).',
  'import.differences.count.one': '{count} complaint of the file differs from the logbook’s.',
  'import.differences.count.other': '{count} complaints of the file differ from the logbook’s.',
  'import.differences':
    'Nothing was imported. “plainte import --update” applies these changes (each recorded in the history).',
  'import.updated.one': '{count} complaint updated.',
  'import.updated.other': '{count} complaints updated.',
  'event.imported_change': 'changed by the import of {source}',
  'detail.fields': 'fields changed',
  // ─── the calendar ────────────────────────────────────────────────────────
  'export.ics.summaryFor': '{assignee} calls back {customer}',
  'weekday.0': 'Sunday',
  'weekday.1': 'Monday',
  'weekday.2': 'Tuesday',
  'weekday.3': 'Wednesday',
  'weekday.4': 'Thursday',
  'weekday.5': 'Friday',
  'weekday.6': 'Saturday',
};
