import assert from "node:assert/strict";
import { test } from "node:test";
import { type PacedNotification, toldOncePerTopic } from "./mail-pacing.ts";

const note = (
  id: number,
  account: number,
  topic: number,
  kind: PacedNotification["kind"],
  waits = false,
) => ({
  id,
  account_id: account,
  topic_id: topic,
  kind,
  waits,
});

test("a member is e-mailed one reply per topic until they read it; what concerns them in person always", () => {
  const claimed = [
    note(4, 1, 10, "reply"), // a later reply in the same topic, same batch: waits
    note(3, 1, 10, "reply"),
    note(5, 1, 10, "mention"), // in person: told even though the topic was just e-mailed
    note(6, 1, 11, "reply", true), // an earlier e-mail about topic 11 is unread
    note(7, 1, 11, "quote", true),
    note(8, 2, 10, "reply"), // another member, same topic
    note(9, 1, 12, "reply"),
  ];
  assert.deepEqual(
    toldOncePerTopic(claimed, "immediate").map((row) => row.id),
    [3, 5, 7, 8, 9],
  );
  assert.deepEqual(
    toldOncePerTopic(claimed, "daily").map((row) => row.id),
    [4, 3, 5, 6, 7, 8, 9],
    "the daily digest lists every one",
  );
});
