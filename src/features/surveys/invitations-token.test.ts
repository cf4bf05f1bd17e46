import assert from "node:assert/strict";
import { test } from "node:test";
import { invitationTokenHash, newInvitationToken, readInvitationToken } from "./invitations-token.ts";

const KEY = "a".repeat(64);

test("a token reads back whole; its hash is not the token", () => {
  const token = newInvitationToken(KEY);
  assert.match(token, /^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{22}$/);
  assert.deepEqual(readInvitationToken(KEY, token), { ok: true, token });
  assert.match(invitationTokenHash(token), /^[0-9a-f]{64}$/);
  assert.notEqual(newInvitationToken(KEY), token, "each token is new");
});

test("an altered, shortened, made-up or foreign token is tampered", () => {
  const token = newInvitationToken(KEY);
  const [random, seal] = token.split(".") as [string, string];
  const flipped = `${random.slice(0, 10)}${random[10] === "A" ? "B" : "A"}${random.slice(11)}.${seal}`;
  for (const given of [
    flipped,
    token.slice(0, -1),
    `${random}.`,
    random,
    `${token}.x`,
    "x".repeat(66),
    "",
    newInvitationToken("b".repeat(64)),
  ])
    assert.deepEqual(readInvitationToken(KEY, given), { ok: false, reason: "tampered" }, given);
});
