/**
 * A pure function of a text, remembered for the last `size` texts it was asked about (the oldest
 * forgotten first). A post's text goes through several checks on its way to publication, each
 * reading its links or personal data again, and a community's words repeat from post to post:
 * this works each one out once. What it gives back is shared between callers: read-only.
 */
export function rememberedFor<T>(size: number, work: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const result = work(text);
    if (kept.size >= size) kept.delete(kept.keys().next().value as string);
    kept.set(text, result);
    return result;
  };
}
