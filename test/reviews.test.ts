import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { schedules } from "../src/background.ts";
import { releaseHeldReviews, scoreNow } from "../src/features/reviews/index.ts";
import { scoreOf } from "../src/features/reviews/score.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";
import { invitation, reviewForm, shownVersion, today } from "./helpers/reviews.ts";

/**
 * Reviews against the real database: writing (spontaneous and from an invitation), every bad
 * input answered with a clear message and nothing typed lost, moderation in order of arrival
 * with fixed reasons and a statement of reasons, corrections and withdrawal, the public pages
 * (score equal to a fresh computation, filters, newest first, schema.org markup, the badge).
 */
let t: TestApp;
let moderator: Agent;
let member: Agent;
let memberPerson: { id: number; email: string };

before(async () => {
  t = await startTestApp();
  moderator = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  const person = await createPerson(t.ctx, "member", undefined, "Léa Fontaine");
  memberPerson = person;
  member = await signedIn(t.app, person);
});
after(() => t.close());

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;
const newestReview = async () =>
  (await rows("select * from reviews order by id desc limit 1"))[0] as Record<string, unknown> & {
    id: string;
  };

async function publish(id: string | number) {
  const page = await moderator.get(`/moderation/avis/${id}`);
  const response = await moderator.post(`/moderation/avis/${id}/publier`, shownVersion(page.body));
  assert.equal(response.statusCode, 303);
}

async function spontaneous(agent: Agent, over: Record<string, string> = {}) {
  await agent.get("/avis/ecrire");
  const response = await agent.post("/avis/ecrire", reviewForm(t.ctx, over));
  assert.equal(response.statusCode, 200, response.body.slice(0, 400));
  return newestReview();
}

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  );

test("a member's spontaneous review waits for moderation, signed with first name and initial", async () => {
  const review = await spontaneous(member, { title: "Spontané et attentif" });
  assert.equal(review.status, "submitted");
  assert.equal(review.verified, false);
  assert.equal(review.author_name, "Léa F.");
  assert.equal(review.rating_advice, 5);
  assert.equal(review.rating_digital, null);
  assert.doesNotMatch((await new Agent(t.app).get("/avis")).body, /Spontané et attentif/);
});

test("bad input: rating out of range, future or old experience, short text — every message at once, nothing lost", async () => {
  await member.get("/avis/ecrire");
  const typed = reviewForm(t.ctx, {
    rating: "7",
    experienceDate: "2999-01-01",
    body: "Trop court pour un avis.",
    title: "Mon titre gardé",
  });
  const response = await member.post("/avis/ecrire", typed);
  assert.equal(response.statusCode, 422);
  for (const message of [
    "Choisissez une note générale de 1 à 5 étoiles.",
    "La date de votre expérience est dans le futur",
    "Votre avis est trop court",
  ])
    assert.ok(response.body.includes(message), message);
  assert.match(response.body, /value="Mon titre gardé"/);
  assert.match(response.body, />Trop court pour un avis.<\/textarea>/);
  assert.match(response.body, /value="2999-01-01"/);

  const old = await member.post("/avis/ecrire", reviewForm(t.ctx, { experienceDate: "2020-01-01" }));
  assert.equal(old.statusCode, 422);
  assert.match(old.body, /Votre expérience date de plus de 12 mois/);
  const aspect = await member.post("/avis/ecrire", reviewForm(t.ctx, { fees: "0" }));
  assert.equal(aspect.statusCode, 422);
  assert.match(aspect.body, /Une note par aspect va de 1 à 5/);
  assert.equal((await rows("select count(*)::int n from reviews where title = 'Mon titre gardé'"))[0].n, 0);
});

test("a review by staff is refused with a clear message, the text kept to copy; also from an invitation", async () => {
  const advisor = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
  const page = await advisor.get("/avis/ecrire");
  assert.equal(page.statusCode, 403);
  assert.match(page.body, /Les collaborateurs de la banque ne donnent pas d&#39;avis|ne donnent pas d'avis/);
  const sent = await advisor.post(
    "/avis/ecrire",
    reviewForm(t.ctx, { body: "Texte du collaborateur à garder, assez long pour être un avis." }),
  );
  assert.equal(sent.statusCode, 403);
  assert.match(sent.body, /Texte du collaborateur à garder/);
  const token = await invitation(t.ctx);
  assert.equal((await advisor.get(`/avis/invitation/${token}`)).statusCode, 403);
  const viaInvitation = await advisor.post(`/avis/invitation/${token}`, reviewForm(t.ctx));
  assert.equal(viaInvitation.statusCode, 403);
  assert.equal(
    (await rows("select used_at from reviews_invitations order by id desc limit 1"))[0].used_at,
    null,
  );
});

test("an invitation writes one verified review once; reused, forged and expired links say so, text kept", async () => {
  const token = await invitation(t.ctx, { product: "epargne" });
  const visitor = new Agent(t.app);
  const form = await visitor.get(`/avis/invitation/${token}`);
  assert.equal(form.statusCode, 200);
  assert.equal(form.headers["cache-control"], "no-store");
  assert.match(form.body, /<option value="epargne" selected/);
  const sent = await visitor.post(
    `/avis/invitation/${token}`,
    reviewForm(t.ctx, { product: "epargne", title: "Vérifié" }),
  );
  assert.equal(sent.statusCode, 200, sent.body.slice(0, 500));
  const review = await newestReview();
  assert.equal(review.verified, true);
  assert.equal(review.author_name, "Camille D.");
  assert.ok(review.author_key_hash, "an author without an account gets a key");
  const receipt = await lastMailTo(t.ctx.db, String(review.author_email));
  assert.match(pathOf(receipt.link), /^\/avis\/gerer\/[A-Za-z0-9_-]{43}$/);
  assert.equal((await visitor.get(pathOf(receipt.link))).statusCode, 200);

  const again = await visitor.post(
    `/avis/invitation/${token}`,
    reviewForm(t.ctx, { body: "Une seconde fois, avec un texte que je ne veux pas perdre du tout." }),
  );
  assert.equal(again.statusCode, 410);
  assert.match(again.body, /Invitation déjà utilisée/);
  assert.match(again.body, /Une seconde fois, avec un texte que je ne veux pas perdre/);

  const forged = await visitor.post(`/avis/invitation/${"A".repeat(43)}`, reviewForm(t.ctx));
  assert.equal(forged.statusCode, 404);
  assert.match(forged.body, /Lien inconnu/);
  assert.equal((await visitor.get("/avis/invitation/pas-un-jeton")).statusCode, 404);

  const expired = await invitation(t.ctx, { expiresAt: new Date(t.ctx.clock.now().getTime() - 1000) });
  assert.equal((await visitor.get(`/avis/invitation/${expired}`)).statusCode, 410);
});

test("moderation: order of arrival; refusal only for a fixed reason, the statement sent; corrected, it comes back", async () => {
  const first = await spontaneous(member, { title: "Premier arrivé" });
  const second = await spontaneous(member, { title: "Second arrivé" });
  const queue = (await moderator.get("/moderation/avis")).body;
  assert.ok(queue.indexOf("Premier arrivé") < queue.indexOf("Second arrivé"), "oldest first");

  const seen = shownVersion((await moderator.get(`/moderation/avis/${second.id}`)).body);
  const noReason = await moderator.post(`/moderation/avis/${second.id}/refuser`, {
    ...seen,
    reason: "negative",
    explanation: "Trop négatif à mon goût.",
  });
  assert.equal(noReason.statusCode, 422);
  assert.match(noReason.body, /Choisissez le motif du refus dans la liste/);
  assert.match(noReason.body, /Trop négatif à mon goût/);

  const refused = await moderator.post(`/moderation/avis/${second.id}/refuser`, {
    ...seen,
    reason: "off_topic",
    explanation: "Votre texte parle d'une autre enseigne : décrivez votre expérience avec nous.",
  });
  assert.equal(refused.statusCode, 303);
  const mail = await lastMailTo(t.ctx.db, memberPerson.email);
  assert.match(mail.text, /Motif : Hors sujet/);
  assert.match(mail.text, /parle d'une autre enseigne/);
  assert.equal(pathOf(mail.link), `/compte/avis/${second.id}`);

  const page = await member.get(`/compte/avis/${second.id}`);
  assert.match(page.body, /Motif du refus/);
  assert.match(page.body, /Hors sujet/);
  const corrected = await member.post(
    `/compte/avis/${second.id}`,
    reviewForm(t.ctx, { title: "Second, corrigé" }),
  );
  assert.equal(corrected.statusCode, 303);
  const after = (await rows("select status, version from reviews where id = $1", [second.id]))[0];
  assert.deepEqual(after, { status: "submitted", version: 2 });
  const decisions = await rows("select decision, reason from reviews_decisions where review_id = $1", [
    second.id,
  ]);
  assert.deepEqual(decisions, [{ decision: "refused", reason: "off_topic" }]);

  await publish(first.id);
  assert.equal(
    (await moderator.post(`/moderation/avis/${first.id}/publier`, { version: "1" })).statusCode,
    303,
  );
  assert.equal(
    (await rows("select count(*)::int n from reviews_decisions where review_id = $1", [first.id]))[0].n,
    1,
    "a second click decides nothing",
  );
});

test("/avis: the score equals a fresh computation; filters; newest first; answers; schema.org markup", async () => {
  for (const [rating, product] of [
    ["5", "carte"],
    ["1", "carte"],
    ["3", "epargne"],
  ] as const) {
    const review = await spontaneous(member, { rating, product, title: `Note ${rating} sur ${product}` });
    await publish(review.id);
  }
  const visitor = new Agent(t.app);
  const page = await visitor.get("/avis");
  assert.equal(page.statusCode, 200);
  const ratings = (
    await rows(
      "select rating from reviews where status = 'published' and published_at >= now() - interval '12 months'",
    )
  ).map((row) => Number(row.rating));
  const fresh = scoreOf(ratings);
  assert.deepEqual(await scoreNow(t.ctx), fresh);
  const [aggregate] = jsonLd(page.body);
  assert.equal(aggregate.aggregateRating.ratingValue, fresh.average);
  assert.equal(aggregate.aggregateRating.reviewCount, fresh.count);
  assert.ok(page.body.includes(`${String(fresh.average).replace(".", ",")} sur 5`));

  const order = [...page.body.matchAll(/Note (\d) sur (\w+)/g)].map((m) => m[0]);
  assert.deepEqual(order.slice(0, 3), ["Note 3 sur epargne", "Note 1 sur carte", "Note 5 sur carte"]);
  const cards = (await visitor.get("/avis?produit=carte&note=1")).body;
  assert.match(cards, /Note 1 sur carte/);
  assert.doesNotMatch(cards, /Note 5 sur carte|Note 3 sur epargne/);

  const [one] = await rows("select id from reviews where title = 'Note 1 sur carte'");
  await t.ctx.database.pool.query(
    "insert into reviews_answers (review_id, author_id, body, review_version, published_at) values ($1, 1, 'Nous vous rappelons demain.', 1, now())",
    [one.id],
  );
  await t.ctx.publicPages.changed(["reviews", `review:${one.id}`]);
  const own = await visitor.get(`/avis/${one.id}`);
  assert.equal(own.statusCode, 200);
  assert.match(own.body, /Nous vous rappelons demain/);
  const [markup] = jsonLd(own.body);
  assert.equal(markup["@type"], "Review");
  assert.equal(markup.reviewRating.ratingValue, 1);
  assert.equal(markup.author.name, "Léa F.");
  assert.equal(markup.itemReviewed.name, t.ctx.config.bankName);

  const counted = await rows(
    "select source, product, link from sentiment_messages where source = 'review' and object_id = $1",
    [one.id],
  );
  assert.deepEqual(
    counted,
    [{ source: "review", product: "carte", link: `/avis/${one.id}` }],
    "the barometer counts it",
  );

  const badge = await visitor.get("/avis/badge.svg");
  assert.equal(badge.headers["content-type"], "image/svg+xml; charset=utf-8");
  assert.equal(badge.headers["cross-origin-resource-policy"], "cross-origin");
  assert.match(badge.body, new RegExp(`${String(fresh.average).replace(".", ",")} sur 5`));
});

test("after the anonymity period a review is shown without name; a withdrawn review leaves the pages", async () => {
  const review = await spontaneous(member, { title: "Ancien avis signé" });
  await publish(review.id);
  const visitor = new Agent(t.app);
  assert.match((await visitor.get(`/avis/${review.id}`)).body, /Par Léa F\./);
  await t.ctx.database.pool.query(
    "update reviews set first_published_at = now() - interval '19 months' where id = $1",
    [review.id],
  );
  const newDay = schedules(t.ctx).find((job) => job.name === "reviews-new-day")!;
  assert.equal(newDay.cron, "0 0 * * *");
  await newDay.run();
  const anonymous = (await visitor.get(`/avis/${review.id}`)).body;
  assert.doesNotMatch(anonymous, /Léa F\./);
  assert.match(anonymous, /Par Client/);

  assert.equal((await member.post(`/compte/avis/${review.id}/retirer`)).statusCode, 303);
  assert.equal((await visitor.get(`/avis/${review.id}`)).statusCode, 404);
  assert.doesNotMatch((await visitor.get("/avis")).body, /Ancien avis signé/);
});

test("an update after publication waits for a moderator, the accepted version public meanwhile; accepted, both are public", async () => {
  const review = await spontaneous(member, { title: "Avant la réponse" });
  await publish(review.id);
  await member.get(`/compte/avis/${review.id}`);
  const updated = await member.post(
    `/compte/avis/${review.id}`,
    reviewForm(t.ctx, { title: "Après la réponse", rating: "5" }),
  );
  assert.equal(updated.statusCode, 303);
  const visitor = new Agent(t.app);
  for (const path of [`/avis/${review.id}`, "/avis"]) {
    const waiting = (await visitor.get(path)).body;
    assert.match(waiting, /Avant la réponse/, path);
    assert.doesNotMatch(waiting, /Après la réponse/, `${path}: not public before a moderator accepts it`);
  }
  const queue = (await moderator.get("/moderation/avis")).body;
  assert.match(queue, /Après la réponse/, "the update is in the queue");
  const mine = (await member.get(`/compte/avis/${review.id}`)).body;
  assert.match(mine, /value="Après la réponse"/, "the author's form shows their update");

  await publish(review.id);
  const page = (await visitor.get(`/avis/${review.id}`)).body;
  assert.match(page, /Après la réponse/);
  assert.match(page, /Avant la réponse/);
  assert.match(page, /mis à jour le/);
  const decisions = await rows(
    "select decision, version from reviews_decisions where review_id = $1 order by id",
    [review.id],
  );
  assert.deepEqual(decisions, [
    { decision: "published", version: 1 },
    { decision: "published", version: 2 },
  ]);
});

test("a refused update leaves the accepted version public, unchanged", async () => {
  const review = await spontaneous(member, { title: "Version acceptée" });
  await publish(review.id);
  await member.get(`/compte/avis/${review.id}`);
  await member.post(`/compte/avis/${review.id}`, reviewForm(t.ctx, { title: "Version promotionnelle" }));
  const seen = shownVersion((await moderator.get(`/moderation/avis/${review.id}`)).body);
  assert.deepEqual(seen, { version: "2" });
  const refused = await moderator.post(`/moderation/avis/${review.id}/refuser`, {
    ...seen,
    reason: "promotion",
    explanation: "Votre mise à jour fait la promotion d'un service.",
  });
  assert.equal(refused.statusCode, 303);
  const page = (await new Agent(t.app).get(`/avis/${review.id}`)).body;
  assert.match(page, /Version acceptée/);
  assert.doesNotMatch(page, /Version promotionnelle/);
  assert.doesNotMatch((await moderator.get("/moderation/avis")).body, /Version promotionnelle/);
});

test("a negative review held at its author's request is published when the hold ends, whatever happens", async () => {
  const review = await spontaneous(member, { rating: "2", hold: "1", title: "Attente trop longue" });
  assert.ok(review.hold_until);
  await publish(review.id);
  assert.equal((await rows("select status from reviews where id = $1", [review.id]))[0].status, "held");
  assert.equal(await releaseHeldReviews(t.ctx), 0);
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + 8 * 86_400_000);
  try {
    assert.equal(await releaseHeldReviews(t.ctx), 1);
  } finally {
    t.ctx.clock.now = realNow;
  }
  assert.match((await new Agent(t.app).get("/avis")).body, /Attente trop longue/);
});

test("a positive review cannot be held; the experience date is today at the latest", async () => {
  const review = await spontaneous(member, { rating: "5", hold: "1", experienceDate: today(t.ctx) });
  assert.equal(review.hold_until, null);
});

test("the settings: out of range refused field by field with what was typed; a change is audited and followed", async () => {
  await moderator.get("/moderation/avis/reglages");
  const refused = await moderator.post("/moderation/avis/reglages", {
    moderationDelayDays: "5",
    holdDelayDays: "9",
    anonymityMonths: "18",
    retentionMonths: "60",
    minTextLength: "abc",
    invitationValidityDays: "60",
  });
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /value="9"/);
  assert.match(refused.body, /value="abc"/);
  assert.equal((await rows("select hold_delay_days from reviews_settings"))[0].hold_delay_days, 7);

  const saved = await moderator.post("/moderation/avis/reglages", {
    moderationDelayDays: "5",
    holdDelayDays: "3",
    anonymityMonths: "18",
    retentionMonths: "60",
    minTextLength: "50",
    invitationValidityDays: "60",
  });
  assert.equal(saved.statusCode, 303);
  const [audit] = await rows("select details from audit_log where action = 'reviews.settings_changed'");
  assert.equal(audit.details.before.moderationDelayDays, 7);
  assert.equal(audit.details.after.moderationDelayDays, 5);
  assert.match((await new Agent(t.app).get("/avis")).body, /publié ou refusé dans les 5 jours/);
  const form = (await member.get("/avis/ecrire")).body;
  assert.match(form, /3 jours au plus pour me contacter/);
});

test("a moderator never publishes a text they did not read: corrected since the page was opened, the decision answers 409 with the new text", async () => {
  const review = await spontaneous(member, { title: "Version lue par la modération" });
  const seen = shownVersion((await moderator.get(`/moderation/avis/${review.id}`)).body);
  const corrected = await member.post(
    `/compte/avis/${review.id}`,
    reviewForm(t.ctx, { title: "Version corrigée ensuite" }),
  );
  assert.equal(corrected.statusCode, 303);
  for (const [action, fields] of [
    ["publier", {}],
    ["refuser", { reason: "off_topic", explanation: "Hors sujet, vu sur l'ancienne version." }],
  ] as const) {
    const stale = await moderator.post(`/moderation/avis/${review.id}/${action}`, { ...seen, ...fields });
    assert.equal(stale.statusCode, 409, action);
    assert.match(stale.body, /L&#x27;auteur a corrigé cet avis|L'auteur a corrigé cet avis/);
    assert.match(stale.body, /Version corrigée ensuite/, "the new text is shown");
  }
  assert.equal((await rows("select status from reviews where id = $1", [review.id]))[0].status, "submitted");
  await publish(review.id);
});

test("an invitation's review is dated by the invitation, never by the form: a tampered hidden date is ignored, also on correction", async () => {
  const recorded = new Date(t.ctx.clock.now().getTime() - 20 * 86_400_000).toISOString().slice(0, 10);
  const tampered = new Date(t.ctx.clock.now().getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
  const token = await invitation(t.ctx, { experienceDate: recorded });
  const visitor = new Agent(t.app);
  await visitor.get(`/avis/invitation/${token}`);
  const thanks = await visitor.post(
    `/avis/invitation/${token}`,
    reviewForm(t.ctx, { title: "Date trafiquée", experienceDate: tampered }),
  );
  assert.equal(thanks.statusCode, 200);
  const review = await newestReview();
  assert.equal(review.title, "Date trafiquée");
  const dated = await rows("select experience_date::text d from reviews where id = $1", [review.id]);
  assert.equal(dated[0].d, recorded);
  const keyPath = /href="(\/avis\/gerer\/[^"]+)"/.exec(thanks.body)![1]!;
  await visitor.get(keyPath);
  const corrected = await visitor.post(
    keyPath,
    reviewForm(t.ctx, { title: "Date trafiquée, corrigé", experienceDate: tampered }),
  );
  assert.equal(corrected.statusCode, 303);
  const [after] = await rows("select title, experience_date::text from reviews where id = $1", [review.id]);
  assert.deepEqual({ ...after }, { title: "Date trafiquée, corrigé", experience_date: recorded });
});
