import { complaintScore, grievance } from "./complaint.ts";
import { detectLanguage, type Language } from "./language.ts";
import { LEXICONS } from "./lexicons.ts";
import { normalize } from "./normalize.ts";
import { concernsPaymentService } from "./payment-service.ts";
import { polarity, squash } from "./sentiment.ts";

export type { Language } from "./language.ts";
export type Sentiment = "positive" | "negative" | "neutral";

/** What the bank needs to know of one incoming message (see docs/inbox.md). */
export interface Classification {
  language: Language;
  /** An expression of dissatisfaction with the bank (ACPR 2022-R-01), whoever wrote it. */
  complaint: boolean;
  complaintScore: number;
  /** It concerns a payment service (PSD2): the 15-business-day answer applies. */
  paymentService: boolean;
  sentiment: Sentiment;
  sentimentScore: number;
}

export const COMPLAINT_THRESHOLD = 0.5;
/** Under this, in absolute value, a sentiment is neutral. */
const NEUTRAL_BAND = 0.3;
/** A grievance's cues ("toujours pas reçu") weigh on the sentiment even in neutral words. */
const CUE_SENTIMENT = 0.5;
const QUESTION_DAMPING = 0.5;
/** "Que faire si ma carte est volée ?": a how-to question about a problem is not a sad one. */
const HOW_TO_DAMPING = 0.25;

/** Classifies one message, French or English; pure and fast (well under a millisecond). */
export function classify(text: string): Classification {
  const message = normalize(text, LEXICONS.courtesy);
  const words = polarity(message.clauses);
  const found = grievance(message, words);
  if (found.ironic) {
    words.negative += words.positive;
    words.positive = 0;
  }
  const score = complaintScore(message, words, found);
  const loudness = 1 + 0.1 * Math.min(message.exclamations, 3) + 0.1 * Math.min(message.shouted, 3);
  // A question with no grievance in it is mostly neutral, whatever its words ("j'ai perdu ma carte, comment…").
  const asking =
    found.request > 0 && found.cues < 1 ? (found.howTo > 0 ? HOW_TO_DAMPING : QUESTION_DAMPING) : 1;
  const felt = squash((words.positive - words.negative - CUE_SENTIMENT * found.cues) * loudness * asking);
  // An expression of dissatisfaction is a negative sentiment, however flatly the facts are told.
  const sentimentScore = score >= COMPLAINT_THRESHOLD ? Math.min(felt, -NEUTRAL_BAND) : felt;
  return {
    language: detectLanguage(text, message.words),
    complaint: score >= COMPLAINT_THRESHOLD,
    complaintScore: score,
    paymentService: concernsPaymentService(message.flat),
    sentiment:
      sentimentScore >= NEUTRAL_BAND ? "positive" : sentimentScore <= -NEUTRAL_BAND ? "negative" : "neutral",
    sentimentScore,
  };
}
