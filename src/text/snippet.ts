/**
 * A passage shown out of a longer text (a search result) says where it was cut: it never ends
 * in the middle of a word, and "…" stands where the text goes on.
 */
export const ELLIPSIS = "…";

/** The first `max` characters of a text, cut after the last whole word, "…" when something was left out. */
export function openingPassage(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  const words = (lastSpace > max / 2 ? cut.slice(0, lastSpace) : flat.slice(0, max)).replace(
    /[\s,;:–-]+$/,
    "",
  );
  return `${words}${ELLIPSIS}`;
}

/**
 * A passage the database chose around the matched words (whole words already). It came from
 * inside a sentence when it starts in lower case, and the sentence goes on when it does not end
 * with a full stop: both get "…".
 */
export function innerPassage(passage: string): string {
  const flat = passage.replace(/\s+/g, " ").trim();
  if (!flat) return flat;
  // Highlight marks are control characters: they do not count as the first or last character.
  const visible = flat.replace(/^\p{Cc}+|\p{Cc}+$/gu, "");
  const startsInside = /^\p{Ll}/u.test(visible);
  const endsInside = !/[.!?…)»"]$/.test(visible);
  return `${startsInside ? ELLIPSIS : ""}${flat}${endsInside ? ELLIPSIS : ""}`;
}
