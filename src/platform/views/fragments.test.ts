import assert from "node:assert/strict";
import { test } from "node:test";
import { h } from "preact";
import { CSRF_SLOT, factsKey, RenderedFragments } from "./fragments.ts";

test("the same facts give the same key, different facts a different one", () => {
  const at = new Date("2026-12-01T10:00:00Z");
  assert.equal(factsKey([{ id: 1, at }, "a"]), factsKey([{ id: 1, at: new Date(at) }, "a"]));
  for (const other of [
    [{ id: 2, at }, "a"],
    [{ id: 1, at: new Date(0) }, "a"],
    [{ id: 1, at }, "b"],
    [{ id: 1 }, "a"],
  ])
    assert.notEqual(factsKey([{ id: 1, at }, "a"]), factsKey(other));
  assert.notEqual(factsKey(["1"]), factsKey([1]), "a string is not the number it spells");
  assert.notEqual(factsKey([null]), factsKey(["~"]));
  assert.throws(() => factsKey([() => 1]));
});

test("a fragment is rendered once for the same facts, and its slots get each page's token", () => {
  const fragments = new RenderedFragments();
  let renders = 0;
  const render = () => {
    renders++;
    return h("form", null, h("input", { type: "hidden", name: "_csrf", value: CSRF_SLOT }));
  };
  const first = fragments.html(["post", 1], render, () => "token-of-a");
  const second = fragments.html(["post", 1], render, () => "token-of-b");
  assert.equal(renders, 1);
  assert.match(first, /value="token-of-a"/);
  assert.match(second, /value="token-of-b"/);
  assert.ok(!second.includes(CSRF_SLOT));
});

test("a fragment without a form never asks for a token", () => {
  const fragments = new RenderedFragments();
  const html = fragments.html(
    ["row", 1],
    () => h("li", null, "Sujet"),
    () => assert.fail("no token needed"),
  );
  assert.equal(html, "<li>Sujet</li>");
});

test("past its bound in characters, the least recently used fragment goes first", () => {
  const fragments = new RenderedFragments(30);
  let renders = 0;
  const render = (text: string) => () => {
    renders++;
    return h("p", null, text);
  };
  fragments.html(["a"], render("aaaaaaa"), () => "");
  fragments.html(["b"], render("bbbbbbb"), () => "");
  fragments.html(["a"], render("aaaaaaa"), () => "");
  assert.equal(renders, 2, "kept while under the bound");
  fragments.html(["c"], render("ccccccc"), () => "");
  fragments.html(["a"], render("aaaaaaa"), () => "");
  assert.equal(renders, 3, "a, used last, stayed");
  fragments.html(["b"], render("bbbbbbb"), () => "");
  assert.equal(renders, 4, "b went");
});
