/** A wave's invitations (e-mailed links, the reminder, the invitation on the site), in French. */
export const frInvitations = {
  // The e-mail and its reminder.
  "surveys.invitations.mail.invitation.subject": "Votre avis compte : {title}",
  "surveys.invitations.mail.invitation.text":
    "{bank} vous invite à répondre à l'enquête « {title} ». Elle ne prend que quelques minutes, et chaque question facultative peut être laissée de côté.",
  "surveys.invitations.mail.reminder.subject": "Rappel : {title}",
  "surveys.invitations.mail.reminder.text":
    "Vous n'avez pas encore répondu à l'enquête « {title} » de {bank}. Il est encore temps : ce message est le seul rappel.",
  "surveys.invitations.mail.greeting": "Bonjour,",
  "surveys.invitations.mail.mode.anonymous":
    "Vos réponses sont anonymes : rien ne les relie à votre nom ni à votre adresse, et seul le jour de votre réponse est gardé.",
  "surveys.invitations.mail.mode.identified":
    "Cette enquête n'est pas anonyme : vos réponses seront reliées à votre compte.",
  "surveys.invitations.mail.action": "Répondre à l'enquête",
  "surveys.invitations.mail.footnote":
    "Ce lien vous est personnel et sert à une seule réponse, jusqu'au {date}.",
  "surveys.invitations.mail.optOut": "Ne plus recevoir d'invitation à nos enquêtes",
  "surveys.invitations.optOut.title": "Invitations à nos enquêtes",
  "surveys.invitations.optOut.ask":
    "Vous ne recevrez plus aucune invitation à répondre à nos enquêtes à l'adresse {email}.",
  "surveys.invitations.optOut.confirm": "Ne plus recevoir d'invitation",
  "surveys.invitations.optOut.done":
    "C'est noté : l'adresse {email} ne recevra plus d'invitation à nos enquêtes. Votre choix est inscrit dans notre registre des consentements.",
  "surveys.invitations.optOut.invalid":
    "Ce lien ne correspond à aucune adresse : il a pu être coupé par votre messagerie. Ouvrez-le de nouveau depuis l'e-mail.",
  // The link's pages.
  "surveys.invitations.link.title": "Enquête : {title}",
  "surveys.invitations.link.wave": "Vague « {label} », ouverte jusqu'au {date}.",
  "surveys.invitations.link.once":
    "Cette invitation sert à une seule réponse ; elle garde seulement que vous avez répondu, jamais ce que vous avez répondu. Vous pouvez vous arrêter en chemin : vos réponses sont gardées, et ce lien vous ramène où vous en étiez.",
  "surveys.invitations.link.start": "Répondre à l'enquête",
  "surveys.invitations.link.home": "Aller à l'accueil",
  "surveys.invitations.link.tampered.title": "Lien modifié ou incomplet",
  "surveys.invitations.link.tampered.text":
    "Ce lien ne correspond pas à celui que nous avons envoyé : il a pu être coupé en deux par votre messagerie, ou modifié. Ouvrez-le de nouveau depuis l'e-mail, ou copiez-le en entier dans la barre d'adresse.",
  "surveys.invitations.link.unknown.title": "Invitation introuvable",
  "surveys.invitations.link.unknown.text":
    "Cette invitation n'existe plus : elle a pu être effacée avec vos données. Rien n'a été enregistré.",
  "surveys.invitations.link.answered.title": "Vous avez déjà répondu",
  "surveys.invitations.link.answered.text":
    "Cette invitation a déjà servi : votre réponse est enregistrée, et une invitation ne sert qu'à une réponse. Merci pour votre participation.",
  "surveys.invitations.link.closed.title": "Enquête close",
  "surveys.invitations.link.closed.text":
    "Cette enquête prenait des réponses jusqu'au {date} : elle est close, et plus rien ne peut y être ajouté. Merci de votre intérêt.",
  "surveys.invitations.link.staff.title": "Réservé aux personnes que la banque interroge",
  "surveys.invitations.link.staff.text":
    "Ce lien mène à un compte de l'équipe de la banque, ou vous êtes connecté avec l'un d'eux : ses membres ne répondent pas aux enquêtes de la banque.",
  "surveys.invitations.link.scheduled.title": "Enquête pas encore ouverte",
  "surveys.invitations.link.scheduled.text":
    "Cette enquête ouvre le {date}. Revenez à partir de ce jour avec le même lien : il restera valable.",
  // The staff's page: sending a wave's invitations.
  "surveys.invitations.column": "Invitations",
  "surveys.invitations.link": "Inviter à « {label} »",
  "surveys.invitations.page.back": "Retour à l'enquête « {title} »",
  "surveys.invitations.page.title": "Diffusion de la vague « {label} »",
  "surveys.invitations.page.wave": "Enquête « {title} », ouverte du {from} au {to}. Mode : {mode}.",
  "surveys.invitations.send.title": "Inviter par e-mail",
  "surveys.invitations.send.intro":
    "Chaque personne reçoit un lien personnel à usage unique. Ceux qui se sont opposés à nos messages (désinscription, opposition, restriction, adresse en échec) ne reçoivent rien, ni ceux déjà invités à cette vague.",
  "surveys.invitations.audience": "À qui écrire",
  "surveys.invitations.contacts": "Des contacts du fichier, choisis par listes et étiquettes",
  "surveys.invitations.lists": "Listes (aucune cochée : toutes les listes)",
  "surveys.invitations.tags": "Étiquettes",
  "surveys.invitations.tagsHint":
    "Séparées par des virgules : seuls les contacts qui les portent toutes sont invités. Vide : toutes.",
  "surveys.invitations.members": "Tous les membres dont l'adresse est vérifiée",
  "surveys.invitations.reminderDays": "Rappel, en jours après l'envoi",
  "surveys.invitations.reminderDaysHint":
    "Un seul rappel, à ceux qui n'ont pas répondu, avant la clôture. Vide : pas de rappel.",
  "surveys.invitations.sendButton": "Envoyer les invitations",
  "surveys.invitations.sent":
    "Invitations envoyées : le tableau des envois dit combien de personnes ont été invitées et combien écartées pour opposition.",
  "surveys.invitations.waveUnknown": "Cette vague n'existe pas.",
  "surveys.invitations.waveClosed": "Cette vague est close : on ne peut plus y inviter personne.",
  "surveys.invitations.audienceMissing": "Choisissez à qui écrire : des contacts, les membres, ou les deux.",
  "surveys.invitations.reminderDaysInvalid":
    "Le rappel se compte en jours, de 1 à 60 ; laissez vide pour aucun.",
  "surveys.invitations.reminderAfterClosing":
    "Le rappel tomberait après la clôture de la vague : choisissez moins de jours.",
  "surveys.invitations.history": "Envois de cette vague",
  "surveys.invitations.history.none": "Aucune invitation envoyée pour cette vague.",
  "surveys.invitations.history.sentAt": "Envoyé le",
  "surveys.invitations.history.invited": "Invités",
  "surveys.invitations.history.objected": "Écartés (opposition)",
  "surveys.invitations.history.answered": "Ont répondu",
  "surveys.invitations.history.reminder": "Rappel",
  "surveys.invitations.history.reminderNone": "aucun",
  "surveys.invitations.history.reminderPlanned": "prévu le {date}",
  "surveys.invitations.history.reminderSent":
    "envoyé le {date} ({count, plural, one {# personne} other {# personnes}})",
  // The invitation on the site.
  "surveys.invitations.inPage.title": "Invitation sur le site",
  "surveys.invitations.inPage.intro":
    "Les membres connectés voient une invitation à répondre en haut des pages, une seule fois par vague : elle disparaît quand ils répondent ou la refusent.",
  "surveys.invitations.inPage.on": "L'invitation est montrée aux membres connectés.",
  "surveys.invitations.inPage.off": "L'invitation n'est pas montrée.",
  "surveys.invitations.inPage.start": "Montrer l'invitation aux membres",
  "surveys.invitations.inPage.stop": "Ne plus montrer l'invitation",
  "surveys.invitations.inPage.started": "L'invitation est montrée aux membres connectés.",
  "surveys.invitations.inPage.stopped": "L'invitation n'est plus montrée.",
  "surveys.invitations.banner.label": "Enquête",
  "surveys.invitations.banner.title": "Votre avis compte : {title}",
  "surveys.invitations.banner.text.anonymous":
    "Quelques minutes, et vos réponses restent anonymes. Ouverte jusqu'au {date}.",
  "surveys.invitations.banner.text.identified":
    "Quelques minutes ; vos réponses seront reliées à votre compte. Ouverte jusqu'au {date}.",
  "surveys.invitations.banner.answer": "Répondre",
  "surveys.invitations.banner.resume": "Reprendre mes réponses",
  "surveys.invitations.banner.dismiss": "Non merci",
  "surveys.invitations.banner.dismissed": "C'est noté : cette enquête ne vous sera plus proposée.",
  "surveys.invitations.banner.gone": "Cette enquête ne vous est plus proposée.",
  // The audit log.
  "audit.surveys.invitations_sent": "Invitations à une enquête envoyées",
  "audit.surveys.in_page_started": "Invitation à une enquête montrée sur le site",
  "audit.surveys.in_page_stopped": "Invitation à une enquête retirée du site",
} as const;
