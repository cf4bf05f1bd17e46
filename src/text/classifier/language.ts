/**
 * French or English, by the share of each language's function words (and French accents, which
 * English text rarely has). Short or undecidable text is French, the platform's first language.
 */
export type Language = "fr" | "en";

const FRENCH = new Set(
  `le la les un une des du de d l au aux et ou mais donc car ni que qu qui quoi quand je j tu il elle on nous
  vous ils elles me m te t se s ce c cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur
  leurs ne n pas plus rien jamais est suis es sommes etes sont ai as avons avez ont fait faire etre avoir
  dans sur sous avec sans pour par chez vers depuis pendant apres avant toujours encore deja tres trop bien
  merci bonjour bonsoir salut svp oui non aussi comme si tout tous toute toutes meme quel quelle quels
  quelles comment pourquoi ou y en cela ca voici voila bonne journee cordialement madame monsieur banque
  compte carte virement prelevement retrait conseiller agence frais mois semaine semaines jours jour fois
  avoir recu reponse aucun aucune personne chose vos votre je suis c est il y a`.split(/\s+/),
);
const ENGLISH = new Set(
  `the a an and or but so because nor that which who what when where why how i you he she it we they me him
  her us them my your his its our their mine yours is am are was were be been being have has had do does
  did not no never nothing don t can could will would should shall may might must of to in on at by for
  with without from into about after before since still yet already very too really just also again please
  thanks thank hello hi dear regards sincerely bank account card transfer payment fee fees branch advisor
  month week weeks days day times time this these those there here got get received answer reply any
  anyone someone some all every each`.split(/\s+/),
);

export function detectLanguage(original: string, words: readonly string[]): Language {
  let fr = (original.match(/[éèêàùçôîâœ]/gi) ?? []).length * 0.5;
  let en = 0;
  for (const word of words) {
    if (FRENCH.has(word)) fr++;
    if (ENGLISH.has(word)) en++;
  }
  return en > fr ? "en" : "fr";
}
