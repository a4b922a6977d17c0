// French messages of the program at the shell: the names in the help's brackets, the pager,
// the completion scripts and the manual page.
export const terminal = {
  // ─── what the help's <…> and […] stand for ────────────────────────────────
  'arg.1-5': '1-5',
  'arg.address': 'adresse',
  'arg.category': 'catégorie',
  'arg.channel': 'canal',
  'arg.command': 'commande',
  'arg.customer': 'client',
  'arg.date': 'date',
  'arg.date-time': 'date-heure',
  'arg.days': 'jours',
  'arg.duration': 'durée',
  'arg.encoding': 'encodage',
  'arg.euros': 'euros',
  'arg.file': 'fichier',
  'arg.file-or-url': 'fichier-ou-url',
  'arg.format': 'format',
  'arg.id': 'n°',
  'arg.key': 'clé',
  'arg.lang': 'langue',
  'arg.mood': 'humeur',
  'arg.n': 'n',
  'arg.name': 'nom',
  'arg.number': 'numéro',
  'arg.options': 'options',
  'arg.outcome': 'issue',
  'arg.path': 'chemin',
  'arg.query': 'recherche',
  'arg.reader': 'logiciel',
  'arg.ref': 'réf',
  'arg.request': 'demande',
  'arg.shell': 'shell',
  'arg.status': 'statut',
  'arg.text': 'texte',
  'arg.type': 'type',
  'arg.value': 'valeur',
  'arg.week': 'semaine',
  'arg.words': 'mots',
  'usage.invalid': 'ligne de commande incorrecte.',

  // ─── pager ────────────────────────────────────────────────────────────────
  'opt.noPager': 'tout écrire d’un bloc, sans pager (sinon PLAINTE_PAGER, PAGER, ou less)',

  // ─── completion ───────────────────────────────────────────────────────────
  'cmd.completion': 'le script de complétion du shell (bash, zsh ou fish)',
  'opt.completion.numbers': 'les numéros de réclamation que la commande accepte (pour les scripts de complétion)',
  'help.completion':
    'La touche Tab complète alors les commandes, les options, leurs valeurs et les numéros de réclamation.\n' +
    // Each command on a line of its own, within 80 columns: copied whole from the help.
    'Pour l’installer, avec bash :\n' +
    '  plainte completion bash > ~/.local/share/bash-completion/completions/plainte\n' +
    'avec zsh (et, dans ~/.zshrc, fpath+=~/.zfunc avant compinit) :\n' +
    '  plainte completion zsh > ~/.zfunc/_plainte\n' +
    'avec fish :\n' +
    '  plainte completion fish > ~/.config/fish/completions/plainte.fish\n' +
    'Ou, pour le shell ouvert seulement : source <(plainte completion bash)',
  'completion.shell': 'shell inconnu « {value} » : choisissez bash, zsh ou fish.',
  'completion.header': 'Complétion de plainte pour {shell}, écrite par « plainte completion {shell} ».',

  // ─── manual page ──────────────────────────────────────────────────────────
  'man.section.name': 'NOM',
  'man.section.synopsis': 'SYNOPSIS',
  'man.section.description': 'DESCRIPTION',
  'man.section.commands': 'COMMANDES',
  'man.section.globalOptions': 'OPTIONS GÉNÉRALES',
  'man.section.environment': 'ENVIRONNEMENT',
  'man.section.files': 'FICHIERS',
  'man.section.exit': 'CODES DE SORTIE',
  'man.section.examples': 'EXEMPLES',
  'man.section.seeAlso': 'VOIR AUSSI',
  'man.manual': 'Manuel de plainte',
  'man.intro':
    'plainte est le cahier des réclamations d’un petit commerce. Au comptoir ou au téléphone, « plainte new » ' +
    'guide la personne qui reçoit un client mécontent à travers les cinq phases de la méthode : écouter, ' +
    'prendre la réclamation au sérieux, s’excuser, apporter une solution, conclure et assurer le suivi. ' +
    'Chaque réponse est enregistrée aussitôt dans un fichier SQLite local.',
  'man.intro.results':
    'Les résultats vont sur la sortie standard, les messages sur la sortie d’erreur. Une sortie longue lue ' +
    'dans un terminal passe par un pager (show, list, report, guide, customer). Chaque commande a son aide : ' +
    'plainte help <commande>.',
  'man.file.logbook': 'le cahier, quand ni --db ni PLAINTE_DB ne sont donnés',
  'man.file.cache': 'le code compilé par le premier lancement de chaque commande, pour les suivants',
  'man.exit.0': 'réussite',
  'man.exit.1': 'erreur : saisie incorrecte, introuvable, problème de fichier (une ligne sur la sortie d’erreur)',
  'man.exit.2':
    'erreur d’utilisation : commande, option ou valeur d’option inconnue, nombre attendu (--limit) incorrect',
  'man.exit.3': 'plainte due --exit-code a trouvé des rappels à faire',
  'man.exit.130': 'interrompu (Ctrl-C) ; ce qui était enregistré le reste',
  'man.example.new': 'enregistrer une réclamation, questions posées au comptoir',
  'man.example.due': 'dans la crontab : les rappels du jour, chaque matin à 8 h',
  'man.example.report': 'le bilan de la semaine passée, à envoyer par e-mail',
  'man.example.completion': 'la complétion pour bash',
  'man.seeAlso.text': 'Le README du paquet décrit chaque règle en détail. La page en anglais : man plainte-en.',

  // ─── environment ──────────────────────────────────────────────────────────
  'env.PLAINTE_DB': 'le fichier du cahier, quand --db n’est pas donné',
  'env.PLAINTE_SHOP': 'le magasin de cette caisse, sur un serveur, quand --shop n’est pas donné',
  'env.pg': 'un cahier sur un serveur PostgreSQL, comme libpq les lit, après les réglages de l’URL',
  'env.XDG_CONFIG_HOME': 'les réglages de cette machine (son magasin, son opérateur) : $XDG_CONFIG_HOME/plainte/config',
  'env.PLAINTE_LANG': 'la langue des messages, fr ou en, quand --lang n’est pas donné',
  'env.locale':
    'la langue du système, prise quand elle est le français ou l’anglais (fr_FR.UTF-8, en_GB.UTF-8) ' +
    'et que ni --lang ni PLAINTE_LANG ne sont donnés ; sinon le français',
  'env.PLAINTE_NOW': 'un instant ISO 8601 qui fixe l’horloge, pour les essais et les démonstrations',
  'env.PLAINTE_DEBUG': '1 : la trace complète d’une erreur inattendue',
  'env.PLAINTE_PAGER': 'le pager des sorties longues, avant PAGER ; vide : aucun',
  'env.PAGER': 'le pager, quand PLAINTE_PAGER n’est pas donné ; vide : aucun ; sinon less -FRX s’il est installé',
  'env.LESS': 'les options de less ; FRX quand elle n’est pas donnée',
  'env.PATH': 'où trouver less et les programmes que plainte lance',
  'env.NO_COLOR': 'non vide : pas de couleurs, même avec FORCE_COLOR',
  'env.FORCE_COLOR': '1, 2 ou 3 : des couleurs même dans un tube ou un fichier ; 0 : aucune',
  'env.TERM': 'dumb : pas de couleurs',
  'env.TZ': 'le fuseau horaire des dates lues et écrites (celui du système sinon)',
  'env.XDG_DATA_HOME': 'le dossier du cahier par défaut : $XDG_DATA_HOME/plainte/plainte.db',
  'env.XDG_CACHE_HOME': 'le dossier du code compilé : $XDG_CACHE_HOME/plainte',
  'env.HOME': 'sans les XDG_ : ~/.local/share, ~/.config et ~/.cache ; ~/.pgpass ; sans HOME, pas de cahier par défaut',
  'env.user': 'qui enregistre, quand ni --operator ni le réglage « operator » ne le disent',
};
