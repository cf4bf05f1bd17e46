import { fold, sentences } from "./folded.ts";
import { isConditional, isGeneralHelp, isOfferedAmount, isProductTerms } from "./generic.ts";
import {
  ACCOUNT_NOUNS,
  ADJECTIVES,
  AMOUNT,
  AUXILIARY,
  BALANCE_NOUNS,
  BANK_ACTIONS,
  DATE,
  HELD_NOUNS,
  LOOKED_AT_NOUNS,
  OPERATION_NOUNS,
  POSSESSIVE,
  RATE,
  RELATIONSHIP_NOUNS,
  STATES,
} from "./vocabulary.ts";

/**
 * Bank secrecy (CMF L511-33) in a staff member's public reply: text that tells a reader this
 * person is a client, or anything about their accounts (PRODUCT.md, "Banks on social networks";
 * issue #14). Pure: no I/O. Reads folded text (folded.ts), sentence by sentence.
 *
 * What counts is the bank's knowledge: a possessive with a state only the bank knows ("votre
 * prêt est accordé"), the bank saying what it checked or did ("j'ai vérifié votre dossier",
 * "nous avons bloqué votre carte"), a balance, an operation with its amount and date, a card's
 * or account's digits. General help is not a hit: a condition ("si votre carte est perdue"),
 * an instruction ("connectez-vous à votre espace", "pour bloquer votre carte"), a habit.
 */
export const BANK_SECRECY_KINDS = [
  "client_relationship",
  "account_fact",
  "balance",
  "operation",
  "card_or_account_digits",
] as const;
export type BankSecrecyKind = (typeof BANK_SECRECY_KINDS)[number];

export interface BankSecrecyFinding {
  kind: BankSecrecyKind;
  /** UTF-16 offsets in the text, end excluded. */
  start: number;
  end: number;
}

/** How much of the sentence decides whether a match is general help. */
type Exemption = "none" | "condition" | "help" | "terms" | "offer";

interface Rule {
  pattern: RegExp;
  kind: BankSecrecyKind | ((match: string) => BankSecrecyKind);
  exemption: Exemption;
  /** Only when the sentence speaks to someone ("vous", "your"): "débité de 49,90 €". */
  addressed?: true;
}

const re = (source: string) => new RegExp(source, "g");
const BALANCE = new RegExp(`\\b${BALANCE_NOUNS}\\b`);
const OPERATION = new RegExp(`\\b${OPERATION_NOUNS}\\b`);

/** The kind a possessive's noun gives: "votre solde" a balance, "votre virement" an operation. */
function kindOfNoun(match: string): BankSecrecyKind {
  if (BALANCE.test(match)) return "balance";
  if (OPERATION.test(match)) return "operation";
  return "account_fact";
}

const FIRST_PERSON = String.raw`\b(?:j'ai|nous avons|nous vous avons|je vous ai|on a|on vous a|je viens de|nous venons de|je viens d'|nous venons d'|nous allons|je vais|je|nous|on|i|we|i've|we've|i have|we have|i had|we had|i'll|we'll|i just|we just)(?:\s+|(?<='))(?:bien\s+|deja\s+|rapidement\s+|personnellement\s+|just\s+|already\s+)?`;

const RULES: Rule[] = [
  // "votre prêt est accordé", "your card has been blocked", "votre demande de prêt a bien été reçue".
  {
    pattern: re(`${POSSESSIVE}${ADJECTIVES}${HELD_NOUNS}\\b[^,:;()]{0,60}?\\b${AUXILIARY}\\s+${STATES}`),
    kind: kindOfNoun,
    exemption: "help",
  },
  // "votre prêt de 150 000 €", "votre taux de 3,2 %", "your overdraft of £500".
  {
    pattern: re(`${POSSESSIVE}${ADJECTIVES}${HELD_NOUNS}\\b[^,:;()]{0,40}?(?:${AMOUNT}|${RATE})`),
    kind: kindOfNoun,
    exemption: "offer",
  },
  // "j'ai vérifié votre dossier", "nous avons bloqué votre carte", "I've checked your account".
  {
    pattern: re(
      `${FIRST_PERSON}${BANK_ACTIONS}[^,:;()]{0,40}?${POSSESSIVE}${ADJECTIVES}${LOOKED_AT_NOUNS}\\b`,
    ),
    kind: "client_relationship",
    exemption: "condition",
  },
  // "je vois sur votre compte", "nous constatons dans vos opérations", "our records show".
  {
    pattern: re(
      String.raw`\b(?:je vois|nous voyons|on voit|je constate|nous constatons|je remarque|nous remarquons|il apparait|il ressort|je lis|apres (?:verification|examen|consultation|controle|analyse|etude)|after (?:checking|reviewing|looking (?:at|into))|looking at)\b[^,:;()]{0,30}?(?:${POSSESSIVE}${ADJECTIVES}${LOOKED_AT_NOUNS}\b|(?:sur|dans) (?:votre|vos)\b)`,
    ),
    kind: "client_relationship",
    exemption: "condition",
  },
  {
    pattern: re(
      String.raw`\b(?:(?:selon|d'apres) nos (?:informations|donnees|fichiers|registres|systemes|outils|releves)|nos (?:fichiers|systemes|registres|outils) (?:indiquent|montrent|font apparaitre)|according to our (?:records|systems)|our (?:records|systems) (?:show|indicate))\b`,
    ),
    kind: "client_relationship",
    exemption: "condition",
  },
  // "nous vous avons remboursé", "nous vous avons accordé un prêt".
  {
    pattern: re(
      String.raw`\b(?:nous|je|on) vous (?:avons|ai|a) (?:bien\s+|deja\s+)?(?:rembourse|credite|preleve|debite|facture|accorde|envoye|expedie|verse|bloque|refuse)\w*`,
    ),
    kind: "account_fact",
    exemption: "condition",
  },
  // "votre conseiller vous rappellera", "votre conseillère, Mme Martin", "your advisor will call".
  {
    pattern: re(
      String.raw`${POSSESSIVE}${RELATIONSHIP_NOUNS}\b(?:\s*,?\s*(?:m\.|mme|madame|monsieur|mr\.?|mrs\.?|ms\.?)\s+[a-z]|[^,;:.()]{0,40}?\b(?:vous\s+(?:rappell|recontact|contact|appell|repond|ecri)\w*|vous a (?:appele|contacte|repondu|ecrit)|va vous|reviendra|revient vers|a (?:bien\s+)?(?:recu|transmis|traite|note|pris|valide|etudie|ete)|est (?:en conges|absente?|informee?|au courant|en copie|saisie?)|nous a|will (?:call|contact|get back|be in touch)|has (?:received|been|forwarded|passed)|is aware))`,
    ),
    kind: "client_relationship",
    exemption: "help",
  },
  // "vous êtes bien client chez nous", "you are an existing customer", "merci de votre fidélité".
  {
    pattern: re(
      String.raw`\b(?:vous etes|vous etiez|tu es)\s+(?:bien\s+|effectivement\s+|deja\s+|toujours\s+|un\s+|une\s+|notre\s+|nos\s+|parmi nos\s+|fidele\s+|tres\s+)*client(?:e|s|es)?\b|\byou(?:'re| are)\s+(?:already\s+|indeed\s+|a\s+|an\s+|one of our\s+|existing\s+|valued\s+|loyal\s+|long-standing\s+)*(?:customer|client)s?\b|\bchez nous depuis\b|\b(?:votre|ta|your)\s+(?:fidelite|anciennete|loyalty)\b|\bwith us since\b|\bbanking with us\b`,
    ),
    kind: "client_relationship",
    exemption: "condition",
  },
  // "vous avez souscrit un prêt", "you have an account with us", "you took out a loan".
  {
    pattern: re(
      String.raw`\b(?:vous avez|vous aviez|tu as)\s+(?:bien\s+|effectivement\s+|deja\s+|recemment\s+)?(?:souscrit|ouvert|signe|contracte|demande|sollicite|resilie|cloture|obtenu)\s+(?:un|une|des|le|la|les|l'|votre|vos|ton|ta|tes)\s*${ACCOUNT_NOUNS}\b|\b(?:vous avez|vous possedez|vous detenez)\s+(?:bien\s+|effectivement\s+|deja\s+)?(?:un|une|des|plusieurs|deux)\s+${ACCOUNT_NOUNS}\b[^,;:.]{0,30}?\bchez nous\b|\byou(?:'ve| have)\s+(?:an?|the)\s+(?:account|loan|mortgage|card|overdraft)\s+with us\b|\byou(?:'ve| have)?\s+(?:recently\s+|already\s+)?(?:opened|applied for|took out|taken out|signed up for)\s+(?:an?|the|your)\s+(?:account|loan|mortgage|card|overdraft|savings)`,
    ),
    kind: "client_relationship",
    exemption: "condition",
  },
  // "vous avez été débité", "you were charged twice".
  {
    pattern: re(
      String.raw`\b(?:vous (?:avez|aviez|n'avez pas) (?:bien\s+|deja\s+)?ete|you (?:have been|were|got|'ve been))\s+(?:debite|preleve|credite|rembourse|facture|verse|indemnise|charged|debited|credited|refunded|billed|paid)\w*`,
    ),
    kind: "operation",
    exemption: "condition",
  },
  {
    pattern: re(
      String.raw`\b(?:vous (?:avez|aviez|n'avez pas) (?:bien\s+|deja\s+)?ete|vous etes (?:bien\s+|actuellement\s+|toujours\s+)?)\s*(?:inscrit|fiche|radie|interdit bancaire|en retard de paiement|en situation d'impaye)\w*`,
    ),
    kind: "account_fact",
    exemption: "condition",
  },
  // "vous êtes à découvert", "vous avez un découvert de 300 €", "you're overdrawn".
  {
    pattern: re(
      String.raw`\b(?:vous etes|vous etiez|tu es|votre compte est)\s+(?:actuellement\s+|toujours\s+|encore\s+|bien\s+|deja\s+|legerement\s+|largement\s+)?(?:a|en)\s+decouvert\b|\b(?:vous avez|tu as)\s+(?:actuellement\s+|toujours\s+|encore\s+)?(?:un|une)\s+(?:decouvert|solde (?:debiteur|negatif))\b|\byou(?:'re| are)\s+(?:currently\s+|still\s+)?overdrawn\b|\boverdrawn by\b`,
    ),
    kind: "balance",
    exemption: "condition",
  },
  // "solde de 1 250 €", "a balance of £320".
  {
    pattern: re(`\\b(?:solde|balance)\\b[^.;:()]{0,30}?${AMOUNT}`),
    kind: "balance",
    exemption: "terms",
  },
  // "le prélèvement de 49,90 € du 12/03", "the payment of €35 on 3 March".
  {
    pattern: re(
      `\\b(?:le|la|l'|ce|cet|cette|un|une|the|this|that|a)\\s*${ADJECTIVES}${OPERATION_NOUNS}\\b[^.;:()]{0,50}?(?:${AMOUNT}[^.;:()]{0,50}?${DATE}|${DATE}[^.;:()]{0,50}?${AMOUNT})`,
    ),
    kind: "operation",
    exemption: "terms",
  },
  // "débité de 49,90 €", "charged €12.50" — with "vous"/"votre" in the sentence (checked below).
  {
    pattern: re(
      String.raw`\b(?:debite|preleve|credite|facture|rembourse|verse|charged|debited|credited|billed|refunded)\w*\s+(?:de\s+|d'un montant de\s+|of\s+|with\s+)?${AMOUNT}`,
    ),
    kind: "operation",
    exemption: "terms",
    addressed: true,
  },
  // "carte se terminant par 4321", "****1234", "les 4 derniers chiffres : 4321", "compte n° 000123456".
  {
    pattern: re(
      String.raw`\b(?:se\s+)?(?:terminant|termine|finissant|finit|finissent|ending|ends)\s+(?:par|en|in|with|by)\s+(?:les chiffres\s+|the digits\s+)?[*x•.\s]*\d{2,6}\b|(?<![a-z0-9])(?:[*•x][ -]?){4,}\d{2,6}\b|\b(?:derniers chiffres|last (?:four |4 )?digits)\b[^.;\d]{0,40}\d{2,6}\b|\b(?:compte|account|contrat|contract|dossier|pret|loan|file|carte|card|rib|reference|ref)\s*(?:n\s?°|no\.?|num(?:ero)?\.?|number|#)\s*:?\s*[a-z]{0,3}-?\d[\d\s-]{3,}\d|\b(?:compte|account)\s+\d{6,}\b|\b(?:fr|de|be|es|it|lu|mc|ch|nl|pt|gb|at|ie)\d{2}(?:\s?[\dx*•]{4}){1,6}`,
    ),
    kind: "card_or_account_digits",
    exemption: "none",
  },
];

const ADDRESSED = /\b(?:vous|votre|vos|tu|ton|ta|tes|you|your)\b/;

function exempt(rule: Rule, sentence: string, start: number, end: number): boolean {
  switch (rule.exemption) {
    case "none":
      return false;
    case "condition":
      return isConditional(sentence, start, end);
    case "help":
      return isGeneralHelp(sentence, start, end);
    case "terms":
      return isGeneralHelp(sentence, start, end) || isProductTerms(sentence);
    case "offer":
      return isGeneralHelp(sentence, start, end) || isOfferedAmount(sentence.slice(start, end));
  }
}

/** Everything in a staff reply that breaks bank secrecy, in order, overlaps merged per kind. */
export function findBankSecrecy(text: string): BankSecrecyFinding[] {
  const found: BankSecrecyFinding[] = [];
  for (const sentence of sentences(fold(text))) {
    for (const rule of RULES) {
      for (const match of sentence.text.matchAll(rule.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (exempt(rule, sentence.text, start, end)) continue;
        if (rule.addressed && !ADDRESSED.test(sentence.text)) continue;
        const kind = typeof rule.kind === "function" ? rule.kind(match[0]) : rule.kind;
        found.push({ kind, start: sentence.start + start, end: sentence.start + end });
      }
    }
  }
  return merged(found);
}

function merged(findings: BankSecrecyFinding[]): BankSecrecyFinding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BankSecrecyFinding[] = [];
  for (const finding of sorted) {
    const last = kept.at(-1);
    if (last && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      continue;
    }
    kept.push({ ...finding });
  }
  return kept;
}
