/**
 * A pure function of a text, remembered for the last texts it was asked about, within a count and
 * a number of characters (the oldest forgotten first; a text longer than all the characters is
 * not kept): texts come from anyone, so what is kept stays bounded whatever they write. A post's
 * text goes through several checks on its way to publication, each reading its links or personal
 * data again, and a community's words repeat from post to post: this works each one out once.
 * What it gives back is shared between callers: read-only.
 */
export function rememberedFor<T>(
  limits: { texts: number; characters: number },
  work: (text: string) => T,
): (text: string) => T {
  const kept = new Map<string, T>();
  let characters = 0;
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const result = work(text);
    if (text.length > limits.characters) return result;
    kept.set(text, result);
    characters += text.length;
    for (const oldest of kept.keys()) {
      if (kept.size <= limits.texts && characters <= limits.characters) break;
      kept.delete(oldest);
      characters -= oldest.length;
    }
    return result;
  };
}
