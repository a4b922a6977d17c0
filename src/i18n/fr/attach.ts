// French messages: attachments (plainte attach), the evidence kept with a complaint.
export const attach = {
  'cmd.attach': 'joindre une photo, un ticket, une lettre à une réclamation ; les lister ; en rendre une',
  'arg.files': 'fichiers',
  'opt.attach.get': 'rendre la pièce jointe n° N (avec -o)',
  'opt.attach.output': 'où écrire la pièce jointe rendue (« - » : la sortie standard)',
  'attach.added.one': 'Pièce jointe ajoutée à la réclamation n° {id} : {names}.',
  'attach.added.other': '{count} pièces jointes ajoutées à la réclamation n° {id} : {names}.',
  'attach.missing': '« {path} » : aucun fichier à cet endroit. Vérifiez le chemin ; rien n’a été joint.',
  'attach.notAFile':
    '« {path} » n’est pas un fichier (un dossier, un périphérique…) : donnez le chemin d’une photo ou d’un document ; rien n’a été joint.',
  'attach.unreadable': '« {path} » ne peut pas être lu ({detail}) ; rien n’a été joint.',
  'attach.empty': '« {path} » est vide : il n’y a rien à joindre ; rien n’a été joint.',
  'attach.tooBig':
    '« {path} » fait {size}, plus que la limite de {max} par pièce jointe ; rien n’a été joint. Réduisez la photo, ou changez la limite : plainte config set attach.max "20 Mo".',
  'attach.none': 'La réclamation n° {id} n’a pas de pièce jointe. Pour en joindre une : plainte attach {id} photo.jpg',
  'attach.unknown': 'la réclamation n° {id} n’a pas de pièce jointe n° {number}. « plainte attach {id} » les liste.',
  'attach.getWithFiles': '--get rend une pièce jointe : pour en joindre, donnez les fichiers sans --get.',
  'attach.outputWithoutGet': '-o va avec --get N, qui dit quelle pièce jointe écrire.',
  'attach.noOutput':
    'où écrire la pièce jointe n° {number} ? Donnez -o FICHIER (ou -o - pour la sortie standard, redirigée vers un fichier).',
  'attach.terminal':
    'la pièce jointe n° {number} ne s’affiche pas à l’écran : donnez -o FICHIER, ou redirigez la sortie (-o - > fichier).',
  'attach.written': 'Pièce jointe n° {number} de la réclamation n° {id} écrite dans {path}.',
  'attach.name': 'n° {number} {name}',
  'attach.line': 'n° {number} · {name} · {type} · {size} · {date}',
  'show.section.attachments': 'Pièces jointes',
  'event.attached': 'pièce jointe n° {attachment} ajoutée',
  'detail.name': 'Nom du fichier',
  'detail.type': 'Type',
  'config.reason.size': 'une taille est attendue, par exemple 10 Mo, 500 ko ou 20MB.',
  'import.problem.attachment':
    'pièce jointe illisible : numéro, nom, type, date, SHA-256 et contenu (base64) sont attendus',
  'import.problem.attachmentDamaged':
    'la pièce jointe « {name} » ne correspond pas à son empreinte SHA-256 : le fichier a été abîmé',
  'wizard.attach.ask': 'Joindre une photo ou un ticket ? (chemin, Entrée pour passer)',
  'wizard.attach.added': 'Pièce jointe : {name}.',
  'doctor.counts.attachments': ', {attachments} ({size})',
  'count.attachments.one': '{count} pièce jointe',
  'count.attachments.other': '{count} pièces jointes',
  'size.bytes': '{value} o',
  'size.kilo': '{value} ko',
  'size.mega': '{value} Mo',
  'size.giga': '{value} Go',
};
