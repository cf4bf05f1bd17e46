import { createInterface } from "node:readline";

/**
 * The loop behind `confiance text-check` and `confiance classify`: reads JSON Lines
 * `{"text": "…"}` on standard input and writes one JSON answer per line. Blank lines are
 * skipped; a line that is not such an object gets `{"error": "…"}` and the run goes on; the exit
 * code is 1 if any line was refused, else 0.
 */
export async function answerTextLines(
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  answer: (text: string) => object,
): Promise<number> {
  let refused = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === "") continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown } | null)?.text;
    } catch {
      text = undefined;
    }
    if (typeof text !== "string") {
      refused++;
      write(JSON.stringify({ error: 'Each line must be a JSON object with a "text" string.' }));
      continue;
    }
    write(JSON.stringify(answer(text)));
  }
  return refused > 0 ? 1 : 0;
}
