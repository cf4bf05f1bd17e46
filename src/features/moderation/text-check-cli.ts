import { createInterface } from "node:readline";
import type { Locale } from "../../config.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { publishable } from "../../text/personal-data-masking.ts";

/**
 * `confiance text-check`: audits existing text in bulk. Reads JSON Lines `{"text": "…"}` on
 * standard input and writes one JSON result per line, the same shape as POST /api/v1/text/check.
 * A line that is not such an object gets `{"error": "…"}` and the run goes on; the exit code is 1
 * if any line was refused.
 */
export async function textCheck(
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  locale: Locale,
): Promise<number> {
  const words = i18nFor(locale);
  let refused = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === "") continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
    if (typeof text !== "string") {
      refused++;
      write(JSON.stringify({ error: 'Each line must be a JSON object with a "text" string.' }));
      continue;
    }
    const { text: masked, findings } = publishable(text, { publish: words, reader: words });
    write(JSON.stringify({ masked, findings }));
  }
  return refused > 0 ? 1 : 0;
}
