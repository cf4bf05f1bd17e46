import type { Locale } from "../../config.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { answerTextLines } from "../../platform/json-lines.ts";
import { publishable } from "../../text/personal-data-masking.ts";

/**
 * `confiance text-check`: audits existing text in bulk. Reads JSON Lines `{"text": "…"}` on
 * standard input and writes one JSON result per line, the same shape as POST /api/v1/text/check.
 */
export function textCheck(
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  locale: Locale,
): Promise<number> {
  const words = i18nFor(locale);
  return answerTextLines(input, write, (text) => {
    const { text: masked, findings } = publishable(text, { publish: words, reader: words });
    return { masked, findings };
  });
}
