/**
 * The messages of what surrounds the reviews (invitations, the disclosure page, the conformity
 * report, holding, the inbox and privacy), in French: the source of their keys. The reviews'
 * catalogue (fr.ts) adds them; no key here is also in fr.ts (around.test.ts).
 */
export const aroundFr = {
  // Invitations: the CSV upload, the API, the register of batches.
  "reviews.invitations.title": "Invitations à donner un avis",
  "reviews.invitations.intro":
    "Après un échange réel (une conversation résolue, un rendez-vous, une souscription), chaque client du lot reçoit par e-mail un lien à usage unique ; l'avis qu'il écrit est publié comme « Avis vérifié » avec la date de son expérience.",
  "reviews.invitations.everyone":
    "Tout le lot est invité : une colonne ou un champ de satisfaction (note, NPS, « satisfait »…) fait refuser le lot entier, et le refus est inscrit au registre. Choisir les clients contents serait une pratique trompeuse.",
  "reviews.invitations.upload.title": "Inviter depuis un fichier CSV",
  "reviews.invitations.upload.columns":
    "Une ligne par client. Colonnes : email (obligatoire), date_experience (AAAA-MM-JJ, dans les 12 derniers mois, obligatoire), prenom et nom (ou name), reference (votre référence du dossier), produit, langue (fr ou en). Le rapport dit, ligne par ligne, ce qui a été refusé et pourquoi.",
  "reviews.invitations.upload.file": "Fichier CSV (2 Mo au plus)",
  "reviews.invitations.upload.label": "Nom du lot",
  "reviews.invitations.upload.labelHint":
    "Gardé au registre, par exemple « Rendez-vous de novembre, agence de Lyon ».",
  "reviews.invitations.upload.submit": "Inviter tout le lot",
  "reviews.invitations.missing": "Choisissez un fichier CSV.",
  "reviews.invitations.tooBig": "Le fichier dépasse 2 Mo : découpez-le.",
  "reviews.invitations.unreadable": "Ce fichier ne se lit pas comme un CSV.",
  "reviews.invitations.empty": "Le lot ne contient aucune ligne.",
  "reviews.invitations.noEmail": "Le lot n'a pas de colonne « email ».",
  "reviews.invitations.tooMany": "Le lot dépasse 5 000 lignes : découpez-le.",
  "reviews.invitations.filterRefused":
    "Lot refusé : il contient « {filter} », qui ressemble à un filtre ou à une mesure de satisfaction. Tous les clients d'un lot sont invités, qu'ils soient satisfaits ou non : retirez cette colonne et envoyez le lot entier. Le refus est inscrit au registre.",
  "reviews.invitations.row.email": "adresse e-mail invalide",
  "reviews.invitations.row.duplicate": "adresse déjà présente plus haut dans le lot",
  "reviews.invitations.row.dateMissing": "date de l'expérience absente",
  "reviews.invitations.row.dateInvalid": "date de l'expérience illisible (AAAA-MM-JJ)",
  "reviews.invitations.row.dateFuture": "date de l'expérience dans le futur",
  "reviews.invitations.row.dateTooOld": "expérience de plus de 12 mois : elle ne peut plus être évaluée",
  "reviews.invitations.row.nameTooLong": "nom trop long (80 caractères au plus)",
  "reviews.invitations.row.referenceTooLong": "référence trop longue (120 caractères au plus)",
  "reviews.invitations.row.product": "produit inconnu",
  "reviews.invitations.row.locale": "langue inconnue : fr ou en",
  "reviews.invitations.row.objected":
    "cette personne s'est opposée aux messages de la banque : elle n'est pas invitée",
  "reviews.invitations.row.staff":
    "adresse de la banque ou d'un membre de son personnel : le personnel ne donne pas d'avis, elle n'est pas invitée",
  "reviews.invitations.report.title": "Rapport d'invitation",
  "reviews.invitations.report.summary":
    "{invited, plural, one {# client invité} other {# clients invités}} · {refused, plural, one {# ligne refusée} other {# lignes refusées}}.",
  "reviews.invitations.report.line": "Ligne",
  "reviews.invitations.report.problem": "Refusée parce que",
  "reviews.invitations.back": "Retour aux invitations",
  "reviews.invitations.register.title": "Registre des lots d'invitation",
  "reviews.invitations.register.empty": "Aucun lot pour l'instant.",
  "reviews.invitations.register.date": "Date",
  "reviews.invitations.register.origin": "Origine",
  "reviews.invitations.register.label": "Lot",
  "reviews.invitations.register.invited": "Invités",
  "reviews.invitations.register.used": "Avis reçus",
  "reviews.invitations.register.filter": "Filtre de satisfaction",
  "reviews.invitations.register.noFilter": "aucun : tout le lot invité",
  "reviews.invitations.register.refused": "« {filter} » refusé : lot non envoyé",
  "reviews.invitations.origin.inbox": "conversation résolue",
  "reviews.invitations.origin.csv": "fichier CSV",
  "reviews.invitations.origin.api": "API",
  "reviews.invitations.api.forbidden": "Clé d'API absente ou invalide.",
  "reviews.invitations.api.off": "L'API des invitations n'est pas activée (REVIEWS_API_KEY).",
  "reviews.invitations.mail.subject": "Votre avis sur {bank}",
  "reviews.invitations.mail.greeting": "Bonjour {name},",
  "reviews.invitations.mail.greetingNoName": "Bonjour,",
  "reviews.invitations.mail.body":
    "Vous avez été en relation avec {bank} le {date}. Voulez-vous dire aux autres clients comment cela s'est passé, en bien comme en mal ? Votre avis sera publié comme « Avis vérifié », avec la date de votre expérience, signé de votre prénom et de l'initiale de votre nom.",
  "reviews.invitations.mail.nothingGiven":
    "Nous ne donnons rien en échange d'un avis, et nous publions tous les avis qui respectent nos règles, favorables ou non.",
  "reviews.invitations.mail.action": "Donner mon avis",
  "reviews.invitations.mail.footnote":
    "Ce lien ne sert qu'une fois et reste valable {days} jours. Si vous ne souhaitez pas donner d'avis, ignorez ce message.",
  "audit.reviews.invitations_sent": "Lot d'invitations à donner un avis envoyé",
  "audit.reviews.invitations_filter_refused": "Lot d'invitations refusé (filtre de satisfaction)",

  // The inbox: a review as a conversation, the bank's answer published on it.
  "reviews.inbox.subject": "Avis {rating}/5 : {title}",
  "reviews.inbox.body": "{title}\n\n{body}\n\nNote : {rating}/5 · produit : {product} · expérience du {date}",
  "reviews.inbox.updated":
    "L'auteur a mis à jour son avis (version {version}) :\n\n{title}\n\n{body}\n\nNote : {rating}/5",
  "reviews.inbox.alreadyAnswered":
    "La banque a déjà répondu à cet avis : une seule réponse publique par avis.",
  "reviews.inbox.notPublished":
    "Cet avis n'est pas publié : la réponse de la banque attendra sa publication.",
  "reviews.inbox.gone": "Cet avis a été retiré par son auteur.",
  "reviews.inbox.answerMail.subject": "{bank} a répondu à votre avis",
  "reviews.inbox.answerMail.body": "{bank} a répondu publiquement à votre avis « {title} ».",
  "reviews.inbox.answerMail.update":
    "Vous pouvez mettre à jour votre avis après cette réponse : les deux versions resteront publiques.",
  "reviews.inbox.answerMail.action": "Lire la réponse",

  // The disclosure page (D111-17), generated from the settings.
  "reviews.disclosure.title": "Comment nous traitons les avis",
  "reviews.disclosure.intro":
    "Ce que prévoient l'article L111-7-2 et les articles D111-16 à D111-19 du code de la consommation, et la norme NF ISO 20488 sur les avis en ligne, tel que notre plateforme l'applique aujourd'hui. Cette page est produite à partir des réglages en vigueur.",
  "reviews.disclosure.updated": "Réglages en vigueur depuis le {date}.",
  "reviews.disclosure.back": "Lire les avis",
  "reviews.disclosure.checked.heading": "Les avis sont-ils contrôlés ?",
  "reviews.disclosure.checked.how":
    "Oui. Chaque avis est lu par l'équipe communauté de {bank} avant sa publication, dans l'ordre d'arrivée, et publié ou refusé dans les {days} jours qui suivent sa réception.",
  "reviews.disclosure.checked.masking":
    "Avant toute publication, les données personnelles (IBAN, numéros de carte, téléphones, adresses e-mail, numéros de sécurité sociale) sont masquées automatiquement ; l'auteur est prévenu de ce qui a été masqué.",
  "reviews.disclosure.verified.heading": "Les auteurs sont-ils vérifiés ?",
  "reviews.disclosure.verified.invited":
    "« Avis vérifié » : l'avis a été écrit depuis un lien personnel à usage unique, envoyé par e-mail après un échange réel avec la banque (une conversation résolue avec nos conseillers, un rendez-vous, une souscription). La date de cette expérience est affichée avec l'avis.",
  "reviews.disclosure.verified.spontaneous":
    "« Avis spontané » : l'avis a été écrit par un membre inscrit dont l'adresse e-mail est confirmée ; nous n'avons pas vérifié qu'il est client.",
  "reviews.disclosure.verified.staff": "Les collaborateurs de la banque ne peuvent pas écrire d'avis.",
  "reviews.disclosure.invitations.heading": "Qui est invité à donner son avis ?",
  "reviews.disclosure.invitations.everyone":
    "Tous les clients concernés par un échange, sans choix selon leur satisfaction : nos outils refusent tout lot d'invitations filtré sur la satisfaction, et chaque lot est inscrit à un registre.",
  "reviews.disclosure.invitations.link":
    "Le lien d'invitation ne sert qu'une fois et reste valable {days} jours.",
  "reviews.disclosure.delay.heading": "Dans quel délai un avis est-il publié ?",
  "reviews.disclosure.delay.max": "{days} jours au plus après sa réception.",
  "reviews.disclosure.delay.hold":
    "L'auteur d'un avis de 1 ou 2 étoiles peut choisir de laisser à la banque le temps de le contacter d'abord : l'avis est alors publié au plus tard {days} jours après, quoi qu'il arrive.",
  "reviews.disclosure.delay.noHold": "Aucun avis n'est retenu avant sa publication.",
  "reviews.disclosure.order.heading": "Dans quel ordre les avis sont-ils présentés ?",
  "reviews.disclosure.order.newest":
    "Du plus récent au plus ancien, par date de publication. Vous pouvez filtrer par produit et par note ; chaque avis montre sa date de publication, la date de l'expérience et, s'il a été modifié, la date de sa mise à jour.",
  "reviews.disclosure.order.score":
    "La note globale est la moyenne des notes des avis publiés au cours des 12 derniers mois, arrondie au dixième, affichée avec le nombre d'avis et la répartition des étoiles.",
  "reviews.disclosure.counterpart.heading": "Une contrepartie est-elle donnée pour un avis ?",
  "reviews.disclosure.counterpart.none":
    "Non. {bank} ne paie, ne récompense et n'achète aucun avis, et n'en rédige aucun : la plateforme n'offre aucun moyen de le faire.",
  "reviews.disclosure.refusal.heading": "Pour quelles raisons un avis peut-il être refusé ?",
  "reviews.disclosure.refusal.intro":
    "Un avis n'est jamais refusé parce qu'il est négatif. Il ne peut l'être que pour l'une des raisons suivantes (un avis compte au moins {chars} caractères) :",
  "reviews.disclosure.authors.heading": "Comment les auteurs sont-ils informés ?",
  "reviews.disclosure.authors.told":
    "Un auteur dont l'avis est refusé reçoit par e-mail la raison du refus et son explication ; il peut corriger son avis et le soumettre à nouveau.",
  "reviews.disclosure.authors.edit":
    "L'auteur peut modifier ou retirer son avis à tout moment, depuis son compte ou le lien reçu ; un avis modifié est contrôlé à nouveau avant d'être publié : en attendant, la version déjà publiée reste affichée ; une fois la mise à jour acceptée, les deux versions restent publiques, datées.",
  "reviews.disclosure.answer.heading": "La banque répond-elle aux avis ?",
  "reviews.disclosure.answer.once":
    "{bank} peut répondre une fois, publiquement et gratuitement, à chaque avis, dans les {days} jours, par un conseiller identifié ; la réponse ne confirme jamais que l'auteur est client.",
  "reviews.disclosure.duration.heading": "Combien de temps les avis restent-ils en ligne ?",
  "reviews.disclosure.duration.kept": "{months} mois après leur publication ; ils sont ensuite retirés.",
  "reviews.disclosure.duration.names":
    "Un avis est signé du prénom et de l'initiale du nom de son auteur ; après {months} mois, il est affiché sans nom.",

  // The conformity report, for the auditor.
  "reviews.conformity.title": "Rapport de conformité des avis",
  "reviews.conformity.intro":
    "Les chiffres d'une année, pour un audit selon la norme NF ISO 20488 : avis reçus, publiés, refusés par raison, délais, réponses de la banque, invitations envoyées et avis reçus en retour.",
  "reviews.conformity.year": "Année",
  "reviews.conformity.show": "Afficher",
  "reviews.conformity.csv": "Télécharger en CSV",
  "reviews.conformity.indicator": "Indicateur",
  "reviews.conformity.value": "Valeur",
  "reviews.conformity.caption": "Avis reçus en {year}",
  "reviews.conformity.received": "Avis reçus",
  "reviews.conformity.verified": "dont avis vérifiés (sur invitation)",
  "reviews.conformity.spontaneous": "dont avis spontanés",
  "reviews.conformity.published": "Publiés",
  "reviews.conformity.refused": "Refusés (non corrigés depuis)",
  "reviews.conformity.withdrawn": "Retirés par leur auteur",
  "reviews.conformity.waiting": "En attente (contrôle ou délai choisi par l'auteur)",
  "reviews.conformity.refusals": "Refus, par raison",
  "reviews.conformity.refusal": "Refus : {reason}",
  "reviews.conformity.medianDecision": "Délai médian avant décision (heures)",
  "reviews.conformity.beyond": "Décidés après le délai publié de {days} jours",
  "reviews.conformity.answered": "Avis publiés ayant reçu une réponse de la banque",
  "reviews.conformity.answeredShare": "Part des avis publiés ayant une réponse (%)",
  "reviews.conformity.medianAnswer": "Délai médian de réponse après publication (heures)",
  "reviews.conformity.invitationsSent": "Invitations envoyées",
  "reviews.conformity.invitationsUsed": "Avis reçus sur ces invitations",
  "reviews.conformity.responseRate": "Taux de réponse aux invitations (%)",
  "reviews.conformity.filtersRefused": "Lots refusés pour filtre de satisfaction",
  "reviews.conformity.none": "—",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof aroundFr, string> {}
}
