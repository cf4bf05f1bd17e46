import { type Classification, classify } from "./index.ts";

const twoDecimals = (value: number) => Math.round(value * 100) / 100 + 0;

/** The classification as the CLI and the API answer it: keys in this order, scores to 2 decimals. */
export function classifiedAnswer(text: string): Classification {
  const result = classify(text);
  return {
    language: result.language,
    complaint: result.complaint,
    complaintScore: twoDecimals(result.complaintScore),
    paymentService: result.paymentService,
    sentiment: result.sentiment,
    sentimentScore: twoDecimals(result.sentimentScore),
  };
}
