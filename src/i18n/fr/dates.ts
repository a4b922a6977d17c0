// French messages: dates as people say them, opening hours and callbacks.
export const dates = {
  'dates.future':
    '{option} : « {value} » tombe le {when}, qui n’est pas encore arrivé. Donnez une date passée, par exemple hier, 12/11 ou lundi dernier.',
  'dates.past.answer':
    'Cette date est déjà passée ({when}). Donnez une date à venir, par exemple demain 10h ou samedi matin.',
  'dates.future.answer':
    'Cette date n’est pas encore arrivée ({when}). Donnez une date passée, par exemple hier ou 12/11.',
  'dates.outsideHours':
    'Attention : le {when}, le magasin est fermé (heures d’ouverture : {hours}). Rappel gardé tel quel.',
  'config.key.hours':
    'jours et heures d’ouverture, ex. lun-sam 9:00-19:00 ou lun-ven 9:00-12:00,14:00-19:00 sam 9:00-12:00',
  'config.key.callback.time': 'heure des rappels donnés sans heure, ex. 10:00',
  'config.reason.time': 'une heure est attendue, par exemple 10:00, 9h30 ou 14h.',
  'config.reason.hours.day':
    '« {value} » n’est pas un jour. Jours possibles : lun, mar, mer, jeu, ven, sam, dim (ou lundi… ; mon… en anglais), ou une suite comme lun-ven.',
  'config.reason.hours.time':
    '« {value} » n’est pas une plage horaire. Exemple : 9:00-19:00, ou 9:00-12:00,14:00-19:00.',
  'config.reason.hours.shape':
    'donnez des jours puis leurs heures, par exemple « lun-sam 9:00-19:00 » ou « lun-ven 9:00-12:00,14:00-19:00 sam 9:00-12:00 ».',
  'config.reason.hours.twice': '« {value} » : un jour est donné deux fois ; chaque jour n’a qu’une liste d’horaires.',
  'config.reason.hours.overlap': '« {value} » : des plages horaires se chevauchent.',
};
