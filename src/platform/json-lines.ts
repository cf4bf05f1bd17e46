import { createInterface } from "node:readline";

/** What one line gets: an answer, or the reason it was refused (the run goes on either way). */
export type LineAnswer = { ok: true; answer: object } | { ok: false; error: string };

/**
 * The loop behind the commands that read JSON Lines on standard input (`confiance text-check`,
 * `classify`, `stats`): one JSON answer per line, in order. Blank lines are skipped; a line that
 * is not JSON, or that `answer` refuses, gets `{"error": "…"}`; the exit code is 1 if any line was
 * refused, else 0.
 */
export async function answerJsonLines(
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  answer: (value: unknown) => LineAnswer,
): Promise<number> {
  let refused = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      refused++;
      write(JSON.stringify({ error: "This line is not JSON: one JSON object per line." }));
      continue;
    }
    const result = answer(value);
    if (!result.ok) refused++;
    write(JSON.stringify(result.ok ? result.answer : { error: result.error }));
  }
  return refused > 0 ? 1 : 0;
}

/** The text commands' lines: `{"text": "…"}`. */
export function answerTextLines(
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  answer: (text: string) => object,
): Promise<number> {
  return answerJsonLines(input, write, (value) => {
    const text = (value as { text?: unknown } | null)?.text;
    return typeof text === "string"
      ? { ok: true, answer: answer(text) }
      : { ok: false, error: 'Each line must be a JSON object with a "text" string.' };
  });
}
