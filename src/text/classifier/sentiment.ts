import { LEXICONS } from "./lexicons.ts";
import type { Clause } from "./normalize.ts";

/** How far back a negator reaches: "je ne suis pas du tout satisfait". */
const NEGATION_REACH = 3;
/** How far forward an intensifier or a diminisher reaches: "très très déçu", "a bit slow". */
const MODIFIER_REACH = 2;
const INTENSIFIED = 1.6;
const DIMINISHED = 0.5;
/** "pas satisfait" is nearly as bad as "insatisfait"; "aucun problème" is only mildly good. */
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.3;
/** "pas reçu", "no answer": a neutral word that was expected and did not happen. */
const MISSING = -1.2;
/** After "mais"/"but" a clause weighs more; before it, less. */
const AFTER_CONTRAST = 1.5;
const BEFORE_CONTRAST = 0.5;

export interface Polarity {
  positive: number;
  negative: number;
}

/** The positive and negative weight of a message's words, negation, modifiers and contrast applied. */
export function polarity(clauses: readonly Clause[]): Polarity {
  const total: Polarity = { positive: 0, negative: 0 };
  for (const clause of clauses) {
    const weight =
      (clause.afterContrast ? AFTER_CONTRAST : 1) * (clause.beforeContrast ? BEFORE_CONTRAST : 1);
    const { words } = clause;
    let negatedAt = -10;
    let modifiedAt = -10;
    let modifier = 1;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (LEXICONS.negators.has(word)) {
        negatedAt = i;
        continue;
      }
      const boost = LEXICONS.intensifiers.has(word)
        ? INTENSIFIED
        : LEXICONS.diminishers.has(word)
          ? DIMINISHED
          : 0;
      if (boost !== 0 && followedBySentiment(words, i)) {
        // "très très": modifiers in a row multiply.
        modifier = i - modifiedAt <= MODIFIER_REACH ? modifier * boost : boost;
        modifiedAt = i;
        continue;
      }
      const negated = i - negatedAt <= NEGATION_REACH;
      let value = LEXICONS.sentiment.get(word) ?? 0;
      if (negated && LEXICONS.expected.has(word)) value = MISSING;
      else if (negated) value *= value > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
      if (value === 0) continue;
      if (i - modifiedAt <= MODIFIER_REACH) value *= modifier;
      value *= weight;
      if (value > 0) total.positive += value;
      else total.negative -= value;
    }
  }
  return total;
}

function followedBySentiment(words: readonly string[], at: number): boolean {
  for (let j = at + 1; j <= at + MODIFIER_REACH && j < words.length; j++) {
    const word = words[j]!;
    if (LEXICONS.sentiment.has(word) || LEXICONS.intensifiers.has(word)) return true;
  }
  return false;
}

/** A score in [-1, 1] from a signed sum, steep near zero and flat at the ends. */
export function squash(sum: number, spread = 4): number {
  return sum / Math.sqrt(sum * sum + spread);
}
