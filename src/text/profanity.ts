import leoProfanity from "leo-profanity";
import { rememberedFor } from "./remembered.ts";
import { skeleton } from "./skeleton.ts";

/**
 * Insults and profanity in French and English, from the lists leo-profanity ships (its own
 * English list and french-badwords-list), seen through a French layer: elisions ("l'enfoiré"),
 * plurals and feminines ("connasses", "enculées"), dotted or spaced-out spellings
 * ("c.o.n.n.a.r.d", "c o n n a r d") and symbols used as letters ("@brut!", "1mbéc1le").
 * A match holds a post for a moderator; it never refuses it on its own.
 */

/** Words the lists carry that are ordinary in a bank's conversations (or in the other language). */
const EVERYDAY = [
  "anal",
  "beauf",
  "bondage",
  "bordel",
  "bougre",
  "butt",
  "chauffard",
  "coche",
  "cons",
  "courtaud",
  "cricri",
  "crotte",
  "croûton",
  "domination",
  "épais",
  "erotic",
  "erotism",
  "escort",
  "eunuch",
  "fritz",
  "gland",
  "gourde",
  "hardcore",
  "intercourse",
  "kikoo",
  "kikou",
  "kinky",
  "lavette",
  "lovemaking",
  "magot",
  "manche",
  "mauviette",
  "minable",
  "minus",
  "misérable",
  "niac",
  "nude",
  "nudity",
  "pecque",
  "pet",
  "pleutre",
  "pouf",
  "punaise",
  "rosbif",
  "sale",
  "scat",
  "sex",
  "sexo",
  "sexy",
  "snatch",
  "suck",
  "sucks",
  "swinger",
  "topless",
  "traînée",
  "trainee",
  "undressing",
  "vaurien",
  "voyeur",
  "xx",
].map(skeleton);

let dictionary: Set<string> | undefined;
const everyday = new Set(EVERYDAY);

function words(): Set<string> {
  if (!dictionary) {
    dictionary = new Set(
      [...leoProfanity.getDictionary("fr"), ...leoProfanity.getDictionary("en")]
        .map(skeleton)
        .filter((word) => word.length >= 3 && !everyday.has(word)),
    );
  }
  return dictionary;
}

const ELISION = /^(?:jusqu|lorsqu|puisqu|qu|[cdjlmnst])['’]/i;
/** A word, with its inner hyphens, apostrophes and dots ("casse-couilles", "c.o.n.n.a.r.d"). */
const WORD = /[\p{L}\d@$!*]+(?:[-'’.][\p{L}\d@$!*]+)*/gu;
/** Three or more single characters separated by spaces: "c o n n a r d". */
const SPACED_OUT = /(?<![\p{L}\d])[\p{L}\d@$](?: [\p{L}\d@$]){2,}(?![\p{L}\d])/gu;

/** The forms of a folded word to look up: itself, without a plural mark, "ee" → "e" (enculée → enculé). */
function forms(word: string): string[] {
  const singular = word.replace(/[sx]$/, "");
  return [word, singular, singular.replace(/ee$/, "e")];
}

function judge(token: string): boolean {
  const bare = token.replace(ELISION, "");
  // "!" may stand for an "i" ("@brut!") or end a sentence ("abruti!").
  const spellings = new Set([bare, bare.replace(/!+$/, "")]);
  const parts = [...spellings].flatMap((spelling) => [
    spelling,
    ...(spelling.includes("-") ? spelling.split("-") : []),
  ]);
  const dictionaryWords = words();
  return parts.some((part) => {
    const folded = skeleton(part);
    return !everyday.has(folded) && forms(folded).some((form) => dictionaryWords.has(form));
  });
}

/** A community's words repeat from post to post: each is judged once (most of screening a post). */
const isProfane = rememberedFor(1_000_000, judge);

/** The profane words of a text, as they were written (each once). */
export function profanitiesIn(text: string): string[] {
  const found = new Set<string>();
  const joined = text.replace(SPACED_OUT, (run) => run.replaceAll(" ", ""));
  for (const [token] of joined.matchAll(WORD)) if (isProfane(token)) found.add(token);
  return [...found];
}
