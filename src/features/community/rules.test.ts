import assert from "node:assert/strict";
import { test } from "node:test";
import { BODY_MAX, TITLE_MAX, TITLE_MIN } from "./model.ts";
import { bodyProblem, titleProblem } from "./rules.ts";

test("a post's body may not be empty, blank or longer than the limit", () => {
  assert.deepEqual(bodyProblem("Bonjour"), {});
  assert.deepEqual(bodyProblem(""), { body: "community.body.missing" });
  assert.deepEqual(bodyProblem(" \n\t "), { body: "community.body.missing" });
  assert.deepEqual(bodyProblem("a".repeat(BODY_MAX)), {});
  assert.deepEqual(bodyProblem("a".repeat(BODY_MAX + 1)), { body: "community.body.tooLong" });
});

test("a topic's title is between its limits, counted in characters a reader sees", () => {
  assert.deepEqual(titleProblem(""), { title: "community.title.missing" });
  assert.deepEqual(titleProblem("a".repeat(TITLE_MIN - 1)), { title: "community.title.tooShort" });
  assert.deepEqual(titleProblem("a".repeat(TITLE_MIN)), {});
  assert.deepEqual(titleProblem("a".repeat(TITLE_MAX)), {});
  assert.deepEqual(titleProblem("a".repeat(TITLE_MAX + 1)), { title: "community.title.tooLong" });
  // An emoji is one character to a reader, two UTF-16 units to JavaScript.
  assert.deepEqual(titleProblem("😀".repeat(TITLE_MAX)), {});
});
