/** The inbox core's messages (conversations, answers, statuses), in French. */
export const frCore = {
  "inbox.title": "Boîte de réception",
  "inbox.answer.resolved":
    "Cette conversation est résolue. Rouvrez-la avant d'y répondre ; votre texte est conservé ci-dessous.",
  "inbox.answer.notPublic":
    "Cette conversation est privée : la réponse ne peut pas être publiée. Envoyez-la en privé.",
  "inbox.answer.guarded":
    "Cette réponse publique ne peut pas partir telle quelle (secret bancaire, publicité pour un crédit ou données personnelles). Corrigez-la, ou continuez en privé.",
  "inbox.attachment.empty": "Ce fichier est vide. Choisissez le bon fichier.",
  "inbox.attachment.tooLarge":
    "Ce fichier dépasse 5 Mo. Envoyez une version plus légère (une capture d'écran suffit souvent).",
  "inbox.attachment.type":
    "Ce fichier n'est ni un PDF ni une image PNG, JPEG ou WebP (son contenu a été vérifié, pas seulement son nom).",
  "inbox.attachment.tooManyPixels":
    "Cette image est trop grande pour être affichée. Envoyez une capture plus petite.",
  "inbox.attachment.tooMany": "Trois pièces jointes au plus par message.",
  "inbox.answer.length":
    "Écrivez une réponse de 20 000 caractères au plus ; votre texte est conservé ci-dessous.",
  "inbox.conflict":
    "Un collègue vient de modifier cette conversation. Rechargez-la pour voir son action ; votre texte est conservé.",
} as const;
