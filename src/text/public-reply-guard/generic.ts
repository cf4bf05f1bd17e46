/**
 * What makes a sentence general help rather than a statement about someone's account: a
 * condition ("si votre carte est perdue", "if your card was stolen"), a habit ("en général"),
 * an instruction ("connectez-vous à votre espace", "pour bloquer votre carte", "vous pouvez",
 * "please check your balance"), an invitation to check ("vérifiez que…"). Over folded text.
 */

// "s'il vous plaît" is politeness, not a condition.
const CONDITION =
  /\b(?:si|s'(?:il(?!\s+(?:vous|te)\s+plait)|ils|elle|elles)|en cas d|au cas ou|lorsqu|quand|des que|une fois que|une fois|chaque fois|tant que|meme si|sauf si|a condition|if|in case|when|whenever|once|as soon as|unless|provided)\b/;

const HABIT =
  /\b(?:en general|generalement|habituellement|en principe|d'habitude|dans tous les cas|en regle generale|usually|generally|typically|in general|as a rule|normally)\b/;

const CHECK_THAT =
  /\b(?:verifi\w*|assurez-vous|assure-toi|controlez|regardez|make sure|check|ensure|see)\s+(?:bien\s+)?(?:que|qu'|si|that|whether|if)\b/;

// Words that put what follows in the mode of advice or of a possibility, not of a fact.
const INSTRUCTION =
  /\b(?:merci d|n'hesitez pas|vous pouvez|vous pourrez|vous pourriez|vous devez|vous devrez|vous devriez|tu peux|il suffit|il vous suffit|pensez a|invite a|invitons a|conseille de|conseillons de|recommande de|recommandons de|il faut|il faudra|il est possible|possibilite de|permet de|permettent de|permettra de|moyen de|comment|veuillez|n'oubliez pas|evitez|ne jamais|jamais|afin d|en vous connectant|vous avez la possibilite|libre a vous|a vous de|vous n'avez qu'a|nous pouvons|je peux|on peut|pouvez-vous|pourriez-vous|souhaitez-vous|voulez-vous|please|you can|you could|you may|you might|you should|you'll need|you will need|you need|feel free|don't forget|do not forget|remember to|how to|we can help|never)\b|\bpour\s+(?!(?:votre|vos|ton|ta|tes|le|la|les|l'|un|une|des|ce|cette|cet|vous|toute|tout|nous|information|rappel|info)\b)[a-z]+(?:er|ir|re|oir)\b|\bto\s+(?!(?:your|the|a|an|us|you|our|my|this|that|be|date)\b)[a-z]+\b/;

// An instruction given by a verb in the imperative at the head of a clause: "consultez", "bloquez",
// "rendez-vous", "faites", and in English "check", "log in", "call".
const IMPERATIVE_HEAD =
  /^\s*(?:(?:et|ou|puis|ensuite|alors|donc|sinon|aussi|ne|n'|merci,?|and|or|then|also|just|simply|kindly|otherwise)\s*)*(?:(?!chez\b|assez\b)[a-z]+ez(?:-[a-z]+)?|faites|dites|check|log|sign|block|freeze|lock|call|contact|visit|open|go|head|download|update|change|reset|report|review|manage|access|view|see|use|tap|select|keep|protect|send|enter|order|request|activate|set|add|follow|dm|message|write|reach)\b/;

/** The part of the sentence before `at` that belongs to the same clause (after the last comma or colon). */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(":"), before.lastIndexOf("("));
  return before.slice(cut + 1);
}

function clauseAfter(sentence: string, at: number): string {
  const after = sentence.slice(at);
  const cut = after.search(/[,:(]/);
  return cut < 0 ? after : after.slice(0, cut);
}

/** A condition or a habit governs the match: it is said of anyone, not of this person. */
export function isConditional(sentence: string, start: number, end: number): boolean {
  return (
    CONDITION.test(sentence.slice(0, start)) ||
    CONDITION.test(clauseAfter(sentence, end)) ||
    HABIT.test(sentence) ||
    CHECK_THAT.test(sentence.slice(0, start))
  );
}

/** The match is advice or a possibility (or under a condition): general help. */
export function isGeneralHelp(sentence: string, start: number, end: number): boolean {
  if (isConditional(sentence, start, end)) return true;
  const clause = clauseBefore(sentence, start);
  return INSTRUCTION.test(clause) || IMPERATIVE_HEAD.test(clause);
}

// Amounts said of a product's terms, not of someone's money: "jusqu'à 3 000 €", "2 € par mois".
const TERMS =
  /\b(?:minimum|maximum|minimal|maximal|au moins|au plus|jusqu'a|a partir d|des le|depuis le|par (?:mois|an|jour|trimestre|semaine|operation|retrait|virement)|chaque|tous les|toutes les|gratuit\w*|tarif\w*|offert\w*|s'appliqu\w*|up to|at least|per (?:month|year|day|transaction)|every|free|starting|as of|effective|from)\b/;

/** An amount stated as a product's general terms, not as this person's. */
export function isProductTerms(sentence: string): boolean {
  return TERMS.test(sentence);
}

// "jusqu'à 3 000 €", "à partir de 10 €", "up to £500": a product's range, not someone's figure.
const RANGE_BEFORE_FIGURE =
  /\b(?:jusqu'a|a partir d[e']|au moins|au plus|minimum|maximum|up to|from|at least)\s*(?:de\s+|d'\s*)?\d/;

/** "votre plafond jusqu'à 3 000 €": the figure after a possessive is the offer's range. */
export function isOfferedAmount(match: string): boolean {
  return RANGE_BEFORE_FIGURE.test(match);
}
