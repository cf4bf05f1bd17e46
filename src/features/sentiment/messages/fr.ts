/** The sentiment feature's messages, in French: the source of their keys. */
export const fr = {
  "sentiment.source.community": "Communauté",
  "sentiment.source.newsroom_comment": "Commentaires d'articles",
  "sentiment.source.private_message": "Messages privés",
  "sentiment.source.contact_form": "Formulaire de contact",
  "sentiment.source.email": "E-mails",
  "sentiment.source.review": "Avis",
  "sentiment.source.survey_answer": "Réponses libres aux enquêtes",
  "sentiment.positive": "positif",
  "sentiment.neutral": "neutre",
  "sentiment.negative": "négatif",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
