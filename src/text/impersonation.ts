/**
 * Display names that would let a member pass for the bank. Names are compared after folding
 * case, accents, spacing, punctuation and look-alike characters (Cyrillic "а", digits "0"/"1",
 * "@"…), so "C0nseiller  Bánque" and "Sеrvice-Client" (with a Cyrillic е) are caught too.
 */
export const DEFAULT_RESERVED_NAMES = [
  "conseiller",
  "conseillere",
  "support",
  "service client",
  "officiel",
  "officielle",
  "moderateur",
  "moderatrice",
  "administrateur",
  "admin",
  "equipe",
  "banque",
  "advisor",
  "official",
  "customer service",
  "staff",
];

const LOOK_ALIKES: Record<string, string> = {
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
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

/** A skeleton of the name: only Latin letters a–z, look-alikes folded, "i" and "l" merged. */
export function nameSkeleton(name: string): string {
  return [...name.normalize("NFKD").toLowerCase()]
    .map((char) => LOOK_ALIKES[char] ?? char)
    .join("")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z]/g, "")
    .replace(/i/g, "l");
}

/** The reserved term the name imitates, if any. */
export function imitatedName(displayName: string, reserved: readonly string[]): string | undefined {
  const skeleton = nameSkeleton(displayName);
  return reserved.find((term) => {
    const target = nameSkeleton(term);
    return target.length > 0 && skeleton.includes(target);
  });
}
