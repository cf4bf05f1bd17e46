/** The satisfaction survey sent when a conversation is resolved, in French. */
export const frSatisfaction = {
  "inbox.satisfaction.mail.subject": "Votre avis sur notre réponse",
  "inbox.satisfaction.mail.greeting": "Bonjour {name},",
  "inbox.satisfaction.mail.resolved": "Votre demande « {subject} » est maintenant résolue.",
  "inbox.satisfaction.mail.question":
    "Une seule question : êtes-vous satisfait de notre réponse ? Votre avis nous aide à mieux vous répondre.",
  "inbox.satisfaction.mail.action": "Donner mon avis",
  "inbox.satisfaction.mail.footnote":
    "Ce lien ne sert qu'une fois et reste valable {days} jours. Vous pouvez aussi ignorer ce message.",
  "inbox.satisfaction.title": "Votre avis sur notre réponse",
  "inbox.satisfaction.intro": "Une seule question, et un commentaire si vous le souhaitez.",
  "inbox.satisfaction.question": "Êtes-vous satisfait de la réponse que vous avez reçue ?",
  "inbox.satisfaction.rating.5": "5 — Très satisfait",
  "inbox.satisfaction.rating.4": "4 — Satisfait",
  "inbox.satisfaction.rating.3": "3 — Ni satisfait ni insatisfait",
  "inbox.satisfaction.rating.2": "2 — Insatisfait",
  "inbox.satisfaction.rating.1": "1 — Très insatisfait",
  "inbox.satisfaction.comment": "Commentaire (facultatif)",
  "inbox.satisfaction.commentHint":
    "{max} caractères au plus. N'y écrivez pas de numéro de compte ni de carte.",
  "inbox.satisfaction.send": "Envoyer mon avis",
  "inbox.satisfaction.ratingMissing": "Choisissez une note de 1 à 5.",
  "inbox.satisfaction.commentTooLong": "Votre commentaire dépasse 2 000 caractères : raccourcissez-le.",
  "inbox.satisfaction.thanks.title": "Merci pour votre avis",
  "inbox.satisfaction.thanks.text": "Votre réponse est enregistrée. Elle nous aide à améliorer nos réponses.",
  "inbox.satisfaction.answered.title": "Avis déjà donné",
  "inbox.satisfaction.answered.text":
    "Ce lien a déjà servi : votre avis est enregistré, et il ne peut être donné qu'une fois.",
  "inbox.satisfaction.expired.title": "Lien expiré",
  "inbox.satisfaction.expired.text":
    "Ce lien n'est plus valable : il ne servait que 30 jours après la résolution de votre demande.",
  "inbox.satisfaction.unknown.title": "Lien inconnu",
  "inbox.satisfaction.unknown.text":
    "Ce lien ne correspond à aucune enquête. Vérifiez qu'il est complet (il a pu être coupé en deux dans votre messagerie).",
  "inbox.satisfaction.home": "Aller à l'accueil",
} as const;
