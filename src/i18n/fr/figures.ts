// French messages: the owner's figures and data that goes out and comes back: due's clock
// times and cron mail, the report's period and "to handle", the spreadsheet export, the
// calendar, import differences and encodings.
export const figures = {
  // ─── due: clock times and the cron mail ──────────────────────────────────
  'due.day.today': 'aujourd’hui',
  'due.day.tomorrow': 'demain',
  'due.day.yesterday': 'hier',
  'due.day.other': 'le {date}',
  'due.at': '{day} à {time}',
  'due.atToday': 'à {time}',
  'due.late': 'en retard depuis {when}',
  'due.header.today.one': '{count} rappel pour aujourd’hui, {day} :',
  'due.header.today.other': '{count} rappels pour aujourd’hui, {day} :',
  'due.header.within.one': '{count} rappel d’ici le {day} :',
  'due.header.within.other': '{count} rappels d’ici le {day} :',
  'due.header.overdue.one': '{count} rappel en retard, ce {day} à {time} :',
  'due.header.overdue.other': '{count} rappels en retard, ce {day} à {time} :',
  'due.handedTo': '→ {name}',
  // ─── the calendar ────────────────────────────────────────────────────────
  'export.ics.summaryFor': '{assignee} rappelle {customer}',
  'weekday.0': 'dimanche',
  'weekday.1': 'lundi',
  'weekday.2': 'mardi',
  'weekday.3': 'mercredi',
  'weekday.4': 'jeudi',
  'weekday.5': 'vendredi',
  'weekday.6': 'samedi',
};
