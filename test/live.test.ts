import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { freePort } from "./helpers/browser.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

let t: TestApp;
let base: string;
before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await startTestApp({ env: { BASE_URL: base } });
  await someCategories(t.ctx);
  await t.app.listen({ port, host: "127.0.0.1" });
});
after(() => t.close());

async function openTopic(agent: Agent, title: string) {
  await agent.get("/nouveau-sujet");
  const asked = await agent.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title,
    body: "Bonjour, voici ma question détaillée.",
  });
  const path = asked.headers.location as string;
  return { path, id: path.split("/").at(-1)! };
}

describe("htmx fragments", () => {
  test("a reply posted by htmx comes back as the new post and a fresh reply box; a rejected one keeps the text", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const { path, id } = await openTopic(member, "Carte avalée par le distributeur hier soir");
    const page = await member.get(path);
    assert.match(page.body, /hx-post="\/t\/\d+\/repondre" hx-target="#replies-list" hx-swap="beforeend"/);

    const posted = await member.post(
      `/t/${id}/repondre`,
      { body: "Elle a été restituée à l'agence." },
      {},
      { "hx-request": "true" },
    );
    assert.equal(posted.statusCode, 200);
    assert.doesNotMatch(posted.body, /<!doctype/i, "a fragment, not a page");
    assert.match(posted.body, /<article id="message-2"/);
    assert.match(posted.body, /Elle a été restituée/);
    assert.match(
      posted.body,
      /<section aria-labelledby="reply-title" class="card" id="repondre" hx-swap-oob="true">/,
    );

    const rejected = await member.post(`/t/${id}/repondre`, { body: "   " }, {}, { "hx-request": "true" });
    assert.equal(rejected.statusCode, 422);
    assert.equal(rejected.headers["hx-retarget"], "#repondre");
    assert.equal(rejected.headers["hx-reswap"], "outerHTML");
    assert.match(rejected.body, /Écrivez votre message/);
  });

  test("marking useful by htmx swaps only the button; similar topics are suggested from a title", async () => {
    const author = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const { path, id } = await openTopic(author, "Opposition sur une carte perdue à l'étranger");
    const reader = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await reader.get(path);
    const opening = (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1", [id])
    ).rows[0].id;
    const marked = await reader.post(`/messages/${opening}/utile`, {}, {}, { "hx-request": "true" });
    assert.equal(marked.statusCode, 200);
    assert.match(marked.body, /^<form method="post" action="\/messages\/\d+\/utile"/);
    assert.match(marked.body, /aria-pressed="true">Utile \(1\)/);

    const similar = await new Agent(t.app).get(
      `/recherche/similaires?title=${encodeURIComponent("Comment faire opposition à ma carte ?")}`,
    );
    assert.match(similar.body, /Opposition sur une carte perdue/);
    assert.equal((await new Agent(t.app).get("/recherche/similaires?title=abc")).body, "");
  });
});

describe("live replies", () => {
  test("someone reading a topic receives each new reply as a Server-Sent Event (through PostgreSQL NOTIFY)", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const { path, id } = await openTopic(member, "Virement instantané reçu en retard");
    const controller = new AbortController();
    const stream = await fetch(`${base}/t/${id}/direct`, { signal: controller.signal });
    assert.equal(stream.headers.get("content-type"), "text/event-stream; charset=utf-8");
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let received = "";
    const nextEvent = async () => {
      while (!received.includes("event: reply")) {
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        received += decoder.decode(value);
      }
      return received;
    };
    // Events are heard once the stream says it listens.
    while (!received.includes(": listening")) received += decoder.decode((await reader.read()).value);
    await member.get(path);
    await member.post(`/t/${id}/repondre`, { body: "Arrivé ce matin finalement." });
    const event = await nextEvent();
    const data = JSON.parse(/data: (.+)\n/.exec(event)![1]!) as { postId: number; position: number };
    assert.equal(data.position, 2);
    const fragment = await new Agent(t.app).get(`/messages/${data.postId}/fragment`);
    assert.match(fragment.body, /<article id="message-2"/);
    assert.match(fragment.body, /Arrivé ce matin finalement/);
    controller.abort();
    assert.equal((await new Agent(t.app).get("/t/999999/direct")).statusCode, 404);
  });

  test("when live events cannot listen (PostgreSQL away), the stream ends and the browser tries again", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    const { id } = await openTopic(member, "Plafond de paiement relevé sans prévenir");
    const subscribe = t.ctx.live.subscribe;
    t.ctx.live.subscribe = async () => {
      throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    };
    try {
      const stream = await fetch(`${base}/t/${id}/direct`, { signal: AbortSignal.timeout(5_000) });
      assert.equal(stream.status, 200);
      // The whole body arrives: the stream ended, after its retry delay and without listening.
      const body = await stream.text();
      assert.match(body, /^retry: 5000\n\n$/);
    } finally {
      t.ctx.live.subscribe = subscribe;
    }
  });
});
