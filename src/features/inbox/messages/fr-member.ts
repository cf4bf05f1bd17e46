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
  "inbox.contact.title": "Nous contacter",
  "inbox.contact.intro":
    "Écrivez à la banque : un conseiller vous répond par e-mail. Pour que votre message nous parvienne, vous confirmerez d'abord votre adresse grâce au lien que nous vous envoyons.",
  "inbox.contact.members": "Vous avez un compte ? Écrivez plutôt depuis",
  "inbox.contact.field.name": "Votre nom",
  "inbox.contact.field.email": "Votre adresse e-mail",
  "inbox.contact.field.emailHint": "La réponse vous sera envoyée à cette adresse.",
  "inbox.contact.privacy":
    "Votre nom, votre adresse et votre message servent seulement à vous répondre. Ils sont gardés 3 ans après notre dernier échange, 5 ans s'il s'agit d'une réclamation (voir « Confidentialité »).",
  "inbox.contact.submit": "Envoyer",
  "inbox.contact.confirm": "Confirmer et envoyer mon message",
  "inbox.contact.renew": "Recevoir un nouveau lien",
  "inbox.contact.name.missing": "Nom : indiquez votre nom.",
  "inbox.contact.name.tooLong": "Nom : 80 caractères au plus.",
  "inbox.contact.state.sent.title": "Confirmez votre adresse",
  "inbox.contact.state.sent.body":
    "Nous vous avons envoyé un e-mail. Ouvrez le lien qu'il contient (valable 48 heures) : votre message sera alors transmis à un conseiller.",
  "inbox.contact.state.valid.title": "Confirmer l'envoi de votre message",
  "inbox.contact.state.valid.body":
    "Appuyez sur le bouton pour confirmer votre adresse : votre message sera transmis à un conseiller.",
  "inbox.contact.state.received.title": "Votre message est transmis",
  "inbox.contact.state.received.body":
    "Merci. Un conseiller vous répondra par e-mail, à l'adresse que vous avez confirmée.",
  "inbox.contact.state.confirmed.title": "Message déjà transmis",
  "inbox.contact.state.confirmed.body":
    "Ce lien a déjà servi : votre message est bien parvenu à la banque, une seule fois. Un conseiller vous répondra par e-mail.",
  "inbox.contact.state.expired.title": "Ce lien a expiré",
  "inbox.contact.state.expired.body":
    "Le lien n'était valable que 48 heures. Votre message est conservé : demandez un nouveau lien pour le transmettre.",
  "inbox.contact.state.renewed.title": "Nouveau lien envoyé",
  "inbox.contact.state.renewed.body":
    "Un nouveau lien vous attend par e-mail, valable 48 heures. Votre message est conservé tel que vous l'avez écrit.",
  "inbox.contact.state.unknown.title": "Lien inconnu",
  "inbox.contact.state.unknown.body":
    "Ce lien ne correspond à aucun message, ou un lien plus récent l'a remplacé. Ouvrez le dernier e-mail reçu, ou écrivez-nous à nouveau.",
  "inbox.contact.mail.confirm.subject": "Confirmez votre message à {bank}",
  "inbox.contact.mail.confirm.body":
    "Vous nous avez écrit depuis le formulaire de contact. Confirmez votre adresse dans les {hours} heures pour que votre message soit transmis à un conseiller.",
  "inbox.contact.mail.confirm.action": "Confirmer mon message",
  "inbox.contact.mail.confirm.ignore":
    "Si vous n'avez rien écrit, ignorez cet e-mail : sans confirmation, le message n'est pas transmis.",
  "inbox.erased.name": "Personne effacée",
  "inbox.erased.text": "[Effacé à la demande de la personne]",
} as const;
