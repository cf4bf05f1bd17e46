/**
 * A set of words and stems ("decu*" matches "decu", "decue", "deception" does not) with a value
 * each, looked up in constant time per word: exact words first, then the word's prefixes from the
 * longest down to three letters.
 */
export class WordTable<T> {
  readonly #exact = new Map<string, T>();
  readonly #stems = new Map<string, T>();
  #longestStem = 0;

  add(list: string, value: T): this {
    for (const entry of list.split(/\s+/)) {
      if (entry === "") continue;
      if (entry.endsWith("*")) {
        const stem = entry.slice(0, -1);
        if (!this.#stems.has(stem)) this.#stems.set(stem, value);
        this.#longestStem = Math.max(this.#longestStem, stem.length);
      } else if (!this.#exact.has(entry)) this.#exact.set(entry, value);
    }
    return this;
  }

  get(word: string): T | undefined {
    const exact = this.#exact.get(word);
    if (exact !== undefined) return exact;
    for (let length = Math.min(word.length, this.#longestStem); length >= 3; length--) {
      const value = this.#stems.get(word.slice(0, length));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  get size(): number {
    return this.#exact.size + this.#stems.size;
  }
}

/** How many times the cues occur in a normalised text, each weighted, at most twice each. */
export function cueScore(flat: string, cues: readonly [RegExp, number][]): number {
  let score = 0;
  for (const [pattern, weight] of cues) {
    pattern.lastIndex = 0;
    let count = 0;
    while (count < 2 && pattern.exec(flat) !== null) count++;
    score += count * weight;
  }
  return score;
}

export function matchesAny(flat: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(flat);
  });
}
