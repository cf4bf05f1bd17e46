import assert from "node:assert/strict";
import { test } from "node:test";
import { ESTABLISHED_POSTS, SPAM_THRESHOLD, type SpamFacts, spamScore, spamSignals } from "./spam.ts";

const now = new Date("2026-12-01T10:00:00Z");
const facts = (over: Partial<SpamFacts>): SpamFacts => ({
  text: "",
  urls: [],
  firstSeen: new Map(),
  repeatedElsewhere: false,
  ownDomains: ["banque-confiance.fr"],
  publishedPosts: 0,
  now,
  ...over,
});
const score = (over: Partial<SpamFacts>) => spamScore(spamSignals(facts(over)));

test("a post sharing two videos is conversation, not advertising", () => {
  const urls = ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871"];
  const text = `Deux vidéos qui expliquent bien le prélèvement à la source :\n${urls.join("\n")}`;
  assert.ok(score({ text, urls, publishedPosts: 25 }) < SPAM_THRESHOLD);
  assert.ok(score({ text, urls, publishedPosts: 0 }) < SPAM_THRESHOLD);
});

test("links to the bank's own site never count", () => {
  const urls = ["https://banque-confiance.fr/tarifs", "https://www.banque-confiance.fr/agences"];
  assert.equal(score({ text: urls.join(" "), urls }), 0);
});

test("a newcomer's links to new domains, shorteners and suspicious suffixes are held", () => {
  const urls = ["https://bit.ly/3abc", "https://gagner-vite.xyz/offre", "https://pret-facile.example/"];
  assert.ok(score({ text: `Regardez ${urls.join(" ")}`, urls }) >= SPAM_THRESHOLD);
});

test("an established member's link to a domain the community has not seen is not held for that alone", () => {
  const urls = [
    "https://www.service-public.fr/particuliers/vosdroits/F2422",
    "https://www.economie.gouv.fr/",
  ];
  const text = `Les deux pages officielles qui répondent à votre question sur le livret A : ${urls.join(" et ")}, elles sont à jour.`;
  const newcomer = spamSignals(facts({ text, urls }));
  const established = spamSignals(facts({ text, urls, publishedPosts: ESTABLISHED_POSTS }));
  assert.ok(newcomer.some((s) => s.kind === "freshDomain"));
  assert.ok(!established.some((s) => s.kind === "freshDomain"));
  assert.ok(spamScore(established) < SPAM_THRESHOLD);
});

test("the same text from several accounts is enough on its own, whoever sends it", () => {
  assert.ok(
    score({ text: "Gagnez 500 € par jour", repeatedElsewhere: true, publishedPosts: 100 }) >= SPAM_THRESHOLD,
  );
});
