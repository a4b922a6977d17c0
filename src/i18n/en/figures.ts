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
