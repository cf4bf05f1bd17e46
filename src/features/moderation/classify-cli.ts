import { answerTextLines } from "../../platform/json-lines.ts";
import { classifiedAnswer } from "../../text/classifier/answer.ts";

/**
 * `confiance classify`: reads JSON Lines `{"text": "…"}` on standard input and writes one line per
 * input, the same object as POST /api/v1/text/classify (keys in a fixed order, scores to 2 decimals).
 */
export function classifyLines(input: NodeJS.ReadableStream, write: (line: string) => void): Promise<number> {
  return answerTextLines(input, write, classifiedAnswer);
}
