/** The newsletter's messages (subscription, campaigns and their e-mails), in French: the source of their keys. */
export const fr = {
  "newsletter.title": "Lettre d'information",
  "newsletter.intro":
    "Une lettre par mois environ : les réponses les plus utiles de la communauté, nos actualités et les changements qui vous concernent. Jamais de publicité de partenaires.",
  "newsletter.email": "Votre adresse e-mail",
  "newsletter.submit": "S'inscrire",
  "newsletter.footerEmail": "Votre e-mail pour la lettre",
  "newsletter.consent.missing":
    "Cochez la case pour confirmer que vous souhaitez recevoir la lettre : rien n'est coché pour vous.",
  "newsletter.notice.title": "Vos données",
  "newsletter.notice.link": "Comment nous utilisons votre adresse",
  "newsletter.notice.controller": "Responsable du traitement : {controller}.",
  "newsletter.notice.purpose": "Finalité : vous envoyer la lettre d'information, et rien d'autre.",
  "newsletter.notice.basis":
    "Base légale : votre consentement, prouvé par le lien de confirmation que vous suivez, et retirable à tout moment.",
  "newsletter.notice.retention":
    "Conservation : tant que vous êtes inscrit, puis 3 ans après votre dernière action (un clic, une inscription ; l'ouverture d'un e-mail ne compte pas). Une inscription non confirmée est effacée après {days} jours.",
  "newsletter.notice.recipients":
    "Destinataires : l'équipe communication de la banque. Données hébergées dans l'Union européenne, aucun transfert hors UE.",
  "newsletter.notice.rights":
    "Vos droits : accès, rectification, effacement, limitation, opposition et portabilité, auprès de notre délégué à la protection des données ({contact}). Vous pouvez aussi saisir la CNIL.",
  "newsletter.notice.tracking": "Aucun pixel de suivi : nous ne savons pas si vous ouvrez nos e-mails.",
  "newsletter.sent.title": "Vérifiez votre boîte mail",
  "newsletter.sent.body":
    "Si l'adresse est correcte, un e-mail de confirmation vient de partir. Votre inscription ne sera active qu'après avoir suivi son lien.",
  "newsletter.confirm.title": "Confirmer l'inscription",
  "newsletter.confirm.ask": "Confirmez-vous vouloir recevoir la lettre d'information à cette adresse ?",
  "newsletter.confirm.submit": "Je confirme mon inscription",
  "newsletter.confirm.done":
    "C'est confirmé : vous recevrez la prochaine lettre. Chaque lettre contient un lien pour vous désinscrire en un clic.",
  "newsletter.confirm.invalid":
    "Ce lien n'est plus valable : il a déjà servi ou il a expiré. Inscrivez-vous de nouveau pour en recevoir un autre.",
  "newsletter.unsubscribe.title": "Se désinscrire de la lettre d'information",
  "newsletter.unsubscribe.ask": "Vous ne recevrez plus aucune lettre d'information à cette adresse.",
  "newsletter.unsubscribe.submit": "Me désinscrire",
  "newsletter.unsubscribe.done":
    "C'est fait : vous ne recevrez plus la lettre d'information. Aucune autre démarche n'est nécessaire.",
  "newsletter.unsubscribe.already":
    "Cette adresse est déjà désinscrite : elle ne reçoit plus la lettre d'information. Aucune autre démarche n'est nécessaire.",
  "newsletter.unsubscribe.signUpAgain": "S'inscrire de nouveau à la lettre d'information",
  "newsletter.resubscribe.title": "Vous avez changé d'avis ?",
  "newsletter.resubscribe.how":
    "Nous enverrons un e-mail de confirmation à cette adresse : la lettre ne reprend que lorsque vous cliquez sur son lien.",
  "newsletter.resubscribe.submit": "Recevoir de nouveau la lettre",
  "mail.newsletterConfirm.subject": "Confirmez votre inscription à la lettre de {bank}",
  "mail.newsletterConfirm.greeting": "Bonjour,",
  "mail.newsletterConfirm.body":
    "Vous avez demandé à recevoir notre lettre d'information. Confirmez-le avec le bouton ci-dessous ; le lien est valable {hours} heures.",
  "mail.newsletterConfirm.ignore":
    "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : rien ne vous sera envoyé.",
  "mail.newsletterConfirm.action": "Confirmer mon inscription",
  "campaign.list.title": "Lettres d'information",
  "campaign.list.intro":
    "Écrire une lettre en français, en anglais ou les deux, se l'envoyer pour test, la soumettre : une autre personne que son auteur l'approuve avant l'envoi.",
  "campaign.list.empty": "Aucune lettre pour le moment.",
  "campaign.new": "Écrire une lettre",
  "campaign.edit": "Modifier la lettre",
  "campaign.versionFr": "Version française",
  "campaign.versionEn": "Version anglaise",
  "campaign.subject": "Objet",
  "campaign.body": "Texte",
  "campaign.languagesHint":
    "Chaque version est facultative, mais il en faut au moins une. Un abonné dont la langue n'a pas de version reçoit l'autre : une lettre écrite seulement en français part en français à tout le monde.",
  "campaign.bodyHint":
    "En Markdown : **gras**, *italique*, listes et liens. Écrivez la lettre en entier, formule d'appel comprise (« Bonjour, ») : le modèle n'en ajoute pas. Il ajoute seulement le nom de la banque en tête et, en pied, la raison de l'envoi, l'adresse postale et le lien de désinscription. Pas d'image de suivi : aucune ouverture n'est mesurée.",
  "campaign.save": "Enregistrer le brouillon",
  "campaign.noVersion": "Écrivez la lettre dans au moins une langue : en français, en anglais ou les deux.",
  "campaign.fr.subject.tooShort": "Version française : écrivez un objet d'au moins 3 caractères.",
  "campaign.fr.subject.tooLong": "Version française : l'objet est trop long, 150 caractères au plus.",
  "campaign.fr.body.missing":
    "Version française : écrivez le texte de la lettre, ou videz aussi l'objet pour ne pas l'envoyer en français.",
  "campaign.fr.body.tooLong": "Version française : le texte est trop long, 50 000 caractères au plus.",
  "campaign.en.subject.tooShort": "Version anglaise : écrivez un objet d'au moins 3 caractères.",
  "campaign.en.subject.tooLong": "Version anglaise : l'objet est trop long, 150 caractères au plus.",
  "campaign.en.body.missing":
    "Version anglaise : écrivez le texte de la lettre, ou videz aussi l'objet pour ne pas l'envoyer en anglais.",
  "campaign.en.body.tooLong": "Version anglaise : le texte est trop long, 50 000 caractères au plus.",
  "campaign.missing.fr": "Pas de version française : les abonnés francophones recevront la version anglaise.",
  "campaign.missing.en": "Pas de version anglaise : les abonnés anglophones recevront la version française.",
  "campaign.locked":
    "Cette lettre a été soumise : elle ne peut plus changer. Renvoyez-la en brouillon pour la modifier.",
  "campaign.wrongState": "Cette action n'est plus possible : la lettre a changé d'état entre-temps.",
  "campaign.status.draft": "Brouillon",
  "campaign.status.awaiting_approval": "En attente d'approbation",
  "campaign.status.approved": "Approuvée, envoi programmé",
  "campaign.status.sending": "Envoi en cours",
  "campaign.status.sent": "Envoyée",
  "campaign.by": "écrite par {name}",
  "campaign.sendAt": "envoi le {date}",
  "campaign.report":
    "Envoyés : {sent} · en attente : {queued} · en échec : {failed} · non envoyés (désinscrits entre-temps) : {skipped} · adresses inexistantes (retirées) : {bounced} · désinscriptions depuis l'envoi : {unsubscribed}.",
  "campaign.test": "M'envoyer un test (chaque version)",
  "campaign.tested": "Le test est parti vers votre adresse : un e-mail par version écrite.",
  "campaign.submit": "Soumettre pour approbation",
  "campaign.submitted": "La lettre attend l'approbation d'une autre personne.",
  "campaign.return": "Renvoyer en brouillon",
  "campaign.returned": "La lettre est de nouveau un brouillon.",
  "campaign.approve.title": "Approuver l'envoi",
  "campaign.approve.when": "Date et heure d'envoi (heure de Paris)",
  "campaign.approve.whenHint": "Laissez vide pour envoyer dès maintenant.",
  "campaign.approve.submit": "Approuver et programmer l'envoi",
  "campaign.approve.otherPerson":
    "Vous avez écrit cette lettre : une autre personne doit l'approuver (principe des quatre yeux).",
  "campaign.approved": "La lettre est approuvée ; l'envoi se fait en arrière-plan.",
  "campaign.testTag": "TEST",
  "campaign.mail.why":
    "Vous recevez cette lettre parce que vous vous y êtes inscrit et l'avez confirmé. Nous ne mesurons pas l'ouverture de nos e-mails.",
  "campaign.mail.unsubscribe": "Se désinscrire en un clic",
  "campaign.summary":
    "Écrire, tester, faire approuver et envoyer la lettre d'information ; suivre son rapport.",
  "newsletter.keep.title": "Rester abonné à la lettre",
  "newsletter.keep.ask":
    "Vous souhaitez continuer à recevoir notre lettre d'information ? Confirmez-le : votre abonnement repart pour la durée annoncée dans la notice.",
  "newsletter.keep.submit": "Je souhaite rester abonné",
  "newsletter.keep.done": "Merci : vous restez abonné.",
  "newsletter.keep.invalid": "Ce lien n'est pas valide ou a expiré.",
  "mail.repermission.subject": "Souhaitez-vous continuer à recevoir la lettre de {bank} ?",
  "mail.repermission.greeting": "Bonjour,",
  "mail.repermission.body":
    "Vous êtes abonné à notre lettre d'information. Sans nouvelle de votre part, nous effacerons votre adresse le {date}, comme nous nous y sommes engagés.",
  "mail.repermission.nothing": "Si vous ne souhaitez plus la recevoir, vous n'avez rien à faire.",
  "mail.repermission.action": "Je souhaite rester abonné",
  "campaign.audience": "Destinataires",
  "campaign.audienceHint":
    "Sans liste cochée, la lettre va à tous les abonnés actifs ; avec des listes, à leurs abonnés actifs. Les étiquettes restreignent encore : chaque destinataire doit les avoir toutes.",
  "campaign.listOption": "{name} ({count, plural, one {# contact} other {# contacts}})",
  "campaign.tags": "Étiquettes exigées",
  "campaign.tagsHint": "Séparées par des virgules, par exemple : épargne, jeunes.",
  "campaign.clicks":
    "Clics sur ses liens : {clicks}, par {readers} lecteurs (comptés seulement si le comptage est activé).",
  "newsletter.notice.clicks":
    "Nous comptons les clics sur les liens de la lettre, par notre propre site (jamais les ouvertures), pour savoir ce qui vous intéresse ; un clic compte comme votre dernière action pour la durée de conservation.",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
