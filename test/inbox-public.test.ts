import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ensureCategory } from "../src/features/community/categories.ts";
import { reply, startTopic } from "../src/features/community/index.ts";
import { approveAnswer } from "../src/features/inbox/approvals.ts";
import { answer } from "../src/features/inbox/index.ts";
import { continueInPrivate } from "../src/features/inbox/public-to-private.ts";
import {
  hearPublicPost,
  PUBLIC_POST_QUEUE,
  type PublicPostJob,
} from "../src/features/inbox/sources/community-posts.ts";
import { openUnansweredTopics } from "../src/features/inbox/sources/unanswered-topics.ts";
import { COMMENTS_CATEGORY } from "../src/features/newsroom/index.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import type { Role } from "../src/platform/auth/roles.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { teamWith } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The inbox's public sources: community topics by their category's rule (every topic, or
 * unanswered after N hours), every post naming the bank, newsroom comments; the bank's public
 * answer published as a staff post (archived); four eyes; the compliance override; "continue in
 * private".
 */

let t: TestApp;
const people = new Map<string, { actor: Actor; totpSecret: string | null; email: string }>();

async function person(role: Role, name: string) {
  const created = await createPerson(t.ctx, role, undefined, name);
  const actor: Actor = {
    id: created.id,
    email: created.email,
    displayName: name,
    role,
    locale: "fr",
    emailVerified: true,
    totpEnabled: role !== "member",
    secondFactorDone: role !== "member",
    silenced: false,
    sessionId: 1,
  };
  people.set(name, { actor, totpSecret: created.totpSecret, email: created.email });
  return actor;
}

let advisor: Actor;
let newcomer: Actor;
let manager: Actor;
let complianceA: Actor;
let complianceB: Actor;
let julie: Actor;
let marc: Actor;

before(async () => {
  t = await startTestApp(
    process.env.INBOX_PUBLIC_LOG
      ? { logStream: { write: (line: string) => process.stderr.write(line) } }
      : {},
  );
  await someCategories(t.ctx);
  for (const [slug, name] of [
    ["epargne", "Épargne"],
    ["divers", "Divers"],
  ] as const)
    await ensureCategory(t.ctx, {
      slug,
      name,
      description: name,
      colour: "green",
      position: 5,
      staffStartsTopics: false,
    });
  await ensureCategory(t.ctx, COMMENTS_CATEGORY);
  advisor = await person("advisor", "Claire Martin");
  newcomer = await person("advisor", "Hugo Bernard");
  manager = await person("community_manager", "Inès Roux");
  complianceA = await person("compliance_officer", "Paul Girard");
  complianceB = await person("compliance_officer", "Léa Faure");
  julie = await person("member", "Julie Moreau");
  marc = await person("member", "Marc Petit");
  const team = await teamWith(t.ctx, "particuliers", [
    { id: advisor.id },
    { id: newcomer.id, capacity: 0 },
    { id: complianceA.id, capacity: 0 },
    { id: complianceB.id, capacity: 0 },
  ]);
  await sql("insert into inbox_advisors (account_id, needs_approval) values ($1, true)", [newcomer.id]);
  await sql(
    `insert into inbox_source_rules (category_slug, mode, hours, team_id)
     values ('comptes-et-cartes', 'every_topic', null, $1), ('epargne', 'unanswered_after', 2, $1)`,
    [team],
  );
});
after(() => t.close());

const sql = (query: string, params: unknown[] = []) => t.ctx.database.pool.query(query, params);
const row = async (query: string, params: unknown[] = []) => (await sql(query, params)).rows[0];
/** What a worker would do at its next poll: the posts the community told the inbox of. */
const hear = () =>
  t.ctx.jobs.runWaiting(PUBLIC_POST_QUEUE, (job: PublicPostJob) => hearPublicPost(t.ctx, job));

async function topic(author: Actor, categorySlug: string, title: string, body: string) {
  const opened = await startTopic(
    t.ctx,
    author,
    { categorySlug, kind: "question", title, body },
    { approved: true },
  );
  assert.equal(opened.ok, true, JSON.stringify(opened));
  return (opened as { value: { id: number; postId: number } }).value;
}
const conversationOf = async (topicId: number) => {
  const found = await row("select * from inbox_conversations where thread_key = $1", [`topic:${topicId}`]);
  return found && { ...found, id: Number(found.id) };
};

test("a topic in a category taking every topic opens a conversation; the member's next post joins it; a staff reply in the community stops the clocks", async () => {
  const opened = await topic(
    julie,
    "comptes-et-cartes",
    "Carte bloquée à l'étranger",
    "Ma carte ne passe plus depuis hier, que faire ?",
  );
  await hear();
  const conversation = await conversationOf(opened.id);
  assert.equal(conversation.source, "community");
  assert.equal(conversation.category_slug, "comptes-et-cartes");
  assert.match(conversation.source_link, new RegExp(`/${opened.id}`));
  assert.ok(await row("select 1 from inbox_messages where external_id = $1", [`post:${opened.postId}`]));

  const follow = await reply(t.ctx, julie, opened.id, { body: "J'ajoute : c'est une carte Visa Premier." });
  assert.equal(follow.ok, true);
  // A worker takes the jobs one at a time, in the order they were queued.
  await hear();
  const staff = await reply(t.ctx, manager, opened.id, {
    body: "Bonjour, appelez le service carte depuis l'application.",
  });
  assert.equal(staff.ok, true);
  await hear();
  const messages = (
    await sql(
      "select direction, delivery, public from inbox_messages where conversation_id = $1 order by created_at, id",
      [conversation.id],
    )
  ).rows;
  assert.deepEqual(
    messages.map((m) => m.direction),
    ["incoming", "incoming", "outgoing"],
  );
  assert.equal(messages[2].delivery, "sent");
  const after = await conversationOf(opened.id);
  assert.ok(after.first_response_at, "the community reply counts as the first response");
  assert.equal(after.next_response_due_at, null);

  const quiet = await topic(
    julie,
    "divers",
    "Question sur les chèques",
    "Combien de temps pour encaisser un chèque ?",
  );
  await hear();
  assert.equal(await conversationOf(quiet.id), undefined, "a category without a rule is not followed");
});

test("unanswered after 2 hours: the schedule opens the topics no staff member answered, with the clock moved", async () => {
  const start = t.ctx.clock.now();
  const realNow = t.ctx.clock.now;
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  try {
    t.ctx.clock.now = () => start;
    const waiting = await topic(
      marc,
      "epargne",
      "Plafond du livret A",
      "Quel est le plafond du livret A cette année ?",
    );
    const answered = await topic(marc, "epargne", "Taux du LEP", "Le taux du LEP va-t-il baisser ?");
    await reply(t.ctx, advisor, answered.id, {
      body: "Le taux est fixé par les pouvoirs publics ; voyez la page dédiée.",
    });
    await hear();
    assert.equal(await conversationOf(waiting.id), undefined, "not at once");

    t.ctx.clock.now = () => at(60);
    assert.equal(await openUnansweredTopics(t.ctx), 0, "not after one hour");
    t.ctx.clock.now = () => at(121);
    assert.equal(await openUnansweredTopics(t.ctx), 1);
    const conversation = await conversationOf(waiting.id);
    assert.equal(conversation.source, "community");
    assert.equal(await conversationOf(answered.id), undefined, "a topic a staff member answered stays out");
    assert.equal(await openUnansweredTopics(t.ctx), 0, "a second run opens nothing twice");
  } finally {
    t.ctx.clock.now = realNow;
  }
});

test("a post naming the bank opens a conversation whatever the rules; a newsroom comment opens one in its own source", async () => {
  const named = await topic(
    marc,
    "divers",
    "Avis sur les frais",
    "Franchement, la BANQUE CONFIANCE facture trop cher les virements.",
  );
  await hear();
  const conversation = await conversationOf(named.id);
  assert.equal(conversation.source, "community");

  const article = await startTopic(t.ctx, manager, {
    categorySlug: COMMENTS_CATEGORY.slug,
    kind: "discussion",
    title: "Nouvelle appli mobile",
    body: "Notre application change de visage.",
  });
  assert.equal(article.ok, true);
  const articleTopic = (article as { value: { id: number } }).value.id;
  await hear();
  assert.equal(
    await conversationOf(articleTopic),
    undefined,
    "the article's own opening is not a conversation",
  );
  const comment = await reply(
    t.ctx,
    julie,
    articleTopic,
    { body: "Où trouver le relevé d'identité bancaire dans la nouvelle appli ?" },
    { approved: true },
  );
  assert.equal(comment.ok, true, JSON.stringify(comment));
  await hear();
  assert.equal((await conversationOf(articleTopic)).source, "newsroom_comment");
});

test("a public answer is published as a staff post in the topic and archived, recorded once", async () => {
  const opened = await topic(
    julie,
    "comptes-et-cartes",
    "Opposition sur carte",
    "Comment faire opposition le week-end ?",
  );
  await hear();
  const conversation = await conversationOf(opened.id);
  const text = "Bonjour, l'opposition se fait 24 h sur 24 depuis l'application ou par téléphone.";
  const sent = await answer(t.ctx, advisor, conversation.id, {
    body: text,
    public: true,
    statusAfter: "waiting_on_client",
  });
  assert.equal(sent.delivery, "sent");
  const post = await row(
    "select id, author_id, body_markdown from community_posts where topic_id = $1 and position = 2",
    [opened.id],
  );
  assert.equal(Number(post.author_id), advisor.id);
  assert.equal(post.body_markdown, text);
  const archived = await row("select body, place_type from archive_staff_publications where place_id = $1", [
    String(post.id),
  ]);
  assert.equal(archived?.body, text);
  assert.equal(
    (await row("select external_id from inbox_messages where id = $1", [sent.messageId])).external_id,
    `post:${post.id}`,
  );
  await hear();
  assert.equal(
    (
      await row(
        "select count(*)::int n from inbox_messages where conversation_id = $1 and direction = 'outgoing'",
        [conversation.id],
      )
    ).n,
    1,
    "the community does not tell the inbox of its own answer again",
  );
  await assert.rejects(
    answer(t.ctx, advisor, conversation.id, { body: "En privé.", public: false, statusAfter: "open" }),
    /public_source_private_answer/,
  );
});

test("a guarded answer is refused; compliance overrides it with a reason (audited); only another compliance officer approves it", async () => {
  const opened = await topic(
    marc,
    "comptes-et-cartes",
    "Virement non reçu",
    "Mon virement de lundi n'est jamais arrivé.",
  );
  await hear();
  const conversation = await conversationOf(opened.id);
  const guarded = "Bonjour Marc, j'ai vérifié votre compte : le virement de 250 € du 12/03 est bien parti.";
  await assert.rejects(
    answer(t.ctx, advisor, conversation.id, { body: guarded, public: true, statusAfter: "open" }),
    /public_reply_guarded/,
  );

  const a = await signedIn(t.app, people.get("Paul Girard")!);
  const form = await a.get(`/admin/boite/${conversation.id}/derogation`);
  assert.equal(form.statusCode, 200);
  const noReason = await a.post(`/admin/boite/${conversation.id}/derogation`, { body: guarded, reason: "" });
  assert.equal(noReason.statusCode, 422);
  const overridden = await a.post(`/admin/boite/${conversation.id}/derogation`, {
    body: guarded,
    reason: "Le client a lui-même publié ces informations et demande une confirmation publique.",
    statusAfter: "waiting_on_client",
  });
  assert.equal(overridden.statusCode, 303);
  const pending = await row(
    "select id, delivery, approval_reasons, override_reason from inbox_messages where conversation_id = $1 and direction = 'outgoing'",
    [conversation.id],
  );
  assert.equal(pending.delivery, "pending_approval");
  assert.ok(pending.approval_reasons.includes("compliance_override"));
  assert.ok(
    await row("select 1 from audit_log where action = 'inbox.guard_overridden' and subject_id = $1", [
      String(pending.id),
    ]),
  );

  const own = await a.post(`/admin/boite/approbations/${pending.id}/approuver`, { body: guarded });
  assert.equal(own.statusCode, 403, "an approver cannot approve their own answer");
  const m = await signedIn(t.app, people.get("Inès Roux")!);
  await m.get("/admin/boite/approbations");
  const notCompliance = await m.post(`/admin/boite/approbations/${pending.id}/approuver`, { body: guarded });
  assert.equal(notCompliance.statusCode, 403, "an override is approved by compliance only");

  const b = await signedIn(t.app, people.get("Léa Faure")!);
  const queue = await b.get("/admin/boite/approbations");
  assert.equal(queue.statusCode, 200);
  assert.match(queue.body, /dérogation de la conformité/);
  const approved = await b.post(`/admin/boite/approbations/${pending.id}/approuver`, {
    body: guarded,
    statusAfter: "waiting_on_client",
  });
  assert.equal(approved.statusCode, 303);
  const sent = await row("select delivery, approved_by, external_id from inbox_messages where id = $1", [
    pending.id,
  ]);
  assert.equal(sent.delivery, "sent");
  assert.equal(Number(sent.approved_by), complianceB.id);
  const post = await row("select body_markdown, author_id from community_posts where id = $1", [
    Number(sent.external_id.slice("post:".length)),
  ]);
  assert.equal(Number(post.author_id), complianceA.id);
  assert.ok(
    await row("select 1 from archive_staff_publications where place_id = $1", [sent.external_id.slice(5)]),
  );
  assert.ok(
    await row("select 1 from audit_log where action = 'inbox.answer_approved' and subject_id = $1", [
      String(pending.id),
    ]),
  );
});

test("a new advisor's answer waits; refused with a reason, the author reads it on the conversation; two approvers at once give one result", async () => {
  const opened = await topic(
    julie,
    "comptes-et-cartes",
    "Frais de tenue de compte",
    "Pourquoi ces frais chaque mois ?",
  );
  await hear();
  const conversation = await conversationOf(opened.id);
  const first = await answer(t.ctx, newcomer, conversation.id, {
    body: "Ces frais figurent dans la brochure tarifaire, disponible en agence et sur le site.",
    public: true,
    statusAfter: "waiting_on_client",
  });
  assert.equal(first.delivery, "pending_approval");
  const m = await signedIn(t.app, people.get("Inès Roux")!);
  await m.get("/admin/boite/approbations");
  assert.equal(
    (await m.post(`/admin/boite/approbations/${first.messageId}/refuser`, { reason: "" })).statusCode,
    422,
  );
  const refused = await m.post(`/admin/boite/approbations/${first.messageId}/refuser`, {
    reason: "Donnez le lien direct vers la brochure.",
  });
  assert.equal(refused.statusCode, 303);
  assert.equal(
    (await row("select delivery from inbox_messages where id = $1", [first.messageId])).delivery,
    "refused",
  );
  const note = await row(
    "select body, mentions from inbox_messages where conversation_id = $1 and direction = 'note'",
    [conversation.id],
  );
  assert.match(note.body, /Donnez le lien direct/);
  assert.deepEqual(note.mentions.map(Number), [newcomer.id]);

  const second = await answer(t.ctx, newcomer, conversation.id, {
    body: "La brochure tarifaire est en ligne, rubrique Tarifs.",
    public: true,
    statusAfter: "waiting_on_client",
  });
  const outcomes = await Promise.allSettled(
    [manager, complianceA].map((who) =>
      approveAnswer(t.ctx, who, second.messageId, {
        body: "La brochure tarifaire est en ligne, rubrique Tarifs.",
        statusAfter: "waiting_on_client",
      }),
    ),
  );
  assert.deepEqual(outcomes.map((o) => o.status).sort(), ["fulfilled", "rejected"]);
  const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
  assert.match(String(rejected.reason), /already_decided/);
  assert.equal(
    (
      await row("select count(*)::int n from community_posts where topic_id = $1 and author_id = $2", [
        opened.id,
        newcomer.id,
      ])
    ).n,
    1,
  );
});

test("continue in private: a short public answer, and a private conversation with the member linked both ways", async () => {
  const opened = await topic(
    marc,
    "comptes-et-cartes",
    "Prélèvement contesté",
    "Un prélèvement inconnu sur mon relevé, je suis furieux.",
  );
  await hear();
  const conversation = await conversationOf(opened.id);
  const c = await signedIn(t.app, people.get("Claire Martin")!);
  assert.equal((await c.get(`/admin/boite/${conversation.id}/en-prive`)).statusCode, 200);
  assert.equal((await c.post(`/admin/boite/${conversation.id}/en-prive`, { body: "" })).statusCode, 422);
  const moved = await continueInPrivate(t.ctx, advisor, conversation.id, {
    body: "Bonjour Marc, pouvez-vous me préciser la date et le montant du prélèvement ?",
  });
  assert.equal(moved.ok, true);
  const privateId = (moved as { privateConversationId: number }).privateConversationId;
  const linked = await row("select * from inbox_conversations where id = $1", [privateId]);
  assert.equal(linked.source, "private_message");
  assert.equal(linked.thread_key, `from-public:${conversation.id}`);
  assert.equal(Number(linked.linked_conversation_id), conversation.id);
  assert.equal(Number((await conversationOf(opened.id)).linked_conversation_id), Number(privateId));
  assert.equal(Number(linked.correspondent_id), Number(conversation.correspondent_id));
  const first = await row("select body, public, direction from inbox_messages where conversation_id = $1", [
    privateId,
  ]);
  assert.equal(first.direction, "outgoing");
  assert.equal(first.public, false);
  assert.match(first.body, /date et le montant/);
  const notice = await row(
    "select body from inbox_messages where conversation_id = $1 and direction = 'outgoing'",
    [conversation.id],
  );
  assert.equal(notice.body, "Nous vous avons répondu en message privé.");
  await assert.rejects(
    continueInPrivate(t.ctx, advisor, conversation.id, { body: "Encore ?" }),
    /already_private/,
  );
});
