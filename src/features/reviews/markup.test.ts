import assert from "node:assert/strict";
import { test } from "node:test";
import { aggregateMarkup, jsonForScript, reviewMarkup } from "./markup.ts";

test("AggregateRating carries the score and count shown; none without reviews", () => {
  const markup = aggregateMarkup("Banque", "https://b.example", {
    average: 4.2,
    count: 12,
    distribution: [1, 0, 1, 4, 6],
  }) as { aggregateRating: Record<string, unknown> };
  assert.deepEqual(markup.aggregateRating, {
    "@type": "AggregateRating",
    ratingValue: 4.2,
    reviewCount: 12,
    bestRating: 5,
    worstRating: 1,
  });
  const none = aggregateMarkup("Banque", "https://b.example", {
    average: null,
    count: 0,
    distribution: [0, 0, 0, 0, 0],
  });
  assert.equal("aggregateRating" in none, false);
});

test("a review's markup names no one after the anonymity period, and cannot close its script", () => {
  const markup = reviewMarkup(
    "Banque",
    "https://b.example",
    {
      id: 3,
      rating: 2,
      title: "</script><script>alert(1)</script>",
      body: "Texte",
      author: null,
      publishedAt: new Date("2026-01-02T03:04:05Z"),
      url: "https://b.example/avis/3",
    },
    "Client",
  ) as { author: { name: string } };
  assert.equal(markup.author.name, "Client");
  const json = jsonForScript(markup);
  assert.doesNotMatch(json, /<\/script/i);
  assert.deepEqual(JSON.parse(json), markup);
});
