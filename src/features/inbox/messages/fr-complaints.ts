/** The complaints' messages (register, clocks, acknowledgement, holding reply, final answer), in French. */
export const frComplaints = {
  "inbox.complaints.notRegistered":
    "Cette conversation n'est pas inscrite au registre des réclamations : confirmez d'abord qu'il s'agit d'une réclamation.",
  "inbox.complaints.answered": "Cette réclamation a déjà reçu sa réponse définitive.",
  "inbox.complaints.acknowledge.answered":
    "Cette réclamation a déjà reçu sa réponse définitive : l'accusé de réception n'est plus nécessaire.",
  "inbox.complaints.acknowledged":
    "Accusé de réception envoyé : le client le reçoit par courriel et, s'il est membre, le retrouve daté dans « Mes messages ».",
  "inbox.complaints.pendingApproval":
    "Votre réponse attend l'approbation d'un collègue : elle partira, et le registre sera tenu, une fois approuvée.",
  "inbox.complaints.conversation": "Voir la conversation",

  "audit.inbox.complaint_registered": "Réclamation inscrite au registre",
  "audit.inbox.complaint_acknowledged": "Accusé de réception de réclamation envoyé",
  "audit.inbox.complaint_holding_reply": "Réponse d'attente à une réclamation",
  "audit.inbox.complaint_answered": "Réponse définitive à une réclamation",

  "inbox.complaints.channel.private_message": "message privé",
  "inbox.complaints.channel.contact_form": "formulaire de contact",
  "inbox.complaints.channel.email": "courriel",
  "inbox.complaints.channel.community": "communauté (public)",
  "inbox.complaints.channel.review": "avis client (public)",
  "inbox.complaints.channel.newsroom_comment": "commentaire d'actualité (public)",

  "inbox.complaints.clock.done": "fait le {date}",
  "inbox.complaints.clock.doneLate": "fait le {date}, hors délai",
  "inbox.complaints.clock.late": "en retard de {count, plural, one {# jour} other {# jours}}",
  "inbox.complaints.clock.today": "dernier jour aujourd'hui",
  "inbox.complaints.clock.left.ouvrable":
    "dans {count, plural, one {# jour ouvrable} other {# jours ouvrables}}",
  "inbox.complaints.clock.left.business": "dans {count, plural, one {# jour ouvré} other {# jours ouvrés}}",
  "inbox.complaints.clock.left.calendar": "dans {count, plural, one {# jour} other {# jours}}",

  "inbox.complaints.panel.title": "Réclamation {reference}",
  "inbox.complaints.panel.received": "Reçue le",
  "inbox.complaints.panel.paymentService": "service de paiement",
  "inbox.complaints.panel.acknowledgeBy": "Accusé de réception (10 jours ouvrables)",
  "inbox.complaints.panel.answerBy": "Réponse définitive (2 mois)",
  "inbox.complaints.panel.answerByPayment": "Réponse définitive (15 jours ouvrés, service de paiement)",
  "inbox.complaints.panel.answerByHeld": "Réponse définitive (35 jours ouvrés, après réponse d'attente)",
  "inbox.complaints.panel.holdingReply": "Réponse d'attente",
  "inbox.complaints.panel.holdingReplySent": "envoyée le {date}, pour les raisons suivantes :",
  "inbox.complaints.panel.outcome": "Issue",
  "inbox.complaints.panel.compensation": "geste de {amount}",
  "inbox.complaints.panel.awaitingApproval": "réponse définitive en attente d'approbation",
  "inbox.complaints.panel.allClocks": "Tous les délais légaux",
  "inbox.complaints.panel.clockAcknowledge": "Accusé de réception : au plus tard le {date}",
  "inbox.complaints.panel.clockAnswer": "Réponse (2 mois) : au plus tard le {date}",
  "inbox.complaints.panel.clockPayment": "Service de paiement (15 jours ouvrés) : au plus tard le {date}",
  "inbox.complaints.panel.clockPaymentFinal":
    "Service de paiement après réponse d'attente (35 jours ouvrés) : au plus tard le {date}",
  "inbox.complaints.panel.acknowledge": "Envoyer l'accusé de réception",
  "inbox.complaints.panel.holdingReplyAction": "Envoyer une réponse d'attente",
  "inbox.complaints.panel.finalAnswer": "Rédiger la réponse définitive",

  "inbox.complaints.receipt.subject": "Accusé de réception de votre réclamation",
  "inbox.complaints.receipt.greeting": "Bonjour {name},",
  "inbox.complaints.receipt.received":
    "Nous avons bien reçu votre réclamation du {date} ({channel}) : « {subject} ».",
  "inbox.complaints.receipt.reference":
    "Sa référence : {reference}. Rappelez-la dans vos échanges avec nous.",
  "inbox.complaints.receipt.answerBy": "Nous vous apporterons notre réponse au plus tard le {date}.",
  "inbox.complaints.receipt.answerByPayment":
    "Elle concerne un service de paiement : nous vous apporterons notre réponse au plus tard le {date}.",
  "inbox.complaints.receipt.dated": "Accusé de réception établi le {date}.",
  "inbox.complaints.receipt.open": "Voir l'accusé de réception",
  "inbox.complaints.receipt.title": "Accusé de réception — réclamation {reference}",
  "inbox.complaints.receipts.title": "Accusés de réception de vos réclamations",
  "inbox.complaints.receipts.link": "Réclamation {reference} — « {subject} », accusé de réception du {date}",
  "inbox.complaints.receipt.print":
    "Vous pouvez imprimer cette page ou l'enregistrer en PDF depuis votre navigateur.",

  "inbox.complaints.holding.title": "Réponse d'attente — réclamation {reference}",
  "inbox.complaints.holding.intro":
    "Une réclamation portant sur un service de paiement reçoit sa réponse sous 15 jours ouvrés, ici au plus tard le {until}. Si c'est impossible pour des raisons indépendantes de votre volonté, envoyez avant cette date une réponse d'attente qui en donne les raisons : la réponse définitive sera alors due au plus tard le {finalBy} (35 jours ouvrés).",
  "inbox.complaints.holding.reasons": "Raisons du délai",
  "inbox.complaints.holding.reasonsHint":
    "Elles sont écrites au client telles quelles, avec la date de la réponse définitive.",
  "inbox.complaints.holding.reasonsNeeded": "Donnez les raisons du délai (10 à 2 000 caractères).",
  "inbox.complaints.holding.tooLate":
    "Les 15 jours ouvrés sont écoulés : la loi ne permet une réponse d'attente qu'avant leur terme. Envoyez la réponse définitive sans attendre.",
  "inbox.complaints.holding.notPayment":
    "Une réponse d'attente ne concerne que les réclamations sur un service de paiement.",
  "inbox.complaints.holding.already": "Une réponse d'attente a déjà été envoyée pour cette réclamation.",
  "inbox.complaints.holding.send": "Envoyer la réponse d'attente",
  "inbox.complaints.holding.sent":
    "Réponse d'attente envoyée : la réponse définitive est due sous 35 jours ouvrés.",
  "inbox.complaints.holding.body":
    "Bonjour,\n\nNous avons bien reçu votre réclamation. Nous ne pouvons pas vous apporter notre réponse définitive dans le délai de 15 jours ouvrés, pour la raison suivante :\n{reasons}\n\nVous recevrez notre réponse définitive au plus tard le {date}. Nous vous prions de nous excuser pour ce délai.",

  "inbox.complaints.final.pending":
    "Une réponse définitive attend déjà l'approbation d'un collègue : elle partira telle quelle ou sera refusée. Votre texte est conservé ; envoyez-le après sa décision.",
  "inbox.complaints.final.title": "Réponse définitive — réclamation {reference}",
  "inbox.complaints.final.outcome": "Issue de la réclamation",
  "inbox.complaints.final.choose": "Choisissez…",
  "inbox.complaints.final.body": "Réponse au client",
  "inbox.complaints.final.bodyHint":
    "Envoyée en privé. Un refus, même partiel, doit indiquer les voies de recours et les coordonnées du médiateur : elles sont préremplies à la fin.",
  "inbox.complaints.final.insertMediator": "Insérer les voies de recours et le médiateur",
  "inbox.complaints.final.remedies":
    "Si cette réponse ne vous donne pas satisfaction, vous pouvez saisir gratuitement le médiateur, par écrit ou en ligne, au plus tard un an après votre réclamation écrite auprès de nos services :",
  "inbox.complaints.final.compensation": "Geste commercial ou remboursement (en euros)",
  "inbox.complaints.final.compensationHint": "Laissez vide s'il n'y en a pas. Par exemple : 25,50",
  "inbox.complaints.final.productHint":
    "Par exemple : compte courant, carte, virement, crédit immobilier, épargne",
  "inbox.complaints.final.categoryHint":
    "Par exemple : tarification, exécution d'une opération, information, qualité de service, fraude",
  "inbox.complaints.final.rootCauseHint":
    "Par exemple : erreur humaine, incident informatique, procédure, tiers, aucun dysfonctionnement",
  "inbox.complaints.final.send": "Envoyer la réponse définitive",
  "inbox.complaints.final.sent": "Réponse définitive envoyée et inscrite au registre.",
  "inbox.complaints.final.bodyNeeded": "Écrivez la réponse au client.",
  "inbox.complaints.final.mediatorMissing":
    "Cette réponse rejette la réclamation, au moins en partie : elle doit donner les voies de recours et les coordonnées du médiateur telles que configurées. Utilisez le bouton « Insérer les voies de recours et le médiateur ».",
  "inbox.complaints.final.outcomeNeeded": "Choisissez l'issue : fondée, partiellement fondée ou rejetée.",
  "inbox.complaints.final.levelNeeded": "Choisissez le niveau qui répond.",
  "inbox.complaints.final.compensationFormat": "Écrivez un montant en euros, par exemple 25 ou 25,50.",
  "inbox.complaints.final.registerText": "Renseignez ce champ du registre (120 caractères au plus).",

  "inbox.complaints.outcome.upheld": "fondée",
  "inbox.complaints.outcome.partly_upheld": "partiellement fondée",
  "inbox.complaints.outcome.rejected": "rejetée",
  "inbox.complaints.level.advisor": "conseiller",
  "inbox.complaints.level.complaints_department": "service réclamations",
  "inbox.complaints.level.mediator": "médiateur",
  "inbox.complaints.status.open": "en cours",
  "inbox.complaints.status.late": "en retard",
  "inbox.complaints.status.answered": "répondue",

  "inbox.complaints.field.reference": "Référence",
  "inbox.complaints.field.receivedAt": "Reçue le (heure)",
  "inbox.complaints.field.receivedOn": "Reçue le",
  "inbox.complaints.field.channel": "Canal",
  "inbox.complaints.field.sourceLink": "Lien vers la source",
  "inbox.complaints.field.product": "Produit",
  "inbox.complaints.field.category": "Catégorie",
  "inbox.complaints.field.rootCause": "Cause",
  "inbox.complaints.field.level": "Niveau",
  "inbox.complaints.field.paymentService": "Service de paiement",
  "inbox.complaints.field.acknowledgeBy": "Accusé dû le",
  "inbox.complaints.field.acknowledgedAt": "Accusé le",
  "inbox.complaints.field.holdingReplyAt": "Réponse d'attente le",
  "inbox.complaints.field.answerBy": "Réponse due le",
  "inbox.complaints.field.answeredAt": "Répondue le",
  "inbox.complaints.field.outcome": "Issue",
  "inbox.complaints.field.compensation": "Indemnisation (euros)",

  "inbox.complaints.register.title": "Registre des réclamations",
  "inbox.complaints.register.intro":
    "Chaque réclamation confirmée y est inscrite, avec ses délais légaux. Le registre n'est jamais effacé ; il est conservé selon la durée du registre des traitements.",
  "inbox.complaints.register.summary":
    "Les réclamations et leurs délais légaux, l'export pour la déclaration annuelle, le bilan par produit et par cause.",
  "inbox.complaints.register.year": "Année",
  "inbox.complaints.register.status": "Statut",
  "inbox.complaints.register.every": "Tous",
  "inbox.complaints.register.filter": "Filtrer",
  "inbox.complaints.register.export": "Exporter en CSV (déclaration annuelle)",
  "inbox.complaints.register.none": "Aucune réclamation pour ces critères.",
  "inbox.complaints.summary.title": "Bilan {year} par produit et par cause",
  "inbox.complaints.summary.received": "Reçues",
  "inbox.complaints.summary.answered": "Répondues",
  "inbox.complaints.summary.inTime": "Dans les délais",
  "inbox.complaints.summary.median": "Délai médian de réponse",
  "inbox.complaints.summary.days": "{count, plural, one {# jour} other {# jours}}",
  "inbox.complaints.summary.notYet": "non renseigné",
  "inbox.complaints.labels.title": "Erreurs du classement automatique",
  "inbox.complaints.labels.intro":
    "Mesurées sur les étiquettes que les conseillers ont confirmées ou corrigées : un faux négatif est une réclamation que le classement n'a pas vue.",
  "inbox.complaints.labels.reviewed": "Conversations revues",
  "inbox.complaints.labels.complaintFalsePositives": "Réclamations signalées à tort (faux positifs)",
  "inbox.complaints.labels.complaintFalseNegatives": "Réclamations manquées (faux négatifs)",
  "inbox.complaints.labels.paymentFalsePositives": "Services de paiement signalés à tort",
  "inbox.complaints.labels.paymentFalseNegatives": "Services de paiement manqués",
} as const;
