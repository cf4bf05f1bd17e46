/** The inbox as people see it: "Mes messages" for members, the contact form for everyone, in French. */
export const frMember = {
  "inbox.member.title": "Mes messages",
  "inbox.member.intro":
    "Vos échanges privés avec les conseillers de la banque. Seuls vous et les conseillers qui traitent votre demande les lisent.",
  "inbox.member.write": "Écrire à la banque",
  "inbox.member.none": "Vous n'avez encore écrit aucun message à la banque.",
  "inbox.member.status.with_bank": "En cours de traitement par la banque",
  "inbox.member.status.answered": "La banque vous a répondu",
  "inbox.member.status.closed": "Terminé",
  "inbox.member.unreadAnswers": "{count, plural, one {# nouvelle réponse} other {# nouvelles réponses}}",
  "inbox.member.lastFromBank": "La banque :",
  "inbox.member.lastFromYou": "Vous :",
  "inbox.member.messages": "Messages de la conversation",
  "inbox.member.you": "Vous",
  "inbox.member.new.title": "Écrire à la banque",
  "inbox.member.new.intro":
    "Posez votre question ou décrivez votre difficulté : un conseiller vous répond ici, et vous recevez un e-mail dès qu'une réponse vous attend.",
  "inbox.member.new.submit": "Envoyer mon message",
  "inbox.member.field.subject": "Objet",
  "inbox.member.field.body": "Votre message",
  "inbox.member.field.bodyHint":
    "N'écrivez jamais votre mot de passe ni un code reçu par SMS : la banque ne vous les demandera pas.",
  "inbox.member.attachments": "Pièces jointes",
  "inbox.member.attachmentsHint":
    "Facultatif : {count} fichiers au plus, en PDF, PNG, JPEG ou WebP, de {size} Mo chacun au plus.",
  "inbox.member.attachmentN": "Fichier {n}",
  "inbox.member.fileSize": "{size} Ko",
  "inbox.member.reply.title": "Répondre",
  "inbox.member.reply.reopens": "Cet échange est terminé ; si vous répondez, il sera rouvert.",
  "inbox.member.reply.submit": "Envoyer ma réponse",
  "inbox.member.sent": "Votre message est envoyé. Un conseiller vous répondra ici.",
  "inbox.member.subject.missing": "Objet : donnez un objet à votre message.",
  "inbox.member.subject.tooLong": "Objet : 200 caractères au plus.",
  "inbox.member.body.missing": "Message : écrivez votre message.",
  "inbox.member.body.tooLong": "Message : 10 000 caractères au plus.",
  "inbox.member.mail.answer.subject": "{bank} a répondu à votre message",
  "inbox.member.mail.answer.body":
    "Un conseiller a répondu à votre message. Pour la lire, connectez-vous à votre espace « Mes messages ».",
  "inbox.member.mail.answer.secrecy":
    "Par respect du secret bancaire, la réponse n'est pas recopiée dans cet e-mail.",
  "inbox.member.mail.answer.action": "Lire la réponse",
} as const;
