import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { approveAnswer } from "../src/features/inbox/approvals.ts";
import { answer, registerComplaint } from "../src/features/inbox/index.ts";
import { correctReview } from "../src/features/reviews/author.ts";
import { REFUSAL_REASONS } from "../src/features/reviews/model.ts";
import { publishReview, releaseHeldReviews } from "../src/features/reviews/moderation.ts";
import { applyReviewsRetention } from "../src/features/reviews/retention.ts";
import { emptyReview, type TypedReview } from "../src/features/reviews/typed.ts";
import { writeFromInvitation, writeSpontaneous } from "../src/features/reviews/writing.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { i18nFor } from "../src/platform/i18n/index.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, staffMember, teamWith } from "./helpers/inbox.ts";
import { actorOf, createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * What surrounds a review: the disclosure page says what the settings say; the conformity
 * report's figures on a year built by hand; a negative review opens an inbox conversation at
 * once, may be held, and is published when its hold ends (the schedule, the clock moved); the
 * bank answers through the inbox, once, and the answer appears on the review; the author updates
 * after it and both versions stay public; a complaint in a review gets the legal clocks.
 */
let t: TestApp;
let moderator: Actor;
let advisor: Actor;
const DAY = 86_400_000;

before(async () => {
  t = await startTestApp({ env: { REVIEWS_API_KEY: "k".repeat(40) } });
  moderator = await staffActor(t.ctx, "community_manager", "Camille Roy");
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
});
after(() => t.close());

const pool = () => t.ctx.database.pool;
const rows = async (query: string, params: unknown[] = []) => (await pool().query(query, params)).rows;
const daysAgo = (days: number) =>
  new Date(t.ctx.clock.now().getTime() - days * DAY).toISOString().slice(0, 10);

const typed = (over: Partial<TypedReview> = {}): TypedReview => ({
  ...emptyReview(),
  rating: "4",
  title: "Un conseiller à l'écoute",
  body: "Mon conseiller a pris le temps d'expliquer chaque option du prêt, sans me presser. Merci.",
  product: "credit-immobilier",
  experienceDate: daysAgo(5),
  ...over,
});
const writing = (over: Partial<TypedReview> = {}) => ({
  typed: typed(over),
  confirmMasking: true,
  reader: i18nFor("fr"),
});

let memberCount = 0;
async function member(): Promise<Actor> {
  const person = await createPerson(
    t.ctx,
    "member",
    `membre${++memberCount}@exemple.fr`,
    `Lucie Fabre${memberCount}`,
  );
  return actorOf(person, "member", "Lucie Fabre");
}

/** An invitation through the API, and its token as the e-mail carries it. */
async function invited(email: string, firstName: string, lastName: string): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/reviews/invitations",
    headers: { "content-type": "application/json", authorization: `Bearer ${"k".repeat(40)}` },
    payload: JSON.stringify({ invitations: [{ email, firstName, lastName, experienceDate: daysAgo(3) }] }),
  });
  assert.equal(response.statusCode, 201);
  return pathOf((await lastMailTo(t.ctx.db, email)).link)
    .split("/")
    .at(-1)!;
}

const conversationOf = async (reviewId: number) =>
  (await rows("select conversation_id from reviews where id = $1", [reviewId]))[0].conversation_id as
    | string
    | null;

test("the disclosure page says what the settings say, and changes with them", async () => {
  const visitor = new Agent(t.app);
  assert.match((await visitor.get("/avis")).body, /href="\/avis\/fonctionnement"/, "/avis leads to it");
  const page = await visitor.get("/avis/fonctionnement");
  assert.equal(page.statusCode, 200);
  for (const said of [
    "Les avis sont-ils contrôlés ?",
    "dans les 7 jours qui suivent sa réception",
    "7 jours au plus après sa réception",
    "au plus tard 7 jours après",
    "Du plus récent au plus ancien",
    "Non. Banque Confiance ne paie, ne récompense et n&#x27;achète aucun avis",
    "au moins 50 caractères",
    "60 mois après leur publication",
    "après 18 mois, il est affiché sans nom",
    "reste valable 60 jours",
    "Avis vérifié",
  ])
    assert.ok(page.body.includes(said) || page.body.includes(said.replaceAll("&#x27;", "'")), said);
  // The fixed list of reasons, every one of them.
  const { t: fr } = i18nFor("fr");
  for (const reason of REFUSAL_REASONS)
    assert.ok(
      page.body.includes(fr(`reviews.reason.${reason}`).replaceAll("'", "&#x27;")) ||
        page.body.includes(fr(`reviews.reason.${reason}`)),
      reason,
    );

  await pool().query(
    "update reviews_settings set moderation_delay_days = 5, hold_delay_days = 0, retention_months = 24, anonymity_months = 12, min_text_length = 80",
  );
  try {
    const changed = await visitor.get("/avis/fonctionnement");
    for (const said of [
      "dans les 5 jours",
      "5 jours au plus",
      "Aucun avis n",
      "24 mois après",
      "après 12 mois",
      "au moins 80 caractères",
    ])
      assert.ok(changed.body.includes(said), said);
    assert.ok(!changed.body.includes("au plus tard 7 jours après"));
  } finally {
    await pool().query(
      "update reviews_settings set moderation_delay_days = 7, hold_delay_days = 7, retention_months = 60, anonymity_months = 18, min_text_length = 50",
    );
  }
});

test("the conformity report counts a hand-built year: received, published, refused by reason, delays, answers, invitations", async () => {
  const at = (iso: string) => new Date(iso);
  const [batch] = await rows(
    "insert into reviews_invitation_batches (origin, label, invited, created_at) values ('csv', 'Lot 2025', 4, '2025-01-10T09:00:00Z') returning id",
  );
  await pool().query(
    "insert into reviews_invitation_batches (origin, label, invited, refused_filter, created_at) values ('api', 'Filtré 2025', 0, 'minRating', '2025-02-01T09:00:00Z')",
  );
  const invitationIds: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [row] = await rows(
      `insert into reviews_invitations (batch_id, token_hash, email, experience_date, expires_at, sent_at, used_at, created_at)
       values ($1, $2, $3, '2025-01-05', '2025-03-10T09:00:00Z', '2025-01-10T09:00:00Z', $4, '2025-01-10T09:00:00Z') returning id`,
      [
        batch.id,
        Buffer.from(`conformity-${i}`.padEnd(32, "x")),
        `audit${i}@exemple.fr`,
        i < 2 ? at("2025-01-12T09:00:00Z") : null,
      ],
    );
    invitationIds.push(Number(row.id));
  }
  const review = async (values: {
    invitation?: number;
    status: string;
    received: string;
    published?: string;
  }) => {
    const [row] = await rows(
      `insert into reviews (invitation_id, verified, author_name, rating, title, body, product, experience_date, status, submitted_at, first_published_at, published_at, created_at)
       values ($1, $2, 'Audit A.', 4, 'Titre', 'Un texte assez long pour être un avis sur la banque.', 'compte', '2025-01-05', $3, $4, $5, $5, $4) returning id`,
      [
        values.invitation ?? null,
        values.invitation !== undefined,
        values.status,
        values.received,
        values.published ?? null,
      ],
    );
    return Number(row.id);
  };
  const decide = (
    reviewId: number,
    decision: string,
    reason: string | null,
    submitted: string,
    decided: string,
  ) =>
    pool().query(
      `insert into reviews_decisions (review_id, version, decision, reason, submitted_at, decided_at) values ($1, 1, $2, $3, $4, $5)`,
      [reviewId, decision, reason, submitted, decided],
    );
  // Published in 10 h, answered 20 h later.
  const a = await review({
    invitation: invitationIds[0],
    status: "published",
    received: "2025-01-12T09:00:00Z",
    published: "2025-01-12T19:00:00Z",
  });
  await decide(a, "published", null, "2025-01-12T09:00:00Z", "2025-01-12T19:00:00Z");
  await pool().query(
    "insert into reviews_answers (review_id, author_id, body, review_version, published_at) values ($1, $2, 'Merci', 1, '2025-01-13T15:00:00Z')",
    [a, advisor.id],
  );
  // Refused for insults in 4 h, then corrected and published 30 h after arrival.
  const b = await review({
    invitation: invitationIds[1],
    status: "published",
    received: "2025-03-01T09:00:00Z",
    published: "2025-03-02T15:00:00Z",
  });
  await decide(b, "refused", "insults", "2025-03-01T09:00:00Z", "2025-03-01T13:00:00Z");
  await decide(b, "published", null, "2025-03-02T09:00:00Z", "2025-03-02T15:00:00Z");
  // Spontaneous, refused as a duplicate in 2 h, not corrected.
  const c = await review({ status: "refused", received: "2025-05-01T09:00:00Z" });
  await decide(c, "refused", "duplicate", "2025-05-01T09:00:00Z", "2025-05-01T11:00:00Z");
  // Spontaneous, decided after 9 days: beyond the 7 days published.
  const d = await review({
    status: "published",
    received: "2025-06-01T09:00:00Z",
    published: "2025-06-10T09:00:00Z",
  });
  await decide(d, "published", null, "2025-06-01T09:00:00Z", "2025-06-10T09:00:00Z");

  const compliance = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
  const page = await compliance.get("/admin/avis/conformite?annee=2025");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Avis reçus en 2025</, "a year is not a number to format (« 2 025 »)");
  const csv = await compliance.get("/admin/avis/conformite.csv?annee=2025");
  assert.equal(csv.statusCode, 200);
  assert.match(csv.headers["content-type"] as string, /^text\/csv/);
  assert.match(csv.headers["content-disposition"] as string, /conformite-avis-2025\.csv/);
  const lines = new Map(
    csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => {
        const cut = line.lastIndexOf(",");
        return [line.slice(0, cut).replace(/^"|"$/g, ""), line.slice(cut + 1)] as const;
      }),
  );
  const expect = {
    Année: "2025",
    "Avis reçus": "4",
    "dont avis vérifiés (sur invitation)": "2",
    "dont avis spontanés": "2",
    Publiés: "3",
    "Refusés (non corrigés depuis)": "1",
    "Refus : Propos injurieux, insultants ou discriminatoires": "1",
    "Refus : Doublon d'un avis déjà publié": "1",
    "Refus : Contenu illicite": "0",
    // Decisions after 10, 4, 2 and 216 hours: (4 + 10) / 2.
    "Délai médian avant décision (heures)": "7",
    "Décidés après le délai publié de 7 jours": "1",
    "Avis publiés ayant reçu une réponse de la banque": "1",
    "Part des avis publiés ayant une réponse (%)": "33.3",
    "Délai médian de réponse après publication (heures)": "20",
    "Invitations envoyées": "4",
    "Avis reçus sur ces invitations": "2",
    "Taux de réponse aux invitations (%)": "50",
    "Lots refusés pour filtre de satisfaction": "1",
  };
  for (const [label, value] of Object.entries(expect)) assert.equal(lines.get(label), value, label);
  assert.match(page.body, /<th scope="row">Avis reçus<\/th>\s*<td>4<\/td>/);
  assert.match(page.body, /<th scope="row">Taux de réponse aux invitations \(%\)<\/th>\s*<td>50<\/td>/);

  const advisorAgent = await signedIn(t.app, (await staffMember(t.ctx, "advisor", "Paul Advisor")).person);
  assert.equal((await advisorAgent.get("/admin/avis/conformite")).statusCode, 403);
  const someone = await signedIn(t.app, await createPerson(t.ctx, "member"));
  assert.equal((await someone.get("/admin/avis/conformite.csv")).statusCode, 403);
});

test("a negative review opens an inbox conversation at once; held at its author's choice, it is published when its hold ends, whatever happens", async () => {
  const token = await invited("bruno.client@exemple.fr", "Bruno", "Lefèvre");
  const written = await writeFromInvitation(
    t.ctx,
    null,
    token,
    writing({
      rating: "1",
      title: "Trois semaines sans réponse",
      body: "J'ai demandé le déblocage de mon épargne il y a trois semaines et personne ne me rappelle. Très déçu.",
      product: "epargne",
      hold: "1",
    }),
  );
  assert.ok(written.ok);
  const id = written.reviewId;
  const conversationId = await conversationOf(id);
  assert.ok(conversationId, "a negative review opens its conversation when it arrives");
  const [conversation] = await rows(
    "select source, thread_key, source_link, subject, sentiment from inbox_conversations where id = $1",
    [conversationId],
  );
  assert.deepEqual(
    { ...conversation, sentiment: undefined },
    {
      source: "review",
      thread_key: `review:${id}`,
      source_link: `/avis/${id}`,
      subject: "Avis 1/5 : Trois semaines sans réponse",
      sentiment: undefined,
    },
  );

  assert.ok((await publishReview(t.ctx, moderator, id)).ok);
  assert.equal((await rows("select status from reviews where id = $1", [id]))[0].status, "held");
  assert.equal((await new Agent(t.app).get(`/avis/${id}`)).statusCode, 404, "held: not public yet");
  // The bank may not answer in public yet; it may write to the author in private.
  await assert.rejects(
    answer(t.ctx, advisor, Number(conversationId), {
      body: "Bonjour, nous allons vous rappeler.",
      public: true,
      statusAfter: "waiting_on_client",
    }),
    /review_not_published/,
  );
  await answer(t.ctx, advisor, Number(conversationId), {
    body: "Bonjour Bruno, un conseiller vous appelle demain matin pour le déblocage.",
    public: false,
    statusAfter: "waiting_on_client",
  });
  assert.match(
    (await lastMailTo(t.ctx.db, "bruno.client@exemple.fr")).text,
    /un conseiller vous appelle demain matin/,
  );

  assert.equal(await releaseHeldReviews(t.ctx), 0, "not before its hold ends");
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + 8 * DAY);
  try {
    assert.equal(await releaseHeldReviews(t.ctx), 1);
  } finally {
    t.ctx.clock.now = realNow;
  }
  const [published] = await rows(
    "select status, published_at is not null as public from reviews where id = $1",
    [id],
  );
  assert.deepEqual({ ...published }, { status: "published", public: true });
  assert.equal((await new Agent(t.app).get(`/avis/${id}`)).statusCode, 200);
});

test("the bank answers a review through the inbox, once; the answer appears on the review; the author's update after it keeps both versions public", async () => {
  const author = await member();
  const written = await writeSpontaneous(
    t.ctx,
    author,
    writing({
      rating: "2",
      title: "Frais de tenue de compte",
      body: "Les frais de tenue de compte ont encore augmenté cette année sans aucune explication claire.",
    }),
  );
  assert.ok(written.ok);
  const id = written.reviewId;
  assert.ok((await publishReview(t.ctx, moderator, id)).ok);
  const conversationId = Number(await conversationOf(id));
  assert.ok(conversationId);

  // The public-reply guard applies: bank secrecy before anything else.
  await assert.rejects(
    answer(t.ctx, advisor, conversationId, {
      body: "Votre compte n° 12345678901 montre pourtant ces frais.",
      public: true,
      statusAfter: "resolved",
    }),
    /public_reply_guarded/,
  );
  const body =
    "Bonjour, nos tarifs 2026 sont expliqués sur notre site, et nos conseillers étudient chaque situation sur rendez-vous.";
  const sent = await answer(t.ctx, advisor, conversationId, {
    body,
    public: true,
    statusAfter: "waiting_on_client",
  });
  // A review read as a complaint is answered in public only once compliance approves (the inbox's rule).
  const [read] = await rows("select complaint from inbox_conversations where id = $1", [conversationId]);
  assert.equal(sent.delivery, read.complaint ? "pending_approval" : "sent");
  if (sent.delivery === "pending_approval") {
    assert.equal(
      (await rows("select count(*)::int n from reviews_answers where review_id = $1", [id]))[0].n,
      0,
    );
    const compliance = await staffActor(t.ctx, "compliance_officer", "Inès Garnier");
    assert.deepEqual(
      await approveAnswer(t.ctx, compliance, sent.messageId, { body, statusAfter: "waiting_on_client" }),
      {
        ok: true,
      },
    );
  }
  const [stored] = await rows(
    "select author_id, review_version, conversation_id from reviews_answers where review_id = $1",
    [id],
  );
  assert.deepEqual(
    { ...stored },
    { author_id: String(advisor.id), review_version: 1, conversation_id: String(conversationId) },
  );
  const visitor = new Agent(t.app);
  const page = await visitor.get(`/avis/${id}`);
  assert.match(page.body, /nos tarifs 2026 sont expliqués sur notre site/);
  assert.match((await lastMailTo(t.ctx.db, author.email)).subject, /a répondu à votre avis/);

  await assert.rejects(
    answer(t.ctx, advisor, conversationId, { body: "Un second mot.", public: true, statusAfter: "resolved" }),
    /review_answered/,
  );

  const updated = await correctReview(
    t.ctx,
    author,
    { accountId: author.id },
    id,
    writing({
      rating: "4",
      title: "Frais de tenue de compte : réglé",
      body: "Mon conseiller m'a rappelé et a revu mon offre : les frais ont baissé. Je remonte ma note.",
    }),
  );
  assert.ok(updated.ok);
  assert.doesNotMatch(
    (await visitor.get(`/avis/${id}`)).body,
    /Frais de tenue de compte : réglé/,
    "an update is checked before it is public",
  );
  assert.ok((await publishReview(t.ctx, moderator, id)).ok);
  const again = await visitor.get(`/avis/${id}`);
  assert.match(again.body, /Frais de tenue de compte : réglé/);
  assert.match(again.body, /encore augmenté cette année/, "the version the bank answered stays public");
  assert.match(again.body, /nos tarifs 2026 sont expliqués/);
  const messages = await rows(
    "select body from inbox_messages where conversation_id = $1 and direction = 'incoming' order by id",
    [conversationId],
  );
  assert.equal(messages.length, 2, "the update joins the review's conversation");
  assert.match(messages[1].body, /version 2/);
});

test("a complaint in a review is read as one, and once confirmed it runs on the legal clocks", async () => {
  const author = await member();
  const written = await writeSpontaneous(
    t.ctx,
    author,
    writing({
      rating: "1",
      title: "Prélèvement contesté",
      body: "Je conteste ces frais injustifiés prélevés deux fois sur mon compte. Je demande le remboursement, c'est inadmissible.",
      product: "compte",
    }),
  );
  assert.ok(written.ok);
  const conversationId = Number(await conversationOf(written.reviewId));
  const [suggested] = await rows("select complaint from inbox_conversations where id = $1", [conversationId]);
  assert.equal(suggested.complaint, true, "suggested as a complaint by the inbox's reading");
  const compliance = await staffActor(t.ctx, "compliance_officer", "Inès Garnier");
  const entry = await registerComplaint(t.ctx, conversationId, compliance);
  assert.ok(entry);
  const [complaint] = await rows(
    "select channel, acknowledge_by::text, answer_by::text, source_link from inbox_complaints where conversation_id = $1",
    [conversationId],
  );
  assert.equal(complaint.channel, "review");
  assert.ok(complaint.acknowledge_by && complaint.answer_by, "the legal clocks are set");
  assert.match(complaint.source_link, new RegExp(`/avis/${written.reviewId}$`));
});

test("a positive review reaches the inbox when published, not before; its conversation resolved invites nobody", async () => {
  const author = await member();
  const written = await writeSpontaneous(t.ctx, author, writing({ rating: "5" }));
  assert.ok(written.ok);
  assert.equal(await conversationOf(written.reviewId), null);
  assert.ok((await publishReview(t.ctx, moderator, written.reviewId)).ok);
  const conversationId = Number(await conversationOf(written.reviewId));
  assert.ok(conversationId);
  await answer(t.ctx, advisor, conversationId, {
    body: "Merci pour votre confiance !",
    public: true,
    statusAfter: "resolved",
  });
  assert.equal(
    (
      await rows("select count(*)::int n from reviews_invitations where conversation_id = $1", [
        conversationId,
      ])
    )[0].n,
    0,
  );
});

test("retention: a review is deleted past its period with its record; an old invitation keeps only its dates", async () => {
  const old = new Date(Date.now() - 61 * 30 * DAY);
  const [review] = await rows(
    `insert into reviews (verified, author_name, rating, title, body, product, experience_date, status, submitted_at, first_published_at, published_at, created_at)
     values (false, 'Vieux A.', 3, 'Ancien', 'Un avis ancien, publié il y a plus de cinq ans, sur la banque.', 'compte', '2020-01-01', 'published', $1, $1, $1, $1) returning id`,
    [old],
  );
  const [batch] = await rows(
    "insert into reviews_invitation_batches (origin, label, invited, created_at) values ('csv', 'Vieux lot', 1, $1) returning id",
    [old],
  );
  await pool().query(
    `insert into reviews_invitations (batch_id, token_hash, email, first_name, last_name, external_reference, experience_date, expires_at, sent_at, created_at)
     values ($1, $2, 'vieux@exemple.fr', 'Jean', 'Vieux', 'RDV-OLD', '2020-01-01', $3, $3, $3)`,
    [batch.id, Buffer.from("retention".padEnd(32, "x")), new Date(Date.now() - 120 * DAY)],
  );
  const done = await applyReviewsRetention(t.ctx);
  assert.ok(done.reviews >= 1 && done.invitations >= 1);
  assert.equal((await rows("select count(*)::int n from reviews where id = $1", [review.id]))[0].n, 0);
  const [kept] = await rows(
    "select email, first_name, external_reference, sent_at is not null as dated from reviews_invitations where batch_id = $1",
    [batch.id],
  );
  assert.deepEqual({ ...kept }, { email: null, first_name: "", external_reference: null, dated: true });
});

test("a member's reviews and invitations are in their export; after erasure the review stays public, unlinked from them", async () => {
  const person = await createPerson(t.ctx, "member", "sandrine.export@exemple.fr", "Sandrine Export");
  const author: Actor = { ...(await member()), id: person.id, email: person.email };
  const written = await writeSpontaneous(
    t.ctx,
    author,
    writing({ rating: "5", title: "Un accueil chaleureux en agence" }),
  );
  assert.ok(written.ok);
  assert.ok((await publishReview(t.ctx, moderator, written.reviewId)).ok);
  await invited(person.email, "Sandrine", "Export");

  const agent = await signedIn(t.app, person);
  const exported = JSON.parse((await agent.get("/compte/donnees.json")).body);
  assert.ok(
    exported.data.reviews?.some((r: { title: string }) => r.title === "Un accueil chaleureux en agence"),
  );
  assert.ok(exported.data.reviews_invitations?.length > 0, "the invitation sent to their address");

  await agent.get("/compte/supprimer");
  assert.equal(
    (await agent.post("/compte/supprimer", { password: PASSWORD, confirm: "yes" })).statusCode,
    200,
  );
  const [review] = await rows("select status, author_account_id, author_email from reviews where id = $1", [
    written.reviewId,
  ]);
  assert.deepEqual({ ...review }, { status: "published", author_account_id: null, author_email: null });
  const [invitation] = await rows(
    "select count(*)::int n from reviews_invitations where email = 'sandrine.export@exemple.fr'",
  );
  assert.equal(invitation.n, 0);
  assert.equal((await new Agent(t.app).get(`/avis/${written.reviewId}`)).statusCode, 200);
});
