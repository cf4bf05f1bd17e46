import type { fr } from "./fr.ts";

export const en: Record<keyof typeof fr, string> = {
  "sentiment.source.community": "Community",
  "sentiment.source.newsroom_comment": "Article comments",
  "sentiment.source.private_message": "Private messages",
  "sentiment.source.contact_form": "Contact form",
  "sentiment.source.email": "E-mails",
  "sentiment.source.review": "Reviews",
  "sentiment.source.survey_answer": "Free-text survey answers",
  "sentiment.positive": "positive",
  "sentiment.neutral": "neutral",
  "sentiment.negative": "negative",
};
