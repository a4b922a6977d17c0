// French messages: letters to the customer (plainte lettre) and the legal and promised clocks
// (show, due, report). A letter's paragraphs are written for the customer; a shop may word
// each one itself (config set letter.<part>), with the same {placeholders}.
export const letters = {
  // ─── the command ────────────────────────────────────────────────────────────
  'cmd.letter': 'écrire au client : accusé de réception ou réponse (texte, HTML, PDF, e-mail)',
  'opt.letter.type': 'accuse (accusé de réception) ou reponse (la décision)',
  'opt.letter.format': 'text, html, pdf ou eml (défaut : text)',
  'opt.letter.output': 'écrire dans ce fichier (mode 0600) plutôt qu’à l’écran',
  'opt.letter.send': 'envoyer la lettre par e-mail au client (réglage smtp.url)',
  'opt.letter.address': 'adresse postale du client, gardée sur sa fiche (lignes séparées par « ; »)',
  'opt.letter.email': 'e-mail du client, gardé sur sa fiche',
  'opt.letter.decision': 'la décision telle que la lettre la dit (sinon la solution enregistrée)',
  'letter.typeMissing': 'précisez --type accuse (accusé de réception) ou --type reponse (la décision).',
  'letter.pdfTerminal':
    'un PDF ne s’affiche pas dans le terminal : donnez -o lettre.pdf, ou redirigez la sortie (> lettre.pdf).',
  'letter.sendFormat': '--send envoie un e-mail : --format ne peut être que eml avec --send.',
  'letter.noCustomer': 'la réclamation n° {id} n’a pas de client : la lettre n’aurait pas de destinataire.',
  'letter.forgotten': 'les données du client de la réclamation n° {id} ont été effacées : plus de lettre possible.',
  'letter.noDecision':
    'la réclamation n° {id} n’a pas encore de solution : donnez la décision avec --decision "…", ou suivez la réclamation d’abord.',
  'letter.flagged': 'la lettre reprendrait « {words} » ({field}) : le client la lira. Rien n’a été écrit ni noté.',
  'letter.flaggedDecision':
    'la lettre reprendrait « {words} » ({field}) : le client la lira. Formulez la décision autrement avec --decision "…".',
  'letter.field.product': 'le produit',
  'letter.field.order': 'le n° de commande',
  'letter.field.decision': 'la décision',
  'letter.noShopEmail': 'pour un e-mail, le magasin a besoin de son adresse : plainte config set shop.email contact@…',
  'letter.noCustomerEmail': 'le client n’a pas d’e-mail sur sa fiche : donnez-le avec --email client@…',
  'letter.badEmail': '--email : « {value} » ne ressemble pas à une adresse e-mail.',
  'letter.noSmtp':
    'pour envoyer, réglez le serveur d’envoi : plainte config set smtp.url smtp://utilisateur@serveur:587',
  'letter.sendFailed': 'l’envoi par {server} a échoué : {detail}. Rien n’a été noté dans le cahier.',
  'letter.sent': 'Lettre envoyée à {to} (réclamation n° {id}).',
  'letter.written': 'Lettre écrite dans {path} (réclamation n° {id}).',
  'letter.noAddress': 'le client n’a pas d’adresse postale sur sa fiche : la lettre n’en porte pas (--address "…").',
  'letter.noMediator':
    'aucun médiateur réglé : la réponse ne le nomme pas, alors que la loi le demande pour un litige non réglé (plainte config set mediator.name …).',
  'letter.fontMissing': 'la police des PDF est introuvable ({path}) : réinstallez plainte.',

  // ─── the wizard's offer, at the end of phase 5 ───────────────────────────────
  'opt.w.letter': 'accuse : écrire l’accusé de réception à imprimer (accuse-<n°>.pdf, dans le dossier courant)',
  'opt.w.address': 'avec --letter : l’adresse postale du client (lignes séparées par « ; »), gardée sur sa fiche',
  'wizard.q.letter': 'Imprimer un accusé de réception ?',
  'wizard.q.address': 'Adresse postale du client, pour la lettre (lignes séparées par « ; », vide : sans)',
  'wizard.letter.addressAlone': '--address va avec --letter accuse : l’adresse est celle de la lettre.',

  // ─── what the letter says ───────────────────────────────────────────────────
  'letter.shop.phone': 'Tél. {phone}',
  'letter.shop.siret': 'SIRET {siret}',
  'letter.placeDate': '{place}, le {date}',
  'letter.date': 'Le {date}',
  'letter.subject.accuse': 'Accusé de réception de votre réclamation n° {id}',
  'letter.subject.reponse': 'Réponse à votre réclamation n° {id}',
  'letter.subjectLine': 'Objet : {subject}',
  'letter.ref.received': 'Réclamation reçue le {date}',
  'letter.ref.written': 'Réclamation écrite du {date}',
  'letter.ref.order': 'Commande : {order}',
  'letter.ref.product': 'Produit : {product}',
  'letter.request.refund': 'le remboursement de votre achat',
  'letter.request.exchange': 'l’échange de votre article',
  'letter.request.repair': 'la réparation de votre article',
  'letter.request.gesture': 'un geste commercial',
  'letter.request.apology': 'des excuses',
  'letter.request.other': 'une solution',
  'letter.opening': 'Madame, Monsieur,',
  'letter.ack':
    'Nous avons bien reçu le {received} votre réclamation n° {id}{about}, et nous vous remercions de nous l’avoir signalée. Vous nous demandez {request}. Nous l’étudions avec attention et nous vous répondrons par écrit au plus tard le {answerBy}.',
  'letter.answer':
    'Vous nous avez fait part le {received} de votre réclamation n° {id}{about}, par laquelle vous nous demandez {request}. Après examen, voici notre décision : {decision}',
  'letter.answer.who': '{who} suit votre dossier.',
  'letter.answer.by': 'Nous reviendrons vers vous au plus tard le {by}.',
  'letter.answer.settled': 'Votre réclamation est ainsi réglée.',
  'letter.warranty':
    'Votre achat du {purchased} bénéficie de la garantie légale de conformité (articles L217-3 et suivants du Code de la consommation) : le vendeur répond des défauts de conformité qui apparaissent jusqu’au {coveredUntil}, et un défaut apparu avant le {presumedUntil} est présumé exister dès la livraison (article L217-7). La mise en conformité, par réparation ou remplacement, a lieu dans les trente jours suivant votre demande, soit au plus tard le {repairDeadline} (article L217-10).',
  'letter.mediator':
    'Si notre réponse ne vous satisfait pas, vous pouvez recourir gratuitement au médiateur de la consommation dont nous relevons : {mediator} (articles L612-1 et L616-1 du Code de la consommation).',
  'letter.closing': 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
  'letter.signature.for': 'pour {shop}',

  // ─── settings ───────────────────────────────────────────────────────────────
  'config.key.shop.address': 'adresse postale du magasin, en tête des lettres (lignes séparées par « ; »)',
  'config.key.shop.phone': 'téléphone du magasin, en tête des lettres',
  'config.key.shop.email': 'e-mail du magasin : expéditeur des lettres envoyées',
  'config.key.shop.siret': 'numéro SIRET du magasin (14 chiffres)',
  'config.key.answer.days': 'délai de réponse écrite promis dans l’accusé de réception, en jours d’ouverture',
  'config.key.smtp.url': 'serveur d’envoi des e-mails (smtp://utilisateur:mot-de-passe@serveur:587)',
  'config.key.letter.opening': 'lettres : la formule d’appel (sinon « Madame, Monsieur, »)',
  'config.key.letter.ack':
    'lettres : le paragraphe de l’accusé de réception ({received}, {id}, {about}, {product}, {request}, {answerBy})',
  'config.key.letter.answer':
    'lettres : le paragraphe de la réponse ({received}, {id}, {about}, {product}, {request}, {decision})',
  'config.key.letter.warranty':
    'lettres : le paragraphe de la garantie légale ({purchased}, {coveredUntil}, {presumedUntil}, {repairDeadline})',
  'config.key.letter.mediator': 'lettres : le paragraphe du médiateur ({mediator})',
  'config.key.letter.closing': 'lettres : la formule de politesse',
  'config.reason.email': 'une adresse e-mail est attendue, par exemple contact@magasin.fr.',
  'config.reason.siret': 'un SIRET a 14 chiffres, par exemple 123 456 789 00012.',
  'config.reason.smtp': 'une adresse de serveur est attendue, par exemple smtp://utilisateur@serveur:587 ou smtps://…',

  // ─── the timeline ───────────────────────────────────────────────────────────
  'event.letter': 'lettre au client : {type}',
  'letter.kind.accuse': 'accusé de réception',
  'letter.kind.reponse': 'réponse',
  'detail.format': 'Format',
  'detail.answerBy': 'Réponse promise le',
  'detail.sent': 'envoyée par e-mail',

  // ─── the clocks ─────────────────────────────────────────────────────────────
  'clock.answer': 'réponse écrite promise',
  'clock.warranty': 'mise en conformité, 30 jours (L217-10)',
  'clock.mediation': 'deux mois sans réponse écrite : médiation possible',
  'clock.window': 'un an après la réclamation écrite : fin de la médiation',
  'clock.state.running': 'en cours',
  'clock.state.kept': 'tenu',
  'clock.state.missed': 'dépassé',
  'show.field.address': 'Adresse postale',
  'show.section.clocks': 'Délais',
  'show.clock': '{label} : le {due} — {state}',
  'due.clocks.header.one': '{count} délai à tenir :',
  'due.clocks.header.other': '{count} délais à tenir :',
  'due.clock.on': 'le {day}',
  'due.clock.late': 'dépassé depuis le {day}',
  'opt.due.clocks': 'avec --json : ajouter les délais (objets « kind », « due »)',
  'report.section.clocks': 'Délais tenus et dépassés',
  'report.col.kept': 'Tenus',
  'report.col.missed': 'Dépassés',
  'report.clocks.none': 'Aucun délai n’arrivait à échéance dans la période.',
} as const;
