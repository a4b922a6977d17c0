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
  // ─── the report: its period, what needs handling, the trend ──────────────
  'opt.report.week': 'une semaine, du lundi au dimanche : 2026-W47, ou -1 pour la semaine dernière',
  'report.badWeek': '--week : « {value} » n’est pas une semaine. Exemples : 2026-W47, -1 (la semaine dernière).',
  'report.period.week': 'Semaine {week}, du lundi {from} au dimanche {to}.',
  'report.period.days': 'Les {days} derniers jours, aujourd’hui compris.',
  'report.period.month': 'Le mois en cours, du 1er à aujourd’hui.',
  'report.period.range': 'Du {from} au {to}, jours entiers.',
  'report.period.all': 'Tout le cahier, depuis la première réclamation.',
  'report.section.toHandle': 'À traiter',
  'report.section.trendMonths': 'Réclamations reçues, mois par mois',
  'report.handle.drafts.one': '{count} brouillon laissé depuis plus d’un jour : {ids} (« plainte resume »)',
  'report.handle.drafts.other': '{count} brouillons laissés depuis plus d’un jour : {ids} (« plainte resume »)',
  'report.handle.unplanned.one': '{count} réclamation en cours sans prochain contact : {ids}',
  'report.handle.unplanned.other': '{count} réclamations en cours sans prochain contact : {ids}',
  'report.handle.overdue.one': '{count} rappel en retard : {ids} (« plainte due --overdue »)',
  'report.handle.overdue.other': '{count} rappels en retard : {ids} (« plainte due --overdue »)',
  'report.handle.more': 'et {count} autres',
  'report.handle.id': 'n°\u00a0{id}',
  'report.handle.none':
    'Rien en attente : aucun brouillon oublié, chaque réclamation en cours a son prochain contact, aucun rappel en retard.',
  'report.row.unscheduled': 'Contacts sans rappel prévu',
  // ─── import: differences and encodings ───────────────────────────────────
  'opt.import.update': 'appliquer les modifications du fichier aux réclamations déjà dans le cahier',
  'opt.import.encoding': 'encodage du fichier : utf-8 ou windows-1252 (trouvé seul sinon)',
  'import.badEncoding': '--encoding : « {value} » inconnu. Choisissez utf-8 ou windows-1252.',
  'import.encoding.assumed':
    'Fichier lu en {encoding} (le CSV d’Excel) : il n’est pas en UTF-8. Vérifiez les accents ; --encoding utf-8 pour forcer.',
  'import.difference': 'la réclamation n° {id} du cahier diffère : {fields}',
  'import.difference.applied': 'réclamation n° {id} mise à jour : {fields}',
  'import.difference.refusedMove':
    'réclamation n° {id} : son statut ne peut pas passer de « {from} » à « {to} » (voir « plainte reopen », « plainte close »).',
  'import.differences.count.one': '{count} réclamation du fichier diffère de celle du cahier.',
  'import.differences.count.other': '{count} réclamations du fichier diffèrent de celles du cahier.',
  'import.differences':
    'Rien n’a été importé. « plainte import --update » applique ces modifications (chacune notée dans l’historique).',
  'import.updated.one': '{count} réclamation mise à jour.',
  'import.updated.other': '{count} réclamations mises à jour.',
  'event.imported_change': 'modifiée par l’import de {source}',
  'detail.fields': 'champs modifiés',
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
