import { maskPersonalData } from "../../text/personal-data.ts";

/**
 * The words of a message the drivers count (docs/barometer.md, "Drivers"): pure, no I/O.
 *
 * - personal data the masking finds (IBAN, card, phone, e-mail, NIR) and web addresses are
 *   removed first;
 * - a word written with a capital (a name, a town, an acronym) is left out, whatever its place:
 *   what is kept says what went wrong, never who it happened to;
 * - words are lowered and their accents removed ("prélèvement" and "prelevement" are one word),
 *   elisions cut ("l'agence" → "agence");
 * - words under three letters, numbers and the common words of French and English are left out;
 * - each word once per message: the drivers count messages, not repetitions.
 */
const STOP_WORDS = new Set(
  `alors aussi autre autres avaient avais avait avant avec avez avoir avons beaucoup bien car cela celle celles
  celui ces cet cette ceux chez comme comment dans des deja depuis donc dont elle elles encore est etaient
  etais etait ete etes etre eux fait faire fais faut leur leurs lui mais meme mes moi mon nos notre nous
  ont oui par parce pas peu peut plus pour pourquoi quand que quel quelle quelles quels qui quoi sans ses
  seulement son sont sous suis sur tous tout toute toutes tres une vos votre vous bonjour merci cordialement
  madame monsieur svp avez avait aura auront serait ceci voici voila ici ainsi apres entre vers chaque
  the and for are but not you your yours with this that these those have has had was were been being from
  they them their there what which who whom when where why how all any can could would should will just
  than then too very its our ours out about into over also hello thanks thank please dear regards`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu;
const WORD = /\p{L}+/gu;
const MIN_LENGTH = 3;
const MAX_LENGTH = 30;

const plain = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function termsOf(text: string): string[] {
  const { masked } = maskPersonalData(text, () => " ");
  const words = new Set<string>();
  for (const [written] of masked.replace(WEB_ADDRESS, " ").matchAll(WORD)) {
    if (written !== written.toLowerCase()) continue;
    const word = plain(written);
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || STOP_WORDS.has(word)) continue;
    words.add(word);
  }
  return [...words].sort();
}
