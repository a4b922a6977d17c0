import type { dates as fr } from '../fr/dates.js';

// English messages: dates as people say them, opening hours and callbacks.
export const dates: Record<keyof typeof fr, string> = {
  'dates.future':
    '{option}: “{value}” is {when}, which has not come yet. Give a past date, for example yesterday, 12/11 or last monday.',
  'dates.past.answer':
    'This date has already passed ({when}). Give a date to come, for example tomorrow 10am or saturday morning.',
  'dates.future.answer': 'This date has not come yet ({when}). Give a past date, for example yesterday or 12/11.',
  'dates.outsideHours': 'Note: on {when} the shop is closed (opening hours: {hours}). Callback kept as given.',
  'config.key.hours':
    'opening days and hours, e.g. mon-sat 9:00-19:00 or mon-fri 9:00-12:00,14:00-19:00 sat 9:00-12:00',
  'config.key.callback.time': 'time of callbacks given without a time, e.g. 10:00',
  'config.reason.time': 'a time of day is expected, for example 10:00, 9:30 or 14h.',
  'config.reason.hours.day':
    '“{value}” is not a day. Days: mon, tue, wed, thu, fri, sat, sun (or monday…; lun… in French), or a run like mon-fri.',
  'config.reason.hours.time': '“{value}” is not a time range. Example: 9:00-19:00, or 9:00-12:00,14:00-19:00.',
  'config.reason.hours.shape':
    'give days then their hours, for example “mon-sat 9:00-19:00” or “mon-fri 9:00-12:00,14:00-19:00 sat 9:00-12:00”.',
  'config.reason.hours.twice': '“{value}”: a day is given twice; each day has one list of hours.',
  'config.reason.hours.overlap': '“{value}”: time ranges overlap.',
};
