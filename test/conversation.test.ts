import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { reply } from "../src/features/community/index.ts";
import { sendNotificationMails } from "../src/features/community/mails.ts";
import { sendDailyDigests } from "../src/features/community/notifications.ts";
import { memberHandle } from "../src/text/mentions.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { deliverMail } from "./helpers/mail.ts";
import { actorOf, createPerson, signedIn } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

async function member(displayName: string) {
  const person = await createPerson(t.ctx, "member", undefined, displayName);
  return { ...person, displayName, agent: await signedIn(t.app, person) };
}

async function ask(agent: Agent, title: string, body = "Bonjour, voici ma question détaillée.") {
  await agent.get("/nouveau-sujet");
  const response = await agent.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title,
    body,
  });
  assert.equal(response.statusCode, 303, `asked: ${title}`);
  const path = response.headers.location as string;
  return { path, id: path.split("/").at(-1)! };
}

const postIdAt = async (topicId: string, position: number) =>
  (
    await t.ctx.database.pool.query("select id from community_posts where topic_id = $1 and position = $2", [
      topicId,
      position,
    ])
  ).rows[0].id as string;

const notificationCount = async (accountId: number) =>
  Number(
    (
      await t.ctx.database.pool.query("select count(*) from community_notifications where account_id = $1", [
        accountId,
      ])
    ).rows[0].count,
  );

/** Every message the Mailbox caught for an address, oldest first (queued mail delivered first). */
const mailsTo = async (address: string) => {
  await deliverMail(t.ctx);
  const { rows } = await t.ctx.database.pool.query(
    "select subject, text from mailbox_messages where position($1 in recipients) > 0 order by id",
    [address],
  );
  return rows as { subject: string; text: string }[];
};

describe("useful marks and reputation", () => {
  test("members mark others' posts useful, not their own; points show on the profile", async () => {
    const asker = await member("Nadia Useful");
    const helper = await member("Paul Useful");
    const { path, id } = await ask(asker.agent, "Comment activer le paiement sans contact ?");
    await helper.agent.get(path);
    await helper.agent.post(`/t/${id}/repondre`, { body: "Dans l'application, rubrique Carte." });
    const replyId = await postIdAt(id, 2);
    const openingId = await postIdAt(id, 1);

    await asker.agent.get(path);
    assert.equal((await asker.agent.post(`/messages/${replyId}/utile`)).statusCode, 303);
    assert.match((await asker.agent.get(path)).body, /aria-pressed="true">Utile \(1\)/);
    assert.match((await new Agent(t.app).get(path)).body, /Utile pour 1 membre/, "visitors see the count");
    assert.equal(
      (await helper.agent.post(`/messages/${replyId}/utile`)).statusCode,
      403,
      "not one's own post",
    );
    assert.equal((await new Agent(t.app).post(`/messages/${openingId}/utile`)).statusCode, 401);

    const accepted = /name="postId" value="(\d+)"/.exec((await asker.agent.get(path)).body)![1]!;
    await asker.agent.post(`/t/${id}/accepter`, { postId: accepted });
    const profile = await new Agent(t.app).get(`/membres/${helper.id}`);
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, /11 points/, "1 useful mark + 10 for the accepted answer");
    assert.match(profile.body, /membre confirmé/);
    assert.match(profile.body, new RegExp(`@${memberHandle("Paul Useful", helper.id)}`));

    await asker.agent.get(path);
    await asker.agent.post(`/messages/${replyId}/utile`);
    assert.match((await asker.agent.get(path)).body, /aria-pressed="false">Utile \(0\)/, "taken back");
    assert.equal((await new Agent(t.app).get("/membres/999999")).statusCode, 404);
  });

  test("top listings rank the topics others found most useful in the period", async () => {
    const asker = await member("Rémi Top");
    const fans = [await member("Fan Un"), await member("Fan Deux")];
    const quiet = await ask(asker.agent, "Un sujet que personne ne trouve utile");
    const liked = await ask(asker.agent, "Un sujet très utile sur les frais à l'étranger");
    const opening = await postIdAt(liked.id, 1);
    for (const fan of fans) {
      await fan.agent.get(liked.path);
      await fan.agent.post(`/messages/${opening}/utile`);
    }
    await t.ctx.database.pool.query(
      "update community_topics set created_at = now() - interval '20 days' where id = $1",
      [quiet.id],
    );
    const month = (await new Agent(t.app).get("/?liste=meilleurs-mois")).body;
    assert.ok(
      month.indexOf("Un sujet très utile sur les frais") <
        month.indexOf("Un sujet que personne ne trouve utile"),
      "the useful topic first",
    );
    const week = (await new Agent(t.app).get("/?liste=meilleurs-semaine")).body;
    assert.match(week, /Un sujet très utile sur les frais/);
    assert.doesNotMatch(week, /Un sujet que personne ne trouve utile/, "opened before this week");
    assert.match(week, /<a href="\/\?liste=meilleurs-semaine" aria-current="page">Cette semaine/);
  });

  test("the sandbox holds new members to a few links and posts a day, and says why", async () => {
    const newcomer = await member("Léa Sandbox");
    await newcomer.agent.get("/nouveau-sujet");
    const links = await newcomer.agent.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "discussion",
      title: "Trois liens pour comparer",
      body: "Voir https://a.example, https://b.example et https://c.example",
    });
    assert.equal(links.statusCode, 422);
    assert.match(links.body, /trop de liens pour un nouveau membre/);
    assert.match(links.body, /https:\/\/c\.example/, "what was typed is kept");

    const { path, id } = await ask(newcomer.agent, "Premier sujet du nouveau membre");
    await newcomer.agent.get(path);
    const held: number[] = [];
    for (let i = 2; i <= 10; i++) {
      const posted = await newcomer.agent.post(`/t/${id}/repondre`, { body: `Précision ${i}` });
      assert.equal(posted.statusCode, 303, `post ${i} of the day`);
      if (!String(posted.headers.location).includes("#message-")) held.push(i);
    }
    // So many posts in two minutes is a burst: they wait for a moderator, and still count.
    assert.ok(held.length >= 6, `the burst is held (${held.join(", ")})`);
    const eleventh = await newcomer.agent.post(`/t/${id}/repondre`, { body: "Encore une précision" });
    assert.equal(eleventh.statusCode, 422);
    assert.match(eleventh.body, /nombre de messages par jour des nouveaux membres/);
    assert.match(eleventh.body, /Encore une précision/);

    const help = await new Agent(t.app).get("/aide/reputation");
    assert.equal(help.statusCode, 200);
    assert.match(help.body, /<td>10<\/td>/);
  });
});

describe("notifications", () => {
  test("followers hear of replies, the quoted and mentioned hear first, muted hear nothing; e-mails can be stopped in one click", async () => {
    const asker = await member("Inès Asker");
    const follower = await member("Marc Follower");
    const quoter = await member("Sami Quoter");
    const mentioned = await member("Julie Mention");
    const { path, id } = await ask(asker.agent, "Virement bloqué depuis trois jours");

    await follower.agent.get(path);
    await follower.agent.post(`/t/${id}/repondre`, { body: "Même souci chez moi." });
    assert.equal(await notificationCount(asker.id), 1, "the asker follows their topic");
    const toAsker = await lastMailTo(t.ctx.db, asker.email);
    assert.match(toAsker.subject, /Nouvelle réponse : Virement bloqué/);
    assert.match(toAsker.text, /Marc Follower a répondu/);
    assert.match(
      toAsker.listHeaders ?? "",
      /List-Unsubscribe: <http:\/\/localhost:\d+\/notifications\/desabonnement\?jeton=/i,
    );
    assert.match(toAsker.listHeaders ?? "", /List-Unsubscribe-Post: List-Unsubscribe=One-Click/i);

    // The follower quotes the asker and mentions Julie: the asker hears "quote", Julie "mention".
    const opening = await postIdAt(id, 1);
    const quotePage = await quoter.agent.get(`${path}?reponse=${opening}`);
    assert.match(quotePage.body, /name="replyTo" value="\d+"/);
    assert.match(
      quotePage.body,
      /> Bonjour, voici ma question détaillée\.\n\n<\/textarea>/,
      "the quote starts the reply",
    );
    const handle = memberHandle(mentioned.displayName, mentioned.id);
    await quoter.agent.post(`/t/${id}/repondre`, {
      body: `> Bonjour\n\nAppelez le service virements, @${handle} a eu le même cas.`,
      replyTo: opening,
    });
    const kinds = async (accountId: number) =>
      (
        await t.ctx.database.pool.query(
          "select kind from community_notifications where account_id = $1 order by id",
          [accountId],
        )
      ).rows.map((r) => r.kind);
    assert.deepEqual(await kinds(asker.id), ["reply", "quote"]);
    assert.deepEqual(await kinds(mentioned.id), ["mention"]);
    assert.deepEqual(await kinds(follower.id), ["reply"], "those who replied follow the topic");
    assert.deepEqual(await kinds(quoter.id), [], "never told of one's own post");
    const thread = await new Agent(t.app).get(path);
    assert.match(
      thread.body,
      new RegExp(`<a href="/membres/${mentioned.id}" class="mention">@${handle}</a>`),
    );
    assert.match(thread.body, /en réponse au message n° 1/);

    // The unread counter, the list, opening one.
    const home = await asker.agent.get("/");
    assert.match(home.body, /Notifications <span class="counter">2<\/span>/);
    const list = await asker.agent.get("/notifications");
    const first = /href="\/notifications\/(\d+)"/.exec(list.body)![1];
    const opened = await asker.agent.get(`/notifications/${first}`);
    assert.equal(opened.statusCode, 303);
    assert.match(opened.headers.location as string, /#message-3$/);
    assert.equal((await follower.agent.get(`/notifications/${first}`)).statusCode, 404, "not someone else's");
    await asker.agent.post("/notifications/lues");
    assert.doesNotMatch((await asker.agent.get("/")).body, /class="counter"/);

    // Muting: nothing more, not even a mention.
    await follower.agent.get(path);
    await follower.agent.post(`/t/${id}/suivi`, { niveau: "ignorer" });
    const before = await notificationCount(follower.id);
    await asker.agent.get(path);
    await asker.agent.post(`/t/${id}/repondre`, {
      body: `Merci @${memberHandle(follower.displayName, follower.id)} !`,
    });
    assert.equal(await notificationCount(follower.id), before);

    // One-click unsubscribe, as a mail client does it: a POST with no cookie and no form token.
    const link = pathOf(/<(http[^>]+)>/.exec(toAsker.listHeaders!)![1]);
    const page = await new Agent(t.app).get(link);
    assert.match(page.body, /Arrêter les e-mails pour : Réponses dans les sujets que vous suivez/);
    const oneClick = await t.app.inject({
      method: "POST",
      url: link,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    assert.equal(oneClick.statusCode, 200);
    assert.match((await asker.agent.get("/compte/notifications")).body, /name="reply" value="off" checked/);
    const forged = await t.app.inject({
      method: "POST",
      url: "/notifications/desabonnement?jeton=v1.abc.def.ghi",
    });
    assert.equal(forged.statusCode, 400);
  });

  test("a busy topic e-mails its followers once until they open it; mentions still reach them; opening it reads its news", async () => {
    const asker = await member("Rémi Busy");
    const first = await member("Anaïs Busy");
    const second = await member("Bruno Busy");
    const { path, id } = await ask(asker.agent, "Prélèvement SEPA rejeté deux fois");
    const replyAs = async (someone: { agent: Agent }, body: string) => {
      await someone.agent.get(path);
      assert.equal((await someone.agent.post(`/t/${id}/repondre`, { body })).statusCode, 303);
    };

    await replyAs(first, "Vérifiez le mandat signé avec le créancier.");
    const told = await mailsTo(asker.email);
    assert.equal(told.length, 1);
    assert.match(told[0]!.text, /Nous ne vous écrirons plus pour les réponses suivantes de ce sujet/);
    await replyAs(second, "Le rejet peut venir d'un plafond de prélèvement.");
    assert.equal((await mailsTo(first.email)).length, 1, "the first replier follows the topic");
    await replyAs(first, "Ou d'une opposition posée par erreur.");
    assert.equal((await mailsTo(asker.email)).length, 1, "one e-mail for three replies, none read");
    await replyAs(
      second,
      `@${memberHandle(asker.displayName, asker.id)} avez-vous appelé votre conseiller ?`,
    );
    const afterMention = await mailsTo(asker.email);
    assert.equal(afterMention.length, 2);
    assert.match(afterMention[1]!.subject, /On vous a mentionné/, "in person, told at once");
    assert.equal(await notificationCount(asker.id), 4, "every reply is still a notification");
    assert.match((await asker.agent.get("/")).body, /Notifications <span class="counter">4<\/span>/);

    // Opening the topic reads its news: the counter drops, and the next reply is e-mailed again.
    assert.doesNotMatch((await asker.agent.get(path)).body, /class="counter"/);
    const unread = await t.ctx.database.pool.query(
      "select count(*)::int n from community_notifications where account_id = $1 and read_at is null",
      [asker.id],
    );
    assert.equal(unread.rows[0].n, 0);
    await replyAs(first, "Bonne nouvelle : c'était l'opposition, elle est levée.");
    assert.equal((await mailsTo(asker.email)).length, 3);
  });

  test("replies' e-mails: an old unread e-mail or a mention does not hold them back, and two replies told at once send one", async () => {
    const asker = await member("Odile Paced");
    const helper = await member("Pierre Paced");
    const other = await member("Quentin Paced");
    const { path, id } = await ask(asker.agent, "Carte refusée à l'étranger malgré l'option");
    const opening = await postIdAt(id, 1);
    // Told by e-mail before replies were paced, and never opened: it holds nothing back.
    await t.ctx.database.pool.query(
      `insert into community_notifications (account_id, kind, topic_id, post_id, emailed_at, created_at)
       values ($1, 'reply', $2, $3, now() - interval '90 days', now() - interval '90 days')`,
      [asker.id, id, opening],
    );
    await helper.agent.get(path);
    await helper.agent.post(`/t/${id}/repondre`, {
      body: `@${memberHandle(asker.displayName, asker.id)} quel pays exactement ?`,
    });
    await helper.agent.post(`/t/${id}/repondre`, { body: "Vérifiez aussi le plafond de paiement." });
    assert.deepEqual(
      // Sorted: a worker may compose both in one batch, in either order.
      (await mailsTo(asker.email)).map((mail) => mail.subject.split(" :")[0]).sort(),
      ["Nouvelle réponse", "On vous a mentionné"],
      "a mention's e-mail does not hold back the next reply's",
    );

    // Opened, then two replies whose e-mails one worker composes together: one e-mail.
    await asker.agent.get(path);
    await other.agent.get(path);
    await other.agent.post(`/t/${id}/repondre`, { body: "Appelez le service carte, ouvert 24 h/24." });
    await helper.agent.post(`/t/${id}/repondre`, { body: "Ou activez l'option dans l'application." });
    const { rows } = await t.ctx.database.pool.query(
      "select id from community_notifications where account_id = $1 and emailed_at is null and read_at is null",
      [asker.id],
    );
    assert.equal(rows.length, 2);
    await sendNotificationMails(
      t.ctx,
      rows.map((row) => Number(row.id)),
      "immediate",
    );
    assert.equal((await mailsTo(asker.email)).length, 3);

    // Marking everything read is being back too: the next reply is e-mailed.
    await asker.agent.get("/notifications");
    await asker.agent.post("/notifications/lues");
    await other.agent.get(path);
    await other.agent.post(`/t/${id}/repondre`, { body: "Dernière précision : gardez le reçu." });
    assert.equal((await mailsTo(asker.email)).length, 4);

    // So is replying there, even without opening a page first (the reply's own statement).
    const answered = await reply(t.ctx, actorOf(asker, "member", asker.displayName), Number(id), {
      body: "Merci à tous, c'est réglé.",
    });
    assert.equal(answered.ok, true);
    // Another member than the helper: a fourth post on their first day would wait for a moderator.
    await other.agent.get(path);
    await other.agent.post(`/t/${id}/repondre`, { body: "Parfait, bon voyage !" });
    assert.equal((await mailsTo(asker.email)).length, 5);
  });

  test("opening a topic ends the wait for its replies' e-mail, even with no news on the page opened", async () => {
    const asker = await member("Sacha Waiting");
    const { path, id } = await ask(asker.agent, "Assurance emprunteur : changer en cours de prêt ?");
    // As after a reply's e-mail whose news is on another page, or already read.
    const marked = await t.ctx.database.pool.query(
      "update community_topic_subscriptions set replies_mailed_at = now() where account_id = $1 and topic_id = $2",
      [asker.id, id],
    );
    assert.equal(marked.rowCount, 1);
    await asker.agent.get(path);
    const { rows } = await t.ctx.database.pool.query(
      "select replies_mailed_at from community_topic_subscriptions where account_id = $1 and topic_id = $2",
      [asker.id, id],
    );
    assert.equal(rows[0].replies_mailed_at, null);
  });

  test("a quote of a post from another topic, or of no post, quotes nothing and tells that post's author nothing", async () => {
    const asker = await member("Lina Quoted");
    const elsewhere = await member("Hugo Elsewhere");
    const quoter = await member("Eva Quoter");
    const here = await ask(asker.agent, "Carte bloquée après trois codes faux");
    const there = await ask(elsewhere.agent, "Chéquier commandé jamais reçu");
    const foreign = await postIdAt(there.id, 1);
    await quoter.agent.get(here.path);
    for (const [replyTo, attempt] of [
      [foreign, "premier"],
      ["999999999", "second"],
    ] as const) {
      const sent = await quoter.agent.post(`/t/${here.id}/repondre`, {
        body: `Le code se débloque au distributeur de votre agence (${attempt} essai).`,
        replyTo,
      });
      assert.equal(sent.statusCode, 303);
    }
    const own = await postIdAt(here.id, 1);
    await quoter.agent.post(`/t/${here.id}/repondre`, {
      body: "Ou bien en appelant le service client, qui le débloque à distance.",
      replyTo: own,
    });
    const { rows } = await t.ctx.database.pool.query(
      "select reply_to_post_id::text r from community_posts where topic_id = $1 and position > 1 order by position",
      [here.id],
    );
    assert.deepEqual(
      rows.map((row) => row.r),
      [null, null, own],
    );
    assert.equal(await notificationCount(elsewhere.id), 0, "the other topic's author is not told");
    const thread = await new Agent(t.app).get(here.path);
    assert.equal((thread.body.match(/en réponse au message n° 1/g) ?? []).length, 1);
  });

  test("the daily digest gathers what a member chose to receive once a day", async () => {
    const asker = await member("Hugo Digest");
    const helper = await member("Zoé Digest");
    await asker.agent.get("/compte/notifications");
    await asker.agent.post("/compte/notifications", {
      reply: "daily",
      mention: "off",
      quote: "off",
      accepted: "immediate",
    });
    const { path, id } = await ask(asker.agent, "Plafond du livret A atteint, que faire ?");
    await helper.agent.get(path);
    await helper.agent.post(`/t/${id}/repondre`, { body: "Ouvrez un LDDS." });
    await helper.agent.post(`/t/${id}/repondre`, { body: "Ou une assurance vie." });
    await assert.rejects(lastMailTo(t.ctx.db, asker.email), "nothing sent right away");
    assert.equal(await sendDailyDigests(t.ctx), 1);
    const digest = await lastMailTo(t.ctx.db, asker.email);
    assert.match(digest.subject, /2 nouveauté/);
    assert.match(digest.text, /Zoé Digest a répondu dans « Plafond du livret A atteint/);
    assert.match(digest.listHeaders ?? "", /List-Unsubscribe-Post/i);
    assert.equal(await sendDailyDigests(t.ctx), 0, "never sent twice");
  });
});

describe("bookmarks and following", () => {
  test("a member keeps posts in private bookmarks and chooses how to follow a topic", async () => {
    const reader = await member("Chloé Bookmark");
    const author = await member("Yann Bookmark");
    const { path, id } = await ask(author.agent, "Frais de tenue de compte en 2027 ?");
    const postId = await postIdAt(id, 1);
    await reader.agent.get(path);
    assert.equal((await reader.agent.post(`/messages/${postId}/signet`)).statusCode, 303);
    const bookmarks = await reader.agent.get("/compte/signets");
    assert.match(bookmarks.body, /Frais de tenue de compte en 2027/);
    assert.doesNotMatch((await author.agent.get("/compte/signets")).body, /Frais de tenue de compte en 2027/);
    assert.equal((await new Agent(t.app).get("/compte/signets")).statusCode, 303, "visitors sign in first");

    await reader.agent.get(path);
    await reader.agent.post(`/t/${id}/suivi`, { niveau: "suivre" });
    assert.match((await reader.agent.get(path)).body, /value="suivre" checked/);
  });

  test("a member changes their display name, under the same rules as at sign-up", async () => {
    const someone = await member("Ancien Nom");
    await someone.agent.get("/compte");
    const refused = await someone.agent.post("/compte/nom", { displayName: "Support Officiel" });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /value="Support Officiel"/);
    assert.equal((await someone.agent.post("/compte/nom", { displayName: "Nouveau Nom" })).statusCode, 303);
    assert.match(
      (await new Agent(t.app).get(`/membres/${someone.id}`)).body,
      /<h1 itemprop="name">Nouveau Nom<\/h1>/,
    );
  });

  test("mention suggestions are for signed-in members and match names without accents", async () => {
    const someone = await member("Émilie Suggestion");
    const response = await someone.agent.get("/membres/suggestions?q=emi");
    const people = JSON.parse(response.body) as { handle: string; displayName: string }[];
    assert.ok(people.some((p) => p.handle === memberHandle("Émilie Suggestion", someone.id)));
    assert.equal((await new Agent(t.app).get("/membres/suggestions?q=emi")).statusCode, 303, "sign in first");
  });
});
