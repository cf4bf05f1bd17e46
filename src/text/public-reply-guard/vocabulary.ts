/**
 * The words the public-reply checks read, as pieces of regular expressions over folded text
 * (folded.ts: lower case, no accents, one apostrophe). Each list says what it stands for, so a
 * word is added in one place and every rule that needs it sees it.
 */
const words = (...list: string[]) => `(?:${list.join("|")})`;

/** "votre", "vos", "ta", "ton", "tes" (social networks say "tu"), "your". */
export const POSSESSIVE = String.raw`\b(?:votre|vos|ton|ta|tes|your)\s+`;

/** Up to two words between a possessive and its noun: "votre nouvelle carte", "your new debit card". */
export const ADJECTIVES = String.raw`(?:[a-z'-]+\s+){0,2}?`;

/** What a balance is about: kind "balance". */
export const BALANCE_NOUNS = words("soldes?", "decouverts?", "balances?", "overdrafts?");

/** Movements on an account: kind "operation". */
export const OPERATION_NOUNS = words(
  "prelevements?",
  "virements?",
  "paiements?",
  "operations?",
  "transactions?",
  "retraits?",
  "debits?",
  "cheques?",
  "remboursements?",
  "frais",
  "commissions?",
  "agios",
  "cotisations?",
  "achats?",
  "versements?",
  "depots?",
  "echeances?",
  "mensualites?",
  "payments?",
  "transfers?",
  "withdrawals?",
  "direct debits?",
  "charges?",
  "purchases?",
  "deposits?",
  "refunds?",
  "fees?",
);

/** Products and files the bank holds for someone: kind "account_fact". */
export const ACCOUNT_NOUNS = words(
  String.raw`comptes?(?:\s+(?:courant|joint|epargne|titres|professionnel))?`,
  "livrets?(?: a)?",
  "ldds",
  "lep",
  "pel",
  "cel",
  "pea",
  "assurances?(?:-vie| vie| emprunteur)?",
  "contrats?",
  String.raw`cartes?(?:\s+(?:bancaire|bleue|visa|mastercard|de credit|de paiement))?`,
  "cb",
  "chequiers?",
  "prets?(?: immobilier| personnel| auto| travaux| etudiant| relais)?",
  "credits?(?: immobilier| renouvelable| auto| conso)?",
  "emprunts?",
  "dossiers?(?: de pret| de credit| de financement)?",
  String.raw`demandes?\s+d[e']\s*(?:pret|credit|financement|remboursement|decouvert|carte|ouverture|cloture|virement|opposition|augmentation|rachat|report|modulation|plafond)`,
  "offres? de (?:pret|credit)",
  "plafonds?",
  "taux",
  "releves?",
  "epargne",
  "placements?",
  "code(?: confidentiel| secret| pin)?",
  "fonds",
  "salaire",
  "opposition",
  "souscription",
  "accounts?",
  "cards?",
  "loans?",
  "mortgages?",
  "(?:loan |mortgage |credit )?applications?",
  "files?",
  "limits?",
  "statements?",
  "savings",
  "policy",
  "contracts?",
  "pin",
  "funds",
  "money",
  "salary",
);

/** Any of the above: what "votre …" must name for a reply to reveal something. */
export const HELD_NOUNS = `(?:${BALANCE_NOUNS}|${OPERATION_NOUNS}|${ACCOUNT_NOUNS})`;

/** What staff look at when they check someone's situation ("j'ai vérifié votre historique"). */
export const LOOKED_AT_NOUNS = `(?:${HELD_NOUNS}|situation|historique|profil|espace(?: client)?|history|profile|records?|details)`;

/** People and places of the relationship: "votre conseiller", "your branch". */
export const RELATIONSHIP_NOUNS = words(
  "conseill(?:er|ere)s?",
  "gestionnaires?",
  "chargee? de clientele",
  "agence",
  "banquiere?",
  "advis[oe]rs?",
  "relationship manager",
  "account manager",
  "branch",
);

/** Auxiliaries and adverbs before a state: "a bien été", "n'est pas", "has now been". */
export const AUXILIARY = String.raw`(?:a|ont|est|sont|etait|etaient|sera|seront|avait|avaient|reste|restent|semble|semblent|vient d'etre|viennent d'etre|va etre|vont etre|n'a|n'ont|n'est|ne sont|n'etait|ne sera|is|are|was|were|has|have|had|will be|remains|got)(?:\s+(?:bien|pas|deja|encore|toujours|desormais|actuellement|maintenant|effectivement|ete|bel et bien|malheureusement|been|being|now|already|still|not|currently|just|successfully|indeed))*`;

/** States an account, a card, a loan or a file is in: what only the bank knows. */
export const STATES = String.raw`(?:(?:${words(
  "bloque",
  "debloque",
  "oppose",
  "annule",
  "accorde",
  "valide",
  "refuse",
  "rejete",
  "cloture",
  "ferme",
  "suspendu",
  "debite",
  "credite",
  "preleve",
  "rembourse",
  "verse",
  "envoye",
  "renvoye",
  "reinitialise",
  "expedie",
  "recu",
  "traite",
  "transmis",
  "enregistre",
  "renouvele",
  "active",
  "desactive",
  "accepte",
  "approuve",
  "signe",
  "modifie",
  "augmente",
  "diminue",
  "reduit",
  "resilie",
  "saisi",
  "gele",
  "decaisse",
  "execute",
  "effectue",
  "emis",
  "retenu",
  "capture",
  "avale",
  "expire",
  "etudie",
  "examine",
  "instruit",
  "finalise",
  "complet",
  "incomplet",
  "debiteur",
  "crediteur",
  "impaye",
  "provisionne",
  "negatif",
  "insuffisant",
  "depasse",
  "pret",
  "arrive",
  "parti",
  "programme",
  "revise",
  "libere",
  "mis a jour",
  "mis en place",
  "pris en compte",
  "pris en charge",
)})(?:e|es|s)?\b|en (?:cours|attente|retard|opposition|instruction|traitement|validation|anomalie|suspens)\b|a l'etude\b|a decouvert\b|${words(
  "blocked",
  "unblocked",
  "frozen",
  "cancell?ed",
  "approved",
  "declined",
  "rejected",
  "refused",
  "closed",
  "suspended",
  "debited",
  "credited",
  "charged",
  "refunded",
  "paid",
  "sent",
  "dispatched",
  "received",
  "processed",
  "renewed",
  "activated",
  "deactivated",
  "overdrawn",
  "pending",
  "on hold",
  "under review",
  "in progress",
  "completed?",
  "ready",
  "expired",
  "flagged",
  "reversed",
  "returned",
  "accepted",
  "granted",
  "signed",
  "updated",
  "increased",
  "reduced",
  "released",
  "delayed",
  "overdue",
  "in arrears",
)}\b)`;

/** Verbs in which the bank, speaking, says what it did or saw: "j'ai vérifié", "we've blocked". */
export const BANK_ACTIONS = String.raw`(?:verifi|consult|regard|examin|etudi|analys|control|retrouv|bloqu|debloqu|valid|accord|refus|rembours|annul|clotur|renouvel|modifi|recu|recev|recoi|envoy|expedi|credit|debit|transm|relanc|trait|enregistr|activ|desactiv|augment|diminu|suspend|resili|ferm|vu\b|constat|note|remarqu|identifi|localis|checked|looked (?:at|into)|reviewed|examined|investigated|pulled up|found|located|can see|see\b|could see|noticed|verified|blocked|froze|cancell?ed|refunded|received|processed|escalated|passed|forwarded|approved|declined|closed|reactivated|unblocked|credited|debited|sent|renewed|updated|raised|increased|lowered|reversed|block|cancel|refund)[a-z]*`;

/** An amount of money: "1 250 €", "49,90 euros", "€35", "£10,000", "10 k€". */
export const AMOUNT = String.raw`(?:\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{1,2})?\s?(?:€|k€|eur\b|euros?\b|£|\$)|(?:€|£|\$)\s?\d{1,3}(?:[ ,.]?\d{3})*(?:[.,]\d{1,2})?)`;

/** A rate: "3,2 %", "4% apr". */
export const RATE = String.raw`\d{1,2}(?:[.,]\d{1,3})?\s?%`;

const MONTHS = words(
  "janvier",
  "fevrier",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "aout",
  "septembre",
  "octobre",
  "novembre",
  "decembre",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
);

/** A day: "12/03", "12.03.2025", "3 mars", "1er avril", "March 3rd", "hier", "yesterday". */
export const DATE = String.raw`(?:\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{1,2}(?:er|st|nd|rd|th)?\s+${MONTHS}\b|\b${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:hier|avant-hier|yesterday)\b)`;
