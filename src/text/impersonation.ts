import { skeleton } from "./skeleton.ts";

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

/** The reserved term the name imitates, if any. */
export function imitatedName(displayName: string, reserved: readonly string[]): string | undefined {
  const folded = skeleton(displayName);
  return reserved.find((term) => {
    const target = skeleton(term);
    return target.length > 0 && folded.includes(target);
  });
}
