import { rememberedFor } from "./remembered.ts";

/**
 * Folding for comparisons that must see through disguises: case, accents, digits and symbols
 * used as letters ("C0nseiller", "1mbéc1le", "@brut!") and Cyrillic or Greek look-alikes.
 * Used for display names that imitate the bank and for profanity.
 */
const LOOK_ALIKES: Record<string, string> = {
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  "!": "i",
  $: "s",
  "€": "e",
  "|": "l",
  // Cyrillic and Greek letters that look Latin.
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  α: "a",
  ε: "e",
  ι: "i",
  κ: "k",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
};

/**
 * A word's skeleton: only Latin letters a–z, look-alikes folded, "i" and "l" merged. Accents
 * and other marks fall out with everything else outside a–z once the word is decomposed. Every
 * word of every post comes here (profanity, spam fingerprints), and words repeat: each is folded once.
 */
export const skeleton = rememberedFor(1_000_000, (word: string): string => {
  let folded = "";
  for (const char of word.normalize("NFKD").toLowerCase()) {
    const letter = LOOK_ALIKES[char] ?? char;
    if (letter >= "a" && letter <= "z") folded += letter === "i" ? "l" : letter;
  }
  return folded;
});
