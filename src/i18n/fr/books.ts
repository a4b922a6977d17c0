// French messages: the books: export and import, backup, restore, forget, purge; reliability.
export const books = {
  // ─── export / import ────────────────────────────────────────────────────
  'opt.export.format': 'format : csv (tableur), json (complet) ou ics (agenda des rappels)',
  'opt.export.output': 'écrire dans ce fichier (lisible par vous seul) plutôt qu’à l’écran',
  'opt.import.dryRun': 'vérifier le fichier et dire ce qui serait ajouté, sans rien écrire',
  'export.formatMissing': 'précisez le format : --format csv, json ou ics.',
  'export.isDirectory': '{path} est un dossier : donnez le nom du fichier à écrire, par exemple {path}/cahier.csv.',
  'export.notAFile':
    '{path} n’est pas un fichier ordinaire (un périphérique, un tube…) : -o écrit seulement dans un fichier. Pour l’envoyer ailleurs, écrivez sur la sortie standard (sans -o) et redirigez-la.',
  'export.written.one': '{count} réclamation exportée dans {path}.',
  'export.written.other': '{count} réclamations exportées dans {path}.',
  'export.ics.summary': 'Rappeler {customer}',
  'export.ics.phone': 'Téléphone : {phone}',
  'export.ics.complaint': 'Réclamation n° {id}',
  'export.ics.noName': 'le client',
  'import.cannotRead': 'impossible de lire {path} : {detail}.',
  'import.refused': 'Rien n’a été importé : corrigez le fichier et recommencez.',
  'import.refused.count.one': '{count} problème dans le fichier.',
  'import.refused.count.other': '{count} problèmes dans le fichier.',
  'import.done': '{added}, {skipped} ; {customersAdded}, {customersMatched}.',
  'import.dryRun': 'Essai à blanc, rien n’est écrit : {added}, {skipped} ; {customersAdded}, {customersMatched}.',
  'import.progress': 'Import : {done} / {total}',
  'import.where.line': 'ligne {line} : ',
  'import.where.index': 'réclamation n° {index} du fichier : ',
  'import.field': '{field} : ',
  'import.problems.more.one': '… et {count} autre problème.',
  'import.problems.more.other': '… et {count} autres problèmes.',
  'import.problem.required': 'valeur obligatoire manquante',
  'import.problem.nul': 'caractère nul interdit',
  'import.problem.integer': '« {value} » n’est pas un nombre entier',
  'import.problem.range': '{value} hors des limites ({min} à {max})',
  'import.problem.boolean': '« {value} » : attendu true ou false',
  'import.problem.text': 'du texte est attendu',
  'import.problem.instant': '« {value} » n’est pas une date ISO 8601 possible (2026-11-25T14:30:00.000Z)',
  'import.problem.day': '« {value} » n’est pas un jour possible (AAAA-MM-JJ)',
  'import.problem.date': '« {value} » n’est pas une date possible (25/11/2026 ou 25/11/2026 14:30)',
  'import.problem.choice': '« {value} » inconnu ; possibles : {choices}',
  'import.problem.cost': '« {value} » n’est pas un montant en euros (12,50)',
  'import.problem.list': 'une liste est attendue',
  'import.problem.object': 'un objet est attendu',
  'import.problem.events': 'l’historique n’est pas du JSON lisible',
  'import.problem.columns': '{found} au lieu de {expected}',
  'import.problem.utf8': 'texte illisible : enregistrez le fichier en « CSV UTF-8 »',
  'import.problem.json': 'JSON illisible : {detail}',
  'import.problem.csv': 'CSV illisible : {detail}',
  'import.problem.notOurs': 'ce JSON n’est pas un export de plainte',
  'import.problem.version': 'version d’export {version} inconnue',
  'import.problem.unknownColumn': 'colonne « {column} » inconnue (voir les colonnes reconnues dans le README)',
  'import.problem.noDate': 'il faut une colonne « date » (date de la réclamation)',

  // ─── backup / restore / forget / purge ──────────────────────────────────
  'opt.backup.force': 'remplacer le fichier s’il existe déjà',
  'opt.erase.yes': 'ne pas demander de confirmation (obligatoire sans terminal)',
  'opt.purge.olderThan':
    'durée de conservation après le dernier contact : 3y (ans), 36m (mois), 90d (jours) ; sinon le réglage « retention »',
  'opt.purge.dryRun': 'dire ce qui serait fait, sans rien modifier',
  'opt.purge.delete': 'supprimer ces réclamations et leur historique au lieu de les anonymiser',
  'confirm.needYes': 'rien n’a été fait : sans terminal, ajoutez --yes pour confirmer.',
  'confirm.cancelled': 'Annulé : rien n’a été modifié.',
  'backup.done': 'Sauvegarde faite et vérifiée :',
  'backup.exists':
    '{path} existe déjà : rien n’a été écrit. Donnez un autre nom, ou ajoutez --force pour le remplacer.',
  'backup.same': '{path} est le cahier lui-même : donnez un autre fichier pour la sauvegarde.',
  'backup.noFolder': 'le dossier {path} n’existe pas : créez-le, ou donnez un autre chemin.',
  'backup.unsound':
    'la copie {path} n’a pas passé la vérification ({detail}) ; elle a été supprimée. Lancez « plainte doctor », puis réessayez.',
  'restore.missing': '{path} n’existe pas : rien n’a été remplacé.',
  'restore.notAFile':
    '{path} n’est pas une sauvegarde : c’est un dossier, un périphérique ou un tube. Donnez le fichier écrit par « plainte backup » ; rien n’a été remplacé.',
  'restore.notSqlite':
    '{path} n’est pas une sauvegarde de plainte (ce n’est pas un fichier SQLite) : le cahier actuel n’a pas été touché.',
  'restore.foreign':
    '{path} est une base SQLite d’un autre programme, pas une sauvegarde de plainte : le cahier actuel n’a pas été touché.',
  'restore.tooNew':
    '{path} vient d’une version plus récente de plainte (schéma {detail}) : mettez plainte à jour avant de la remettre. Le cahier actuel n’a pas été touché.',
  'restore.damaged':
    '{path} est endommagé ({detail}) : choisissez une autre sauvegarde. Le cahier actuel n’a pas été touché.',
  'restore.same': '{path} est déjà le cahier en service : rien à remettre.',
  'restore.currentForeign':
    '{path} n’est pas un cahier plainte : il n’a pas été remplacé. Vérifiez --db ou PLAINTE_DB.',
  'restore.busy':
    'le cahier {path} est ouvert par un autre programme (une autre commande plainte ?) : fermez-le, puis relancez. Rien n’a été remplacé.',
  'restore.keptExists': '{path} existe déjà : attendez une seconde, puis relancez. Rien n’a été remplacé.',
  'restore.confirm': 'Remplacer le cahier {logbook} par la sauvegarde {from} ? Le cahier actuel sera gardé à côté.',
  'restore.done': 'Sauvegarde remise en place : {path}.',
  'restore.kept': 'L’ancien cahier est gardé dans {path}.',
  'forget.none': 'aucun client ne correspond à « {query} ». Donnez son nom, son téléphone ou son numéro de client.',
  'forget.several':
    'plusieurs clients correspondent à « {query} » (ci-dessus) : relancez avec le numéro du client, par exemple « plainte forget {id} ».',
  'forget.match': 'n° {id}  {name}  {phone}',
  'forget.complaints.one': '{count} réclamation, le {last}',
  'forget.complaints.other': '{count} réclamations, la dernière le {last}',
  'forget.already': 'Les données personnelles du client n° {id} ont déjà été effacées, le {date}.',
  'forget.confirm':
    'Effacer pour de bon les données personnelles du client n° {id} ({who} ; {complaints}) ? Les faits anonymes restent pour les statistiques.',
  'forget.done.one': 'Données personnelles du client n° {id} effacées ({count} réclamation).',
  'forget.done.other': 'Données personnelles du client n° {id} effacées ({count} réclamations).',
  'erase.notScrubbed':
    'Un autre programme lit le cahier en ce moment : les valeurs effacées restent lisibles dans le fichier jusqu’à la prochaine commande plainte, qui finira de les effacer.',
  'erase.full':
    'l’effacement est enregistré, mais le disque est plein : les valeurs effacées restent lisibles dans le fichier {path}. Libérez de la place ; la prochaine commande plainte finira de les effacer (« plainte doctor » le vérifie).',
  'erase.failed':
    'l’effacement est enregistré, mais le nettoyage du fichier {path} a échoué : les valeurs effacées y restent lisibles. La prochaine commande plainte réessaiera ; « plainte doctor » le vérifie.',
  'purge.badDuration': '--older-than : durée non reconnue « {value} ». Exemples : 3y (ans), 36m (mois), 90d (jours).',
  'purge.nothing':
    'Rien à faire : aucune réclamation classée dont le dernier contact avec le client date d’avant le {date}.',
  'purge.plan.anonymise': '{complaints} à anonymiser, {customers} à effacer (dernier contact avant le {date}).',
  'purge.plan.delete':
    '{complaints} à supprimer avec leur historique, {customers} à supprimer (dernier contact avant le {date}).',
  'purge.dryRun': 'Essai (--dry-run) : rien n’a été modifié.',
  'purge.confirm': 'Continuer ?',
  'purge.done': 'Fait : {complaints}, {customers}.',
  'event.forgotten': 'données personnelles du client effacées à sa demande',
  'event.anonymised': 'données personnelles effacées : durée de conservation dépassée',

  // ─── reliability ────────────────────────────────────────────────────────
  'store.moved':
    'le cahier {path} a été supprimé ou remplacé pendant la commande : ce qu’elle vient d’enregistrer est perdu avec l’ancien fichier. Vérifiez le fichier (« plainte doctor »), puis refaites la saisie ou restaurez une sauvegarde.',

  // ─── files at the edges: unfinished erasures, files written, files read ───
  'doctor.erasure': 'Effacements',
  'doctor.erasure.finished': 'un effacement interrompu vient d’être terminé',
  'doctor.erasure.busy': 'inachevé : un autre programme lit le cahier ; relancez « plainte doctor » dans un moment',
  'doctor.erasure.full':
    'inachevé : disque plein, les valeurs effacées restent lisibles dans le fichier ; libérez de la place, puis relancez « plainte doctor »',
  'doctor.erasure.failed': 'inachevé : le nettoyage du fichier a échoué ; relancez « plainte doctor »',
  'doctor.erasure.readonly':
    'inachevé : ce compte ne peut pas écrire le cahier ; lancez « plainte doctor » avec le compte à qui il appartient',
  'write.full': 'disque plein en écrivant {path}. Libérez de la place, puis recommencez.',
  'write.quota': 'quota de disque atteint en écrivant {path}. Libérez de la place, puis recommencez.',
  'write.tooBig':
    '{path} dépasse la taille de fichier permise à ce compte (ulimit -f) : rien de plus n’a pu y être écrit.',
  'write.readOnly': '{path} est sur un disque en lecture seule : rien n’a pu y être écrit.',
  'write.denied': 'pas le droit d’écrire {path} : vérifiez les droits du fichier et de son dossier.',
  'write.io': 'erreur du disque en écrivant {path}. Vérifiez le disque, puis recommencez.',
  'write.other': 'impossible d’écrire {path} : {detail}.',
  'write.stdout': 'la sortie standard',
  'write.stdoutFile': 'la sortie standard ({path})',
  'store.full':
    'disque plein en écrivant le cahier {path} : rien n’a été enregistré. Libérez de la place, puis recommencez.',
  'store.io':
    'erreur du disque en lisant ou en écrivant le cahier {path} ({detail}). Lancez « plainte doctor » pour vérifier le fichier.',
  'doctor.leftovers': 'Fichiers temporaires',
  'doctor.leftovers.removed':
    'laissés par une sauvegarde, une restauration ou un export interrompus, avec des données personnelles : supprimés ({files})',
  'doctor.leftovers.staying':
    'laissés par une sauvegarde, une restauration ou un export interrompus, avec des données personnelles, et impossibles à supprimer ici : {files}. Supprimez-les avec le compte à qui ils appartiennent',
  'write.noFolder': 'impossible d’écrire {path} : son dossier n’existe pas. Créez-le, ou donnez un autre chemin.',
  'write.underFile':
    'impossible d’écrire {path} : une partie du chemin est un fichier, pas un dossier. Donnez un autre chemin.',
  'import.notAFile':
    '{path} n’est pas un fichier ordinaire (un périphérique, un tube…) : donnez un fichier, ou « - » pour lire l’entrée standard.',
  'import.stdinTerminal':
    '« plainte import - » lit un fichier envoyé sur l’entrée standard, qui est ici le terminal : donnez le fichier (plainte import cahier.csv) ou envoyez-le (plainte import - < cahier.csv).',
  'import.problem.lineTooLong': 'ligne de plus de {max} Mio : ce n’est pas un fichier de réclamations lisible',
  'import.problem.tooLarge':
    'JSON de {size} Mio mis en forme autrement que par plainte : au-delà de {max} Mio, un JSON n’est lu que tel que plainte l’écrit (plainte export --format json), une réclamation à la fois ; un CSV est lu quelle que soit sa taille',
  'import.problem.rowTooLong':
    'une ligne du tableau de plus de {max} Mio à partir d’ici (un guillemet jamais refermé ?) : le fichier n’est pas lu plus loin',
  'import.problem.tooManyColumns': '{found} colonnes (au plus {max}) : ce n’est pas un tableau de réclamations',
  'store.schema':
    '{path} porte la marque d’un cahier plainte (version {version}) mais pas tout ce qu’il contient (il manque : {missing}). Le fichier n’a pas été modifié ; remettez une sauvegarde avec « plainte restore ».',
  'store.notAFile':
    '{path} n’est pas un fichier ordinaire (un périphérique, un tube…) : donnez avec --db ou PLAINTE_DB le chemin d’un fichier.',
  'store.emptyPath':
    '{source} est vide : donnez le chemin du cahier, ou retirez {source} pour prendre le cahier habituel.',
  'restore.schema':
    '{path} porte la marque d’une sauvegarde de plainte mais pas tout ce qu’elle contient (il manque : {detail}) : choisissez une autre sauvegarde. Le cahier actuel n’a pas été touché.',
};
