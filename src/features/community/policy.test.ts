import assert from "node:assert/strict";
import { test } from "node:test";
import type { Actor } from "../../platform/auth/actor.ts";
import { PERSONAS, type Persona, whoMay } from "../../platform/auth/personas.ts";
import { type CommunityAction, can, keepUpWithCommunity, writeInCommunity } from "./policy.ts";

/** Who may, among the personas (each acting on someone else's things unless `own` is given). */
function whoCan(action: (actor: Actor) => CommunityAction): Persona[] {
  return [...PERSONAS].filter(([, actor]) => actor && can(actor, action(actor))).map(([persona]) => persona);
}

const MEMBERS: Persona[] = ["member"];
const READY_STAFF: Persona[] = ["advisor", "community_manager", "compliance_officer", "dpo", "administrator"];
const WRITERS = [...MEMBERS, ...READY_STAFF];
const MODERATORS: Persona[] = ["community_manager", "administrator"];

const post = (authorId: number | null, facts: { position?: number; deleted?: boolean } = {}) => ({
  id: 7,
  authorId,
  position: facts.position ?? 2,
  deleted: facts.deleted ?? false,
});
const OTHER = 1;
const openTopic = { acceptedPostId: null, replyCount: 0 };

test("community: who may do what, persona by persona", () => {
  const table: [string, (actor: Actor) => CommunityAction, Persona[]][] = [
    ["start a topic", () => ({ action: "start_topic", category: { staffStartsTopics: false } }), WRITERS],
    [
      "start an announcement",
      () => ({ action: "start_topic", category: { staffStartsTopics: true } }),
      READY_STAFF,
    ],
    ["reply", () => ({ action: "reply", topic: { deletedAt: null } }), WRITERS],
    ["reply in a deleted topic", () => ({ action: "reply", topic: { deletedAt: new Date(0) } }), []],
    [
      "accept an answer to one's own question",
      (actor) => ({
        action: "accept_answer",
        topic: { kind: "question", authorId: actor.id, deletedAt: null },
      }),
      WRITERS,
    ],
    [
      "accept an answer to someone else's question",
      () => ({ action: "accept_answer", topic: { kind: "question", authorId: OTHER, deletedAt: null } }),
      READY_STAFF,
    ],
    [
      "accept in a discussion",
      (actor) => ({
        action: "accept_answer",
        topic: { kind: "discussion", authorId: actor.id, deletedAt: null },
      }),
      [],
    ],
    ["edit one's own post", (actor) => ({ action: "edit_post", post: post(actor.id) }), WRITERS],
    ["edit someone else's post", () => ({ action: "edit_post", post: post(OTHER) }), []],
    ["mark someone else's post useful", () => ({ action: "mark_helpful", post: post(OTHER) }), WRITERS],
    ["mark one's own post useful", (actor) => ({ action: "mark_helpful", post: post(actor.id) }), []],
    ["moderate a post", () => ({ action: "moderate_post", post: post(OTHER) }), MODERATORS],
    [
      "moderate a deleted post",
      () => ({ action: "moderate_post", post: post(OTHER, { deleted: true }) }),
      [],
    ],
    [
      "delete one's own reply",
      (actor) => ({ action: "delete_post", post: post(actor.id), topic: openTopic }),
      WRITERS,
    ],
    [
      "delete one's own accepted answer",
      (actor) => ({
        action: "delete_post",
        post: post(actor.id),
        topic: { acceptedPostId: 7, replyCount: 1 },
      }),
      MODERATORS,
    ],
    [
      "delete one's own opening post once answered",
      (actor) => ({
        action: "delete_post",
        post: post(actor.id, { position: 1 }),
        topic: { acceptedPostId: null, replyCount: 1 },
      }),
      MODERATORS,
    ],
    [
      "delete someone else's post",
      () => ({ action: "delete_post", post: post(OTHER), topic: openTopic }),
      MODERATORS,
    ],
  ];
  for (const [what, action, expected] of table) assert.deepEqual(whoCan(action), expected, what);
});

test("a silenced member reads, marks useful and withdraws, but publishes nothing", () => {
  const silenced = { ...PERSONAS.get("member")!, silenced: true };
  assert.equal(can(silenced, { action: "start_topic", category: { staffStartsTopics: false } }), false);
  assert.equal(can(silenced, { action: "reply", topic: { deletedAt: null } }), false);
  assert.equal(can(silenced, { action: "edit_post", post: post(silenced.id) }), false);
  assert.equal(can(silenced, { action: "mark_helpful", post: post(OTHER) }), true);
  assert.equal(can(silenced, { action: "delete_post", post: post(silenced.id), topic: openTopic }), true);
});

test("the routes' rungs: writing needs a verified e-mail, keeping up needs an account", () => {
  const signedIn = [...PERSONAS.keys()].filter((persona) => persona !== "visitor");
  assert.deepEqual(whoMay(keepUpWithCommunity), signedIn);
  assert.deepEqual(
    whoMay(writeInCommunity),
    signedIn.filter((persona) => persona !== "unverified member"),
  );
});
