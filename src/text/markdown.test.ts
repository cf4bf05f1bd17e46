import assert from "node:assert/strict";
import { test } from "node:test";
import { linksIn, plainText, renderMarkdown } from "./markdown.ts";
import { memberHandle } from "./mentions.ts";
import { slugify } from "./slug.ts";

test("Markdown cannot carry script, raw HTML or dangerous links", () => {
  const payloads = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[clic](javascript:alert(1))",
    "[clic](JaVaScRiPt:alert(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD4=)",
    "[clic](vbscript:msgbox(1))",
    '<a href="https://x.fr" onclick="alert(1)">x</a>',
    "![img](https://tracker.example/pixel.png)",
    "<iframe src=https://evil.example></iframe>",
    "[x](  javascript:alert(1))",
  ];
  for (const payload of payloads) {
    const html = renderMarkdown(payload);
    assert.doesNotMatch(
      html,
      /<script|<img|<iframe|<[^>]*\son\w+=|href="(javascript|data|vbscript):/i,
      payload,
    );
  }
});

test("links are kept for http, https and mailto, marked as user content", () => {
  const html = renderMarkdown(
    "Voir [la grille tarifaire](https://banque.example/tarifs) ou https://banque.example/aide",
  );
  assert.match(
    html,
    /<a href="https:\/\/banque\.example\/tarifs" rel="ugc nofollow noopener">la grille tarifaire<\/a>/,
  );
  assert.match(html, /<a href="https:\/\/banque\.example\/aide" rel="ugc nofollow noopener">/);
  assert.match(renderMarkdown("[écrire](mailto:aide@banque.example)"), /href="mailto:aide@banque\.example"/);
});

test("headings become plain text so the page outline stays intact", () => {
  assert.doesNotMatch(renderMarkdown("# Titre\n\ntexte"), /<h1/);
});

test("plain text for excerpts", () => {
  assert.equal(plainText("**Bonjour**, voir [ici](https://x.fr).\n\n> cité"), "Bonjour, voir ici. cité");
  assert.equal(plainText("a".repeat(300), 10), `${"a".repeat(9)}…`);
});

test("plain text keeps addresses, hyphenated words and code whole, and cuts between words", () => {
  assert.equal(
    plainText("Voyez https://comparatif-frais.example/offre_du-jour?a=1#x~y, c'est *mieux* (porte-monnaie)."),
    "Voyez https://comparatif-frais.example/offre_du-jour?a=1#x~y, c'est mieux (porte-monnaie).",
  );
  assert.equal(plainText("Tapez `--aide` ici"), "Tapez --aide ici");
  assert.equal(
    plainText("Voir [cette offre](https://comparatif-frais.example/offre).", 200, { linkTargets: true }),
    "Voir cette offre (https://comparatif-frais.example/offre).",
    "a statement of reasons shows where a link led",
  );
  assert.equal(
    plainText("Voir https://comparatif-frais.example/offre.", 200, { linkTargets: true }),
    "Voir https://comparatif-frais.example/offre.",
    "a bare address is not repeated",
  );
  assert.equal(
    plainText("Les frais sont ici https://comparatif-frais.example/offre", 30),
    "Les frais sont ici…",
    "an address that does not fit is left out, not cut",
  );
});

test("slugs drop accents and punctuation", () => {
  assert.equal(slugify("Frais de tenue de compte : pourquoi 2 € ?"), "frais-de-tenue-de-compte-pourquoi-2");
  assert.equal(slugify("Crédit immobilier & taux d'usure"), "credit-immobilier-taux-d-usure");
  assert.equal(slugify("???"), "sujet");
});

test("@handle mentions link to the member's profile; addresses and code are not mentions", () => {
  assert.equal(memberHandle("Claire Martin", 12), "claire-martin-12");
  assert.equal(memberHandle("Zoé L'Hôte", 7), "zoe-l-hote-7");
  const source =
    "Merci @claire-martin-12 et @zoe-l-hote-7 ! Écrivez à claire@exemple.fr, pas `@code-3`, ni @sans-numero.";
  const html = renderMarkdown(source);
  assert.match(html, /<a href="\/membres\/12" class="mention">@claire-martin-12<\/a>/);
  assert.match(html, /<a href="\/membres\/7" class="mention">@zoe-l-hote-7<\/a>/);
  assert.doesNotMatch(html, /membres\/3/);
  assert.deepEqual(linksIn(source), { outside: 1, mentions: [12, 7] }, "the e-mail address is a mailto link");
  assert.deepEqual(linksIn("Voir https://exemple.fr et [ceci](https://a.fr)"), { outside: 2, mentions: [] });
});
