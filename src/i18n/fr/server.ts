// French messages: the logbook on a PostgreSQL server (connection, rights, backups), and
// moving a logbook between a file and a server (copy).
export const server = {
  'store.pg.badUrl':
    'adresse de serveur illisible : {url}. Forme attendue : postgresql://utilisateur@serveur:5432/base (voir « Plusieurs caisses, plusieurs magasins » dans le README).',
  'store.pg.badSslMode': 'sslmode « {mode} » inconnu : disable, allow, prefer, require, verify-ca ou verify-full.',
  'store.pg.noRootCert':
    'sslmode={mode} vérifie le certificat du serveur : donnez le certificat de son autorité avec sslrootcert=FICHIER dans l’adresse, PGSSLROOTCERT, ou ~/.postgresql/root.crt.',
  'store.pg.cannotConnect':
    'impossible de joindre le cahier {url} : {detail}. Vérifiez l’adresse, le mot de passe (PGPASSWORD ou ~/.pgpass) et que le serveur est en marche.',
  'store.pg.denied':
    'le serveur refuse à cette caisse : {detail}. Rien n’a été enregistré ; son rôle PostgreSQL n’a pas ce droit (README, « Plusieurs caisses, plusieurs magasins »).',
  'store.pg.lost':
    'la connexion au cahier {path} a été coupée : {detail}. Ce qui était en cours n’a pas été enregistré ; réessayez.',
  'store.pg.foreign':
    '{path} contient déjà des tables d’un autre programme (customers, complaints…). Rien n’a été modifié ; donnez une autre base.',
  'erase.pg.notScrubbed':
    'Les valeurs effacées ne se lisent plus, mais restent dans les fichiers du serveur jusqu’au prochain « VACUUM FULL » : seul le propriétaire des tables peut le lancer (README, « Plusieurs caisses, plusieurs magasins »).',
  'backup.pg.noTool':
    '{program} est introuvable sur cette machine : installez le client PostgreSQL (paquet postgresql-client), ou copiez le cahier dans un fichier avec « plainte copy --to cahier.db ».',
  'backup.pg.failed': 'la sauvegarde n’a pas pu être faite : {detail}. Aucun fichier n’a été écrit.',
  'restore.pg.notArchive':
    '{path} n’est pas une sauvegarde d’un cahier plainte sur serveur ({detail}). Rien n’a été remplacé.',
  'restore.pg.failed': 'la sauvegarde n’a pas pu être remise en place : {detail}. Le cahier est resté tel quel.',
  'restore.pg.confirm':
    'Remplacer le cahier {logbook} par la sauvegarde {from} ? Le cahier actuel sera d’abord sauvegardé à côté.',
  'doctor.server': 'Serveur',
  'doctor.server.value': 'PostgreSQL {version}, base {database}, rôle {user}',
  'doctor.constraints': 'Contraintes',
  'doctor.access': 'Droits',
  'doctor.access.write': 'lecture et écriture',
  'cmd.copy': 'copie le cahier vers un serveur PostgreSQL ou un fichier, avec ses numéros et son historique',
  'opt.copy.to': 'où copier : postgresql://… ou un fichier .db',
  'opt.copy.from': 'le cahier à copier (par défaut : celui de --db)',
  'copy.same': 'la source et la destination sont le même cahier ({from}) : rien à copier.',
  'copy.notEmpty':
    '{to} contient déjà des réclamations qui ne viennent pas de {from} : rien n’a été copié. Donnez une base vide (createdb) ou un nouveau fichier.',
  'copy.progress': 'Copie : {done} / {total} réclamations',
  'copy.done': '{complaints}, {customers}, {events} et {settings} copiés vers {to}.',
  'copy.refreshed': '{to} tenait une copie plus ancienne de ce cahier : elle a été remplacée.',
  'copy.refused':
    '{to} refuse une ligne du cahier ({detail}) : rien n’a été copié. Lancez « plainte doctor » sur le cahier copié.',
  'opt.shop': 'le magasin de cette caisse (ou PLAINTE_SHOP) ; « all » pour tous avec list, due, report, export',
  'config.savedMachine': '{key} = {value} (pour cette machine, dans {path})',
  'report.section.shops': 'Par magasin',
  'report.shops.total': 'Total',
  'report.shops.none': '(sans magasin)',
  'copy.noTarget': 'dites où copier le cahier avec --to : un fichier .db ou postgresql://…',
};
