/**
 * The text as the public-reply checks read it: lower case, without accents, one kind of
 * apostrophe and of space, and exactly as long as the original, so a match's offsets in the
 * folded text are its offsets in what the advisor wrote. Pure.
 */
const APOSTROPHES = /['’ʼ‘`´′]/u;

export function fold(text: string): string {
  let out = "";
  for (const char of text) {
    let folded: string;
    if (APOSTROPHES.test(char)) folded = "'";
    else if (char === "\n" || char === "\r") folded = "\n";
    else if (/\s/u.test(char)) folded = " ";
    else folded = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    // "İ" lowers to two characters: keep the length, whatever the fold gave.
    out += folded.length === char.length ? folded : char.length === 1 ? char.toLowerCase().slice(0, 1) : char;
  }
  return out;
}

export interface Sentence {
  /** The folded sentence. */
  text: string;
  /** Where it starts in the text. */
  start: number;
}

// A sentence ends at ".", "!", "?" or "…" followed by a space or the end (not "1.250" nor
// "12.03"), at a line break, or at ";" — each part of a reply is judged on its own.
const SENTENCE_END = /[.!?…]+(?=\s|$|["»)])|\n+|;/g;

export function sentences(folded: string): Sentence[] {
  const found: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    if (folded.slice(from, to).trim()) found.push({ text: folded.slice(from, to), start: from });
  };
  for (const end of folded.matchAll(SENTENCE_END)) {
    push(end.index + end[0].length);
    from = end.index + end[0].length;
  }
  push(folded.length);
  return found;
}
