/** The e-mail source's messages (notes under a received e-mail), in French. */
export const frEmail = {
  "inbox.email.noText": "(Message sans texte)",
  "inbox.email.droppedNote": "[Pièce jointe écartée : {filename} — {reason}]",
  "inbox.email.dropped.empty": "fichier vide",
  "inbox.email.dropped.tooLarge": "plus de 5 Mo",
  "inbox.email.dropped.type": "ni PDF ni image PNG, JPEG ou WebP d'après son contenu",
  "inbox.email.dropped.tooManyPixels": "image trop grande pour être affichée",
  "inbox.email.dropped.tooMany": "au-delà de trois pièces jointes",
} as const;
