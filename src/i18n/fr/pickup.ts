// French messages: a complaint picked up again (its card, the questions of follow-up, close
// and transfer), the shop's own categories, and the file problems said in words.
export const pickup = {
  // ─── the shop's own categories ──────────────────────────────────────────
  'config.reason.categoryBuiltIn': '« {value} » est déjà une catégorie du programme : inutile de l’ajouter.',

  // ─── counts, with their plural ─────────────────────────────────────────
  'count.customers.one': '{count} client',
  'count.customers.other': '{count} clients',
  'count.events.one': '{count} événement',
  'count.events.other': '{count} événements',
  'count.settings.one': '{count} réglage',
  'count.settings.other': '{count} réglages',
  'count.columns.one': '{count} colonne',
  'count.columns.other': '{count} colonnes',
  'count.closedComplaints.one': '{count} réclamation classée',
  'count.closedComplaints.other': '{count} réclamations classées',
  'import.count.added.one': '{count} réclamation ajoutée',
  'import.count.added.other': '{count} réclamations ajoutées',
  'import.count.wouldAdd.one': '{count} réclamation serait ajoutée',
  'import.count.wouldAdd.other': '{count} réclamations seraient ajoutées',
  'import.count.skipped.one': '{count} déjà présente',
  'import.count.skipped.other': '{count} déjà présentes',
  'import.count.customersAdded.one': '{count} client ajouté',
  'import.count.customersAdded.other': '{count} clients ajoutés',
  'import.count.customersWouldAdd.one': '{count} client serait ajouté',
  'import.count.customersWouldAdd.other': '{count} clients seraient ajoutés',
  'import.count.customersMatched.one': '{count} retrouvé',
  'import.count.customersMatched.other': '{count} retrouvés',
  'purge.count.anonymised.one': '{count} réclamation anonymisée',
  'purge.count.anonymised.other': '{count} réclamations anonymisées',
  'purge.count.deleted.one': '{count} réclamation supprimée',
  'purge.count.deleted.other': '{count} réclamations supprimées',
  'purge.count.erased.one': '{count} client effacé',
  'purge.count.erased.other': '{count} clients effacés',
  'purge.count.customersDeleted.one': '{count} client supprimé',
  'purge.count.customersDeleted.other': '{count} clients supprimés',

  // ─── what went wrong with a file, in words ──────────────────────────────
  'file.missing': 'fichier ou dossier introuvable',
  'file.denied': 'accès refusé (droits du fichier ou de son dossier)',
  'file.isDirectory': 'c’est un dossier, pas un fichier',
  'file.notDirectory': 'une partie du chemin est un fichier, pas un dossier',
  'file.readOnly': 'disque en lecture seule',
  'file.full': 'disque plein',
  'file.quota': 'quota de disque atteint',
  'file.tooBig': 'fichier trop gros pour ce compte ou ce disque',
  'file.io': 'erreur de lecture ou d’écriture du disque',
  'file.exists': 'le fichier existe déjà',
  'file.tooMany': 'trop de fichiers ouverts',
  'file.nameTooLong': 'nom de fichier trop long',
  'file.loop': 'trop de liens symboliques dans le chemin',
  'file.busy': 'fichier occupé par un autre programme',
  'file.cannotOpen': 'le fichier ne peut pas être ouvert',
  'file.noDevice': 'périphérique absent',
  'file.other': 'erreur du système ({code})',
  'file.failed': 'impossible d’utiliser {path} : {problem}.',
  'import.syntax.at': 'vers le caractère {n}',
  'import.syntax.end': 'le texte s’arrête avant la fin',
  'import.syntax.other': 'la syntaxe n’est pas reconnue',
  'import.syntax.quoteNotClosed': 'un guillemet (") ouvert n’est jamais refermé',
  'import.syntax.quoteInside': 'un guillemet (") est mal placé dans une cellule',

  // ─── the recap, with the shop's name ────────────────────────────────────
  'wizard.recap.shopCallback': '  • {shop} vous rappelle le {when}.',
  'wizard.recap.shopCallbackOn': '  • {shop} vous rappelle le {when} au {phone}.',
  'wizard.recap.callsBackFor': '  • {who}, pour {shop}, vous rappelle le {when}.',
  'wizard.recap.callsBackForOn': '  • {who}, pour {shop}, vous rappelle le {when} au {phone}.',

  // ─── the card of a complaint picked up again ────────────────────────────
  'card.said': 'A dit',
  'card.promised': 'Promis',
  'card.callback': 'Rappel',
  'card.lastContact': 'Dernier contact',
  'card.draft': 'Brouillon',
  'card.draft.phase': 'phase {phase} sur 5 faite',

  // ─── close at a terminal: the cause and the lesson ──────────────────────
  'close.ask.cause': 'Cause du problème (Entrée pour passer) :',
  'close.ask.lesson': 'Ce que le magasin en retient (Entrée pour passer) :',
  'close.unhappy':
    'Client peu satisfait : notez ce qui a causé le problème et ce qui évitera qu’il revienne ; le bilan du patron les reprend.',

  // ─── transfer at a terminal ──────────────────────────────────────────────
  'transfer.ask.to': 'À qui confier la réclamation ?',
  'transfer.ask.other': 'quelqu’un d’autre (taper son nom)',
  'transfer.ask.name': 'Nom du collègue qui reprend la réclamation :',
  'transfer.ask.due': 'Quand doit-il recontacter le client ? (Entrée : pas de date)',
  'transfer.ask.note': 'Ce qu’il doit savoir (Entrée pour passer) :',

  // ─── what went wrong with a connection, in words ────────────────────────
  'net.refused': 'le serveur refuse la connexion (est-il démarré, à cette adresse et ce port ?)',
  'net.unknownHost': 'adresse du serveur introuvable',
  'net.timeout': 'le serveur ne répond pas',
  'net.reset': 'la connexion a été coupée',
  'net.unreachable': 'le serveur est injoignable depuis cette machine',
};
