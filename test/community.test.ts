import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { POSTS_PER_PAGE, TOPICS_PER_PAGE } from "../src/features/community/model.ts";
import { foldReplyWords } from "../src/features/community/search-documents.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";
import { countQueries } from "./helpers/queries.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

async function ask(
  agent: Agent,
  title: string,
  body = "Bonjour, voici ma question détaillée.",
  category = "comptes-et-cartes",
) {
  await agent.get("/nouveau-sujet");
  const response = await agent.post("/nouveau-sujet", { category, kind: "question", title, body });
  return response;
}

describe("asking, answering, accepting", () => {
  test("a member asks, an advisor answers under the verified badge, the asker accepts: the topic is solved", async () => {
    const member = await createPerson(t.ctx, "member");
    const asker = await signedIn(t.app, member);
    const asked = await ask(
      asker,
      "Plafond de retrait au distributeur à l'étranger ?",
      "Quel est le plafond de **retrait** en zone euro ?",
    );
    assert.equal(asked.statusCode, 303);
    const topicPath = asked.headers.location as string;
    assert.match(topicPath, /^\/t\/plafond-de-retrait-au-distributeur-a-l-etranger\/\d+$/);
    const id = topicPath.split("/").at(-1)!;

    const page = await new Agent(t.app).get(topicPath);
    assert.equal(page.statusCode, 200, "anyone may read");
    assert.match(page.body, /<strong>retrait<\/strong>/, "Markdown rendered");

    const advisor = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
    await advisor.get(topicPath);
    const answered = await advisor.post(`/t/${id}/repondre`, {
      body: "Le plafond dépend de votre carte : il est indiqué dans l'application.",
    });
    assert.equal(answered.statusCode, 303);
    assert.match(answered.headers.location as string, /#message-2$/);
    const withAnswer = await new Agent(t.app).get(topicPath);
    assert.match(withAnswer.body, /Conseiller vérifié/);

    const postId = /name="postId" value="(\d+)"/.exec((await asker.get(topicPath)).body)?.[1];
    assert.ok(postId, "the asker is offered to accept the answer");
    assert.equal((await asker.post(`/t/${id}/accepter`, { postId })).statusCode, 303);
    const solved = await new Agent(t.app).get(topicPath);
    assert.match(solved.body, /Réponse acceptée/);
    assert.match((await new Agent(t.app).get("/?liste=resolus")).body, /Plafond de retrait au distributeur/);
    assert.doesNotMatch(
      (await new Agent(t.app).get("/?liste=sans-reponse")).body,
      /Plafond de retrait au distributeur/,
    );

    const journal = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
    assert.match(
      (await journal.get("/admin/journal")).body,
      /community\.post_published/,
      "what staff publish is audited",
    );
  });

  test("nobody else may accept an answer on someone's question; the question is not its own answer", async () => {
    const asker = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const topicPath = (await ask(asker, "Question pour tester les droits d'acceptation")).headers
      .location as string;
    const id = topicPath.split("/").at(-1)!;
    const other = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await other.get(topicPath);
    await other.post(`/t/${id}/repondre`, { body: "Une réponse d'un autre membre." });
    const page = await other.get(topicPath);
    assert.doesNotMatch(page.body, /name="postId"/, "no accept button for someone else's question");
    const replyId = /id="message-2"/.test(page.body)
      ? (
          await t.ctx.database.pool.query(
            "select id from community_posts where topic_id = $1 and position = 2",
            [id],
          )
        ).rows[0].id
      : undefined;
    assert.equal((await other.post(`/t/${id}/accepter`, { postId: String(replyId) })).statusCode, 403);
    const openingId = (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1 and position = 1", [
        id,
      ])
    ).rows[0].id;
    await asker.get(topicPath);
    assert.equal((await asker.post(`/t/${id}/accepter`, { postId: String(openingId) })).statusCode, 409);
  });

  test("only staff open topics in an announcements category; members may still reply", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const refused = await ask(member, "Une annonce que je n'ai pas le droit de faire", "Texte", "annonces");
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /seule l'équipe de la banque ouvre des sujets/);
    const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    const announced = await ask(
      manager,
      "Nouvelle fonctionnalité dans l'application",
      "Bonne nouvelle !",
      "annonces",
    );
    assert.equal(announced.statusCode, 303);
    const id = (announced.headers.location as string).split("/").at(-1)!;
    await member.get(announced.headers.location as string);
    assert.equal((await member.post(`/t/${id}/repondre`, { body: "Merci pour l'info." })).statusCode, 303);
  });

  test("a rejected topic keeps what was typed and says what to fix", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const response = await ask(member, "Court", "");
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /value="Court"/);
    assert.match(response.body, /au moins 10 caractères/);
    assert.match(response.body, /Écrivez votre message/);
    const topicPath = (await ask(member, "Un sujet valable pour tester la réponse vide")).headers
      .location as string;
    const id = topicPath.split("/").at(-1)!;
    const empty = await member.post(`/t/${id}/repondre`, { body: "   " });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Écrivez votre message/);
  });

  test("visitors are sent to sign in before writing", async () => {
    const visitor = new Agent(t.app);
    assert.equal((await visitor.get("/nouveau-sujet")).statusCode, 303);
    assert.equal((await visitor.post("/t/1/repondre", { body: "x" })).statusCode, 401);
  });
});

describe("safety of what members write", () => {
  test("script in a title, a body or a display name stays inert text", async () => {
    const person = await createPerson(t.ctx, "member");
    await t.ctx.database.pool.query("update accounts set display_name = $1 where id = $2", [
      "<img src=x onerror=alert(1)>",
      person.id,
    ]);
    const member = await signedIn(t.app, person);
    const topicPath = (
      await ask(
        member,
        "<script>alert('titre')</script> question",
        "<script>alert('corps')</script> [x](javascript:alert(1))",
      )
    ).headers.location as string;
    const page = await new Agent(t.app).get(topicPath);
    assert.doesNotMatch(page.body, /<script>alert|<img src=x|href="javascript:/);
    assert.match(page.body, /&lt;script&gt;alert\(&#39;titre&#39;\)|&lt;script>alert/);
    const listing = await new Agent(t.app).get("/");
    assert.doesNotMatch(listing.body, /<script>alert|<img src=x/);
  });
});

describe("listings and pages", () => {
  test("pagination has real URLs and refuses pages past the end", async () => {
    // Staff are not held by the new members' daily limit.
    const member = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
    const before = Number(
      (await t.ctx.database.pool.query("select count(*) from community_topics")).rows[0].count,
    );
    for (let i = before; i <= TOPICS_PER_PAGE; i++) await ask(member, `Sujet numéro ${i} pour la pagination`);
    const first = await new Agent(t.app).get("/");
    assert.match(first.body, /href="\/\?page=2"/);
    assert.equal((await new Agent(t.app).get("/?page=2")).statusCode, 200);
    assert.equal((await new Agent(t.app).get("/?page=99")).statusCode, 404);
    assert.equal(
      (await new Agent(t.app).get("/c/comptes-et-cartes?page=99")).statusCode,
      404,
      "past a category's last page too (its count is read on its own there)",
    );
    assert.equal((await new Agent(t.app).get("/c/comptes-et-cartes?page=99&liste=resolus")).statusCode, 404);
    assert.equal(
      (await new Agent(t.app).get("/?page=abc")).statusCode,
      200,
      "a malformed page number shows page 1",
    );
    assert.equal((await new Agent(t.app).get("/c/inconnue")).statusCode, 404);
  });

  test("a long topic is split into pages of 50 posts; a wrong slug redirects to the right address", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
    const topicPath = (await ask(member, "Un très long fil de discussion pour paginer")).headers
      .location as string;
    const id = topicPath.split("/").at(-1)!;
    await member.get(topicPath);
    for (let i = 0; i < POSTS_PER_PAGE; i++)
      await member.post(`/t/${id}/repondre`, { body: `Réponse ${i + 2}` });
    const last = await member.post(`/t/${id}/repondre`, { body: "Dernière réponse" });
    assert.equal(last.headers.location, `${topicPath}?page=2#message-52`);
    const page2 = await new Agent(t.app).get(`${topicPath}?page=2`);
    assert.match(page2.body, /Dernière réponse/);
    assert.doesNotMatch(page2.body, /Réponse 2</);
    assert.equal((await new Agent(t.app).get(`${topicPath}?page=3`)).statusCode, 404);
    const moved = await new Agent(t.app).get(`/t/ancien-titre/${id}`);
    assert.equal(moved.statusCode, 301);
    assert.equal(moved.headers.location, topicPath);
    assert.equal((await new Agent(t.app).get("/t/x/999999")).statusCode, 404);
  });
});

describe("search", () => {
  test("finds French words with or without accents and marks them in the snippet", async () => {
    // An app of its own, holding only the topics this test searches.
    const search = await startTestApp();
    try {
      await someCategories(search.ctx);
      const asker = await signedIn(search.app, await createPerson(search.ctx, "member"));
      for (const [title, body] of [
        ["Pourquoi des frais de tenue de compte ?", "Des frais bancaires sont prélevés chaque mois."],
        ["Remboursement anticipé partiel", "Quelles pénalités pour rembourser une partie de mon crédit ?"],
        ["Faire opposition sur ma carte", "Ma carte est perdue : où faire opposition le dimanche ?"],
      ] as const)
        assert.equal((await ask(asker, title, body)).statusCode, 303, title);
      const get = (q: string) => new Agent(search.app).get(`/recherche?q=${encodeURIComponent(q)}`);
      const credit = await get("credit");
      assert.match(credit.body, /<mark>crédit<\/mark>/i, "credit finds crédit");
      const frais = await get("frais bancaires");
      assert.match(frais.body, /Pourquoi des frais de tenue de compte/);
      const accents = await get("pénalités");
      const without = await get("penalites");
      assert.match(accents.body, /Remboursement anticipé partiel/);
      assert.match(without.body, /Remboursement anticipé partiel/);
      const first = /<h2 class="topic-list__title"><a href="[^"]+">([^<]+)/.exec(
        (await get("opposition carte")).body,
      )?.[1];
      assert.ok(first, "results for a two-word query");
    } finally {
      await search.close();
    }
  });

  test("a word said only in a reply finds its topic; edits and withdrawals update what is found", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member", undefined, "Hélène Recherche"));
    const topicPath = (await ask(author, "Question sur un chèque encaissé deux fois")).headers
      .location as string;
    const id = topicPath.split("/").at(-1)!;
    const helper = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await helper.get(topicPath);
    await helper.post(`/t/${id}/repondre`, { body: "Demandez une rétrocession au service chèques." });
    const find = async (q: string, filters = "") =>
      (await new Agent(t.app).get(`/recherche?q=${encodeURIComponent(q)}${filters}`)).body;
    assert.doesNotMatch(await find("retrocession"), /chèque encaissé deux fois/, "until the minute's fold");
    await foldReplyWords(t.ctx);
    assert.match(await find("retrocession"), /chèque encaissé deux fois/, "found by a reply's word");
    assert.match(
      await find("rétrocession"),
      /<mark>rétrocession<\/mark>/,
      "the snippet comes from that reply",
    );

    const replyId = (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1 and position = 2", [
        id,
      ])
    ).rows[0].id;
    await helper.get(topicPath);
    await helper.post(`/messages/${replyId}/modifier`, {
      body: "Contactez votre agence pour un remboursement.",
    });
    assert.doesNotMatch(await find("retrocession"), /chèque encaissé deux fois/, "an edit removes old words");
    assert.match(await find("remboursement agence"), /chèque encaissé deux fois/);

    assert.match(
      await find("cheque", "&auteur=helene%20recherche"),
      /chèque encaissé deux fois/,
      "author filter",
    );
    assert.doesNotMatch(await find("cheque", "&auteur=Quelqu%27un%20d%27autre"), /chèque encaissé deux fois/);
    // The start of the name, or of one of its words, without case or accents, is enough.
    for (const typed of ["helene", "HÉL", "recher", "rech hel"]) {
      const page = await find("cheque", `&auteur=${encodeURIComponent(typed)}`);
      assert.match(page, /chèque encaissé deux fois/, `author filter "${typed}"`);
      assert.match(
        page,
        /href="\/recherche\?[^"]*auteur=H%C3%A9l%C3%A8ne\+Recherche/,
        `suggests the full name for "${typed}"`,
      );
    }
    assert.doesNotMatch(
      await find("cheque", "&auteur=ecker"),
      /chèque encaissé deux fois/,
      "word starts only",
    );
    assert.match(await find("cheque", "&auteur=zzz"), /Personne ne porte un nom commençant par « zzz »/);
    assert.doesNotMatch(await find("cheque", "&statut=resolu"), /chèque encaissé deux fois/, "not solved");
    assert.match(
      await find("cheque", "&categorie=comptes-et-cartes&depuis=semaine"),
      /chèque encaissé deux fois/,
    );
    assert.doesNotMatch(await find("cheque", "&categorie=annonces"), /chèque encaissé deux fois/);
    assert.match(
      await find("", "&auteur=H%C3%A9l%C3%A8ne%20Recherche"),
      /chèque encaissé deux fois/,
      "filters alone list topics",
    );
    const sentence = "Nous avons comparé les offres de plusieurs banques en ligne et traditionnelles. ";
    await ask(
      author,
      "Frais de tenue de compte comparés",
      `${sentence.repeat(6)}La cotisation annuelle surprend. ${sentence.repeat(6)}`,
    );
    assert.match(
      await find("cotisation"),
      /<p class="search-hit">…[^<]*<mark>cotisation<\/mark>[^<]*…<\/p>/,
      "a passage from inside a post says where it was cut",
    );
    const opening = /<p class="search-hit">(Nous avons comparé[^<]*)…<\/p>/.exec(
      await find("", "&auteur=helene"),
    )?.[1];
    assert.ok(opening, "an opening passage says it was cut");
    assert.ok(opening.length <= 240 && `${sentence.repeat(6)}`.startsWith(opening), "cut on a whole word");
    assert.match(`${sentence.repeat(6)}`.slice(opening.length), /^\s/, "never inside a word");
    const kept = await find("cheque", "&statut=sans-reponse&auteur=x");
    assert.match(
      kept,
      /name="auteur"[^>]*value="x"|value="x"[^>]*name="auteur"/,
      "the filters are shown back",
    );
    assert.match(kept, /<option value="sans-reponse" selected/);
  });

  test("a word found in more topics than are ranked says 'more than', and ranks the most recent", async () => {
    const search = await startTestApp();
    try {
      await someCategories(search.ctx);
      const author = await createPerson(search.ctx, "member");
      await search.ctx.database.pool.query(
        `with made as (
           insert into community_topics (category_id, author_id, kind, title, slug, created_at, last_posted_at)
           select (select min(id) from community_categories), $1, 'discussion', 'Question de domiciliation ' || n,
                  'domiciliation-' || n, now() - n * interval '1 hour', now() - n * interval '1 hour'
             from generate_series(1, 505) n
           returning id)
         insert into community_posts (topic_id, author_id, position, body_markdown, body_html)
         select id, $1, 1, 'Texte sur la domiciliation.', '<p>Texte sur la domiciliation.</p>' from made`,
        [author.id],
      );
      await search.ctx.database.pool.query("select community_refresh_topic_search(id) from community_topics");
      const page = await new Agent(search.app).get("/recherche?q=domiciliation");
      assert.match(page.body, /Plus de 500 sujets trouvés/);
      assert.match(page.body, /Question de domiciliation 1</, "the most recent first");
      assert.doesNotMatch(page.body, /Question de domiciliation 505</);
      assert.equal((await new Agent(search.app).get("/recherche?q=domiciliation&page=25")).statusCode, 200);
    } finally {
      await search.close();
    }
  });

  test("SQL metacharacters, operators and very long queries answer normally", async () => {
    for (const q of [
      "'; drop table community_posts; --",
      "(((",
      "!:*&|",
      "a".repeat(5000),
      'credit OR "frais',
      "<script>",
    ]) {
      const response = await new Agent(t.app).get(`/recherche?q=${encodeURIComponent(q)}`);
      assert.equal(response.statusCode, 200, q.slice(0, 30));
      assert.doesNotMatch(response.body, /<script>/);
    }
  });
});

describe("editing and deleting", () => {
  test("an author edits a post: the page shows it was edited and anyone can read every version", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const topicPath = (
      await ask(author, "Question que je vais corriger ensuite", "Première version avec une faute.")
    ).headers.location as string;
    const postId = (
      await t.ctx.database.pool.query(
        "select p.id from community_posts p where p.topic_id = $1 and p.position = 1",
        [topicPath.split("/").at(-1)],
      )
    ).rows[0].id;
    // Read first, so this instance keeps the post as it was (its fragment and its body).
    assert.match((await new Agent(t.app).get(topicPath)).body, /Première version avec une faute/);
    await author.get(`/messages/${postId}/modifier`);
    const edited = await author.post(`/messages/${postId}/modifier`, { body: "Deuxième version, corrigée." });
    assert.equal(edited.statusCode, 303);
    const page = await new Agent(t.app).get(topicPath);
    assert.match(page.body, /Deuxième version, corrigée/);
    assert.doesNotMatch(page.body, /Première version/);
    assert.match(page.body, new RegExp(`href="/messages/${postId}/historique"`));
    const history = await new Agent(t.app).get(`/messages/${postId}/historique`);
    assert.equal(history.statusCode, 200);
    assert.match(history.body, /Deuxième version, corrigée/);
    assert.match(history.body, /Première version avec une faute/);

    const other = await signedIn(t.app, await createPerson(t.ctx, "member"));
    assert.equal((await other.get(`/messages/${postId}/modifier`)).statusCode, 403);
    assert.equal((await other.post(`/messages/${postId}/modifier`, { body: "Piratage" })).statusCode, 403);
    const empty = await author.post(`/messages/${postId}/modifier`, { body: "" });
    assert.equal(empty.statusCode, 422);
  });

  test("an author withdraws a reply, leaving a visible trace; the accepted answer and answered questions stay", async () => {
    const asker = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const topicPath = (await ask(asker, "Question pour tester la suppression")).headers.location as string;
    const id = topicPath.split("/").at(-1)!;
    const helper = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await helper.get(topicPath);
    await helper.post(`/t/${id}/repondre`, { body: "Réponse que je vais retirer." });
    await helper.post(`/t/${id}/repondre`, { body: "Réponse qui sera acceptée." });
    const ids = (
      await t.ctx.database.pool.query(
        "select id, position from community_posts where topic_id = $1 order by position",
        [id],
      )
    ).rows;
    const [opening, withdrawn, acceptedReply] = ids.map((r: { id: string }) => r.id);
    await asker.get(topicPath);
    await asker.post(`/t/${id}/accepter`, { postId: String(acceptedReply) });

    assert.match((await new Agent(t.app).get(topicPath)).body, /Réponse que je vais retirer/);
    await helper.get(`/messages/${withdrawn}/supprimer`);
    assert.equal((await helper.post(`/messages/${withdrawn}/supprimer`)).statusCode, 303);
    const page = await new Agent(t.app).get(topicPath);
    assert.doesNotMatch(page.body, /Réponse que je vais retirer/);
    assert.match(page.body, /Message supprimé\./);
    assert.equal(
      (await helper.post(`/messages/${acceptedReply}/supprimer`)).statusCode,
      403,
      "the accepted answer stays",
    );
    assert.equal(
      (await asker.post(`/messages/${opening}/supprimer`)).statusCode,
      403,
      "an answered question stays",
    );

    const moderator = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    await moderator.get(topicPath);
    assert.equal((await moderator.post(`/messages/${acceptedReply}/supprimer`)).statusCode, 303);
    const moderated = await new Agent(t.app).get(topicPath);
    // Its words are kept (not purged): hidden, so the thread does not say they are gone.
    assert.match(moderated.body, /Message masqué par la modération/);
    assert.doesNotMatch(
      moderated.body,
      /Réponse acceptée<\/strong>/,
      "no accepted answer once it is removed",
    );
  });

  test("an unanswered question withdrawn by its author disappears from the listings", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const topicPath = (await ask(author, "Question posée par erreur, à retirer")).headers.location as string;
    const opening = (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1", [
        topicPath.split("/").at(-1),
      ])
    ).rows[0].id;
    await author.get(topicPath);
    const deleted = await author.post(`/messages/${opening}/supprimer`);
    assert.equal(deleted.headers.location, "/c/comptes-et-cartes");
    assert.equal((await new Agent(t.app).get(topicPath)).statusCode, 404);
    assert.doesNotMatch(
      (await new Agent(t.app).get("/c/comptes-et-cartes")).body,
      /Question posée par erreur/,
    );
  });
});

describe("pages kept for visitors", () => {
  test("a reply makes its own topic, its category and the listings stale, not the other topics or categories", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const here = (await ask(author, "Virement parti vendredi, pas arrivé")).headers.location as string;
    const elsewhere = (await ask(author, "Plafond de retrait à l'étranger")).headers.location as string;
    const otherCategory = (
      await t.ctx.database.pool.query(
        "select slug from community_categories where slug <> 'comptes-et-cartes' order by position limit 1",
      )
    ).rows[0].slug as string;
    const pages = [
      here,
      elsewhere,
      "/",
      "/c/comptes-et-cartes",
      `/c/${otherCategory}`,
      "/recherche?q=virement",
    ];
    const visitor = () => new Agent(t.app);
    for (const page of pages) await visitor().get(page);
    for (const page of pages)
      assert.equal((await visitor().get(page)).headers["x-confiance-cache"], "hit", `${page} kept`);

    await author.get(here);
    await author.post(`/t/${here.split("/").at(-1)}/repondre`, {
      body: "Arrivé ce matin, tout est rentré dans l'ordre.",
    });

    const cached = async (page: string) => (await visitor().get(page)).headers["x-confiance-cache"] === "hit";
    assert.equal(await cached(here), false, "the topic replied to is rendered again");
    assert.equal(await cached("/"), false, "the listings are rendered again");
    assert.equal(await cached("/c/comptes-et-cartes"), false, "its category too");
    assert.equal(await cached("/recherche?q=virement"), false, "and search");
    assert.equal(await cached(elsewhere), true, "another topic stays kept");
    assert.equal(await cached(`/c/${otherCategory}`), true, "another category stays kept");
    assert.match((await visitor().get(here)).body, /Arrivé ce matin/);
  });

  test("a page that is not a kept one reuses the reading of its topic or listing until it changes, a member's too", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const topicPath = (await ask(author, "Chèque encaissé deux fois")).headers.location as string;
    const id = topicPath.split("/").at(-1)!;
    const visitor = () => new Agent(t.app);
    let address = 0;
    // The versions' table is asked while the instance is not yet sure it hears their moves.
    const notVersions = (text: string) => !text.includes("public_page_versions");
    // A new address each time (a newsletter's tracking parameter): never a kept page.
    const statements = async (page: string) => {
      let response: Awaited<ReturnType<Agent["get"]>> | undefined;
      const count = await countQueries(async () => {
        response = await visitor().get(`${page}?utm_source=lettre-${address++}`);
      }, notVersions);
      assert.equal(response!.headers["x-confiance-cache"], undefined, "rendered, not a kept page");
      return { count, body: response!.body };
    };
    await statements(topicPath);
    await statements("/c/comptes-et-cartes");
    assert.equal((await statements(topicPath)).count, 0, "the topic's reading is reused");
    assert.equal((await statements("/c/comptes-et-cartes")).count, 0, "the listing's too");
    for (const past of [`${topicPath}?page=99`, "/c/comptes-et-cartes?page=99"]) {
      assert.equal((await visitor().get(past)).statusCode, 404);
      assert.ok((await countQueries(() => visitor().get(`${past}&x=1`))) > 0, `${past}: not kept`);
    }
    // A member's page reads what is theirs (their session, their marks on the posts), not the topic.
    const readsThread = (text: string) => text.includes("json_agg(shown");
    const reader = await signedIn(t.app, await createPerson(t.ctx, "member"));
    assert.equal(
      await countQueries(() => reader.get(topicPath), readsThread),
      0,
      "a member's page reuses it",
    );

    await author.get(topicPath);
    await author.post(`/t/${id}/repondre`, { body: "Remboursé par la banque sous trois jours." });
    const seen = await reader.get(topicPath);
    assert.match(seen.body, /Remboursé par la banque/, "the member sees the reply at once");
    assert.equal(
      await countQueries(() => reader.get(topicPath), readsThread),
      0,
      "then reads the topic no more",
    );
    const after = await statements(topicPath);
    assert.equal(after.count, 0, "the member's reading serves the visitor too");
    assert.match(after.body, /Remboursé par la banque/);
    assert.ok(
      (await statements("/c/comptes-et-cartes")).count > 0,
      "the reply made its category's listing stale",
    );
  });

  test("a post's kept markup is shared between readers, never their rights nor their token", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const reader = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const topicPath = (await ask(author, "Frais de tenue de compte en hausse")).headers.location as string;
    const tokens = (body: string) =>
      new Set([...body.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]));
    // The reader renders and keeps the opening post first; the author then gets their own rights.
    const readerPage = (await reader.get(topicPath)).body;
    const authorPage = (await author.get(topicPath)).body;
    const visitorPage = (await new Agent(t.app).get(topicPath)).body;
    for (const body of [readerPage, authorPage, visitorPage])
      assert.ok(!body.includes("\u0000"), "no slot left");
    assert.match(authorPage, /\/modifier"/, "the author may edit their post");
    assert.doesNotMatch(readerPage, /\/modifier"/, "another member may not");
    assert.doesNotMatch(visitorPage, /name="_csrf"/, "a visitor's page holds no form");
    assert.equal(tokens(readerPage).size, 1, "one token on the reader's page, in every form");
    assert.equal(tokens(authorPage).size, 1);
    assert.notDeepEqual(tokens(readerPage), tokens(authorPage), "each reader's own token");
    const opening = (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1 and position = 1", [
        topicPath.split("/").at(-1),
      ])
    ).rows[0].id;
    const marked = await reader.post(`/messages/${opening}/utile`);
    assert.ok(marked.statusCode < 400, "the token written into the kept form is accepted");
    assert.match((await reader.get(topicPath)).body, /aria-pressed="true"[^>]*>Utile \(1\)/);
  });

  test("visitors are served a kept page until something public changes; members always see theirs", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const topicPath = (await ask(author, "Carte bloquée après trois codes faux")).headers.location as string;
    const id = topicPath.split("/").at(-1)!;

    const first = await new Agent(t.app).get(topicPath);
    assert.equal(first.headers["x-confiance-cache"], undefined, "rendered the first time");
    assert.equal(first.cookies.length, 0, "a visitor reading gets no cookie (no form, no CSRF token)");
    const second = await new Agent(t.app).get(topicPath);
    assert.equal(second.headers["x-confiance-cache"], "hit");
    assert.equal(second.body, first.body);
    assert.equal(
      (await new Agent(t.app, { "accept-language": "en" }).get(topicPath)).headers["x-confiance-cache"],
      undefined,
      "kept per language",
    );

    await author.get(topicPath);
    assert.equal((await author.get(topicPath)).headers["x-confiance-cache"], undefined, "never for a member");
    await author.post(`/t/${id}/repondre`, { body: "Débloquée le lendemain, merci." });
    const after = await new Agent(t.app).get(topicPath);
    assert.equal(after.headers["x-confiance-cache"], undefined, "a reply makes kept pages stale");
    assert.match(after.body, /Débloquée le lendemain/);
    assert.match((await new Agent(t.app).get("/")).body, /Carte bloquée après trois codes faux/);
  });
});
