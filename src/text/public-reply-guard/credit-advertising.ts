import { fold } from "./folded.ts";
import { ADJECTIVES, AMOUNT, HELD_NOUNS, POSSESSIVE, RATE } from "./vocabulary.ts";

/**
 * Credit advertising (Code de la consommation L312-5): a reply that speaks of a credit with a
 * rate or an amount must carry the legal sentence, in French whatever the reply's language.
 * Pure: no I/O.
 */
export const CREDIT_WARNING =
  "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.";

/** For an English reader, next to the French sentence (which alone is the legal one). */
export const CREDIT_WARNING_ENGLISH_NOTE =
  "Taking out a loan is a commitment and it must be repaid. Check that you can afford the repayments before committing.";

export interface CreditFinding {
  kind: "credit_without_warning";
  /** The first mention of a credit with a rate or an amount: UTF-16 offsets, end excluded. */
  start: number;
  end: number;
}

// Someone's own loan ("votre prêt", "your mortgage payment") is not an offer: bank secrecy's
// business, not advertising's. A credit, not a bank's name ("Crédit Agricole"), a tax credit, a credit card or "crédité".
// "prêt" is a loan after a determiner or before its kind, not "prêt à vous aider".
const CREDIT =
  /\b(?<!\b(?:votre|vos|ton|ta|tes|your)\s+(?:[a-z'-]+\s+){0,2})(?:(?<!carte de |carte )credits?\b(?!\s+(?:agricole|mutuel|lyonnais|du nord|cooperatif|foncier|d'impot|card|score))|(?:un|le|du|au|ce|notre|nos|des|d'un|de|d')\s*prets?\b|prets? (?:immobilier|personnel|auto|travaux|etudiant|relais|a taux|in fine|amortissable|a la consommation)|emprunts?\b|financements?\b|taeg\b|taux annuel effectif global|taux debiteur|taux nominal|mensualites?\b|ptz\b|rachat de credits?|regroupement de credits?|location avec option d'achat|loans?\b|mortgages?\b|apr\b|financing\b|borrow\w*)/g;

const FIGURE = `${RATE}|${AMOUNT}|\\btaux zero\\b|\\b0 ?%`;
const FIGURES = new RegExp(FIGURE, "g");
// "votre mensualité de 812 €": a figure of someone's own contract, not of an offer.
const OWNED_FIGURE = new RegExp(
  `${POSSESSIVE}${ADJECTIVES}${HELD_NOUNS}\\b(?:[^,:;().!?\\n]|\\.(?=\\d)){0,40}?(?:${FIGURE})`,
  "g",
);

/** How far from a credit's mention a rate or an amount still speaks of it. */
const BEFORE = 120;
const AFTER = 160;

const letters = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const WARNING = letters(CREDIT_WARNING);

/** Whether the reply carries the legal sentence, whatever its apostrophes, spaces, quotes and case. */
export function hasCreditWarning(text: string): boolean {
  return ` ${letters(text)} `.includes(` ${WARNING} `);
}

/** The credit offer with a figure that lacks the legal sentence, if any. */
export function findCreditWithoutWarning(text: string): CreditFinding[] {
  const folded = fold(text);
  const owned = [...folded.matchAll(OWNED_FIGURE)].map((m) => m.index + m[0].length);
  const figures = [...folded.matchAll(FIGURES)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((f) => !owned.includes(f.end));
  for (const credit of folded.matchAll(CREDIT)) {
    const start = credit.index;
    const end = start + credit[0].length;
    const near = figures.find(
      (f) => f.end > start - BEFORE && f.start < end + AFTER && !crossesParagraph(folded, f, start),
    );
    if (near) {
      if (hasCreditWarning(text)) return [];
      return [
        { kind: "credit_without_warning", start: Math.min(start, near.start), end: Math.max(end, near.end) },
      ];
    }
  }
  return [];
}

function crossesParagraph(folded: string, figure: { start: number; end: number }, at: number): boolean {
  const [from, to] = figure.start < at ? [figure.end, at] : [at, figure.start];
  return folded.slice(from, to).includes("\n\n");
}
