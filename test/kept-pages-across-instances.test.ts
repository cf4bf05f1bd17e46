import assert from "node:assert/strict";
import { get } from "node:http";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { after, before, test } from "node:test";
import { addWatchedWord, removeWatchedWord, watchedRules } from "../src/features/moderation/watch-list.ts";
import { runCommand } from "../src/platform/commands.ts";
import { HEARTBEAT_SQL } from "../src/platform/realtime/events.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { freePort } from "./helpers/browser.ts";
import { someCategories } from "./helpers/community.ts";
import { staffActor } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";
import { countQueries } from "./helpers/queries.ts";

/**
 * Issue 17: each instance follows the kept pages' versions through LISTEN/NOTIFY instead of
 * reading them on every request. Two instances on one database: a reply through one makes the
 * other's kept page stale; while the other is not listening (its connection broken) it asks the
 * table, so it never serves a stale page for longer than a notification takes. A connection that
 * goes silent without breaking is trusted for three seconds at most; PostgreSQL out of reach
 * gives visitors 503s, and the instance follows again once it is back.
 */
let one: TestApp;
let two: TestApp;
let base: string;
before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  one = await startTestApp({ env: { BASE_URL: base } });
  two = await startTestApp({ sameDatabaseAs: one });
  await someCategories(one.ctx);
  await one.app.listen({ port, host: "127.0.0.1" });
});
after(async () => {
  await two.close();
  await one.close();
  console.log("one closed", performance.now());
});

const kept = async (page: string) =>
  (await new Agent(one.app).get(page)).headers["x-confiance-cache"] === "hit";

/** Polls until `condition` holds, for at most two seconds unless told (a notification takes milliseconds). */
async function eventually(condition: () => Promise<boolean> | boolean, what: string, withinMs = 2_000) {
  const until = performance.now() + withinMs;
  while (!(await condition())) {
    assert.ok(performance.now() < until, what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function openTopic(title: string) {
  const author = await signedIn(two.app, await createPerson(two.ctx, "member"));
  await author.get("/nouveau-sujet");
  const asked = await author.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title,
    body: "Bonjour, voici ma question détaillée.",
  });
  const path = asked.headers.location as string;
  const reply = async (body: string) => {
    await author.get(path);
    const posted = await author.post(`/t/${path.split("/").at(-1)}/repondre`, { body });
    assert.ok(posted.statusCode < 400, `reply accepted (${posted.statusCode})`);
  };
  return { path, reply };
}

test("a kept page is served without any statement, and a reply through another instance makes it stale", async () => {
  const { path, reply } = await openTopic("Virement instantané refusé sans raison");
  await new Agent(one.app).get(path);
  await eventually(() => one.ctx.live.listening, "the instance listens once it serves pages");
  await new Agent(one.app).get(path);
  assert.equal(await kept(path), true);
  assert.equal(await countQueries(() => new Agent(one.app).get(path)), 0, "no statement for a kept page");

  await reply("Réglé : le plafond du virement instantané était atteint.");
  await eventually(async () => !(await kept(path)), "the other instance's reply reaches this instance");
  assert.match((await new Agent(one.app).get(path)).body, /plafond du virement instantané/);
  assert.equal(await kept(path), true, "kept again once rendered");
});

test("while its listening connection is broken an instance asks the table, and listens again", async () => {
  const { path, reply } = await openTopic("Chéquier commandé jamais reçu");
  await new Agent(one.app).get(path);
  await eventually(() => kept(path), "kept");
  await eventually(() => one.ctx.live.listening, "listening");

  // The database ends the listening session (a restart or failover looks the same to the app).
  const { rowCount } = await one.ctx.database.pool.query(
    `select pg_terminate_backend(pid) from pg_stat_activity
      where pid <> pg_backend_pid() and datname = current_database()
        and (query like 'listen %' or query = $1)
        and application_name = '' and backend_type = 'client backend'
        and pid = any (select pid from pg_stat_activity where state = 'idle')`,
    [HEARTBEAT_SQL],
  );
  assert.ok(rowCount && rowCount >= 1, "the listening sessions ended");
  await eventually(() => !one.ctx.live.listening, "the break is seen");

  await reply("Reçu ce matin, merci pour le suivi.");
  assert.equal(await kept(path), false, "not listening: the table's versions decide, and they moved");
  assert.match((await new Agent(one.app).get(path)).body, /Reçu ce matin/);

  await eventually(() => one.ctx.live.listening, "listening again after the break");
  await new Agent(one.app).get(path);
  await reply("Et la carte est arrivée aussi.");
  await eventually(async () => !(await kept(path)), "notifications are heard again");
  assert.match((await new Agent(one.app).get(path)).body, /la carte est arrivée aussi/);
});

test("a reply through one instance reaches a browser reading its topic on the other, with the versions' move", async () => {
  const { path, reply } = await openTopic("Frais de tenue de compte prélevés deux fois");
  const id = path.split("/").at(-1)!;
  const watching = one.ctx.live.subscribers;
  // A browser on the first instance reads the topic live (its own connection, closed at the end).
  let received = "";
  const stream = get(`${base}/t/${id}/direct`, { agent: false }, (response) => {
    response.setEncoding("utf8").on("data", (chunk: string) => {
      received += chunk;
    });
  });
  stream.on("error", () => {});
  await eventually(() => one.ctx.live.subscribers > watching, "the browser is subscribed");
  await new Agent(one.app).get(path);
  await eventually(() => kept(path), "kept");

  await reply("Remboursés le lendemain par l'agence.");
  await eventually(() => received.includes("event: reply"), "the reply's event reaches the browser");
  const data = JSON.parse(/event: reply\ndata: (.+)\n/.exec(received)![1]!) as { position: number };
  assert.equal(data.position, 2);
  // The versions' move was told first, in the same statement: the page is no longer kept here.
  assert.equal(await kept(path), false);
  stream.destroy();
  await eventually(() => one.ctx.live.subscribers === watching, "the browser went");
});

test("a watched word a moderator adds through one instance screens posts on the other at once, not after its five seconds", async () => {
  // The other instance listens once it has served a page; it has kept the rules it screened with.
  await new Agent(two.app).get("/");
  await eventually(() => two.ctx.live.listening, "the other instance listens");
  const before = await watchedRules(two.ctx);
  const moderator = await staffActor(one.ctx, "community_manager", "Modératrice Lemoine");
  const added = await addWatchedWord(one.ctx, moderator, {
    pattern: "arnaqueur",
    isRegex: false,
    action: "hold",
    replacement: "",
  });
  assert.deepEqual(added, { ok: true });
  await eventually(
    async () => (await watchedRules(two.ctx)).some((rule) => rule.pattern === "arnaqueur"),
    "the other instance screens with the new word",
    1_500,
  );
  assert.ok(!before.some((rule) => rule.pattern === "arnaqueur"));
  const removed = (await watchedRules(two.ctx)).find((rule) => rule.pattern === "arnaqueur")!;
  await removeWatchedWord(one.ctx, moderator, removed.id);
  await eventually(
    async () => !(await watchedRules(two.ctx)).some((rule) => rule.pattern === "arnaqueur"),
    "the other instance forgets the removed word",
    1_500,
  );
});

test("a notification the app did not write, or a listener that throws, leaves the instance running and following", async () => {
  const { path, reply } = await openTopic("Prélèvement rejeté alors que le compte est approvisionné");
  await new Agent(one.app).get(path);
  await eventually(() => kept(path), "kept");
  await eventually(() => one.ctx.live.listening, "listening");
  const heard: unknown[] = [];
  const unsubscribe = [
    await one.ctx.live.subscribe("test-throws", () => {
      throw new Error("a listener that throws");
    }),
    await one.ctx.live.subscribe("test-throws", (data) => heard.push(data)),
  ];

  for (const payload of ["not json", "null", '{"key": 12}', '{"data": 1}'])
    await two.ctx.database.pool.query("select pg_notify('confiance_events', $1)", [payload]);
  await two.ctx.live.publish("test-throws", { n: 1 });
  await eventually(() => heard.length === 1, "the other listener of the same key still hears");

  await reply("Représenté et payé cette fois.");
  await eventually(async () => !(await kept(path)), "the versions are still followed");
  assert.equal(one.ctx.live.listening, true);
  for (const end of unsubscribe) end();
});

/** A way to PostgreSQL that a test can cut (a server down, a network gone) and mend. */
async function cuttableWay(databaseUrl: string) {
  const target = new URL(databaseUrl);
  // The embedded PostgreSQL of the tests listens on a Unix socket, named by `host`.
  const socketDir = target.searchParams.get("host");
  const upstreamOf = () =>
    socketDir
      ? connect(`${socketDir}/.s.PGSQL.${target.port}`)
      : connect(Number(target.port), target.hostname);
  const sockets = new Set<Socket>();
  let cut = false;
  const server = createServer((socket) => {
    if (cut) return void socket.destroy();
    const upstream = upstreamOf();
    for (const [one, other] of [
      [socket, upstream],
      [upstream, socket],
    ] as const) {
      sockets.add(one);
      one.pipe(other);
      one.on("error", () => other.destroy());
      one.on("close", () => {
        sockets.delete(one);
        other.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as AddressInfo).port);
  url.searchParams.delete("host");
  return {
    url: url.href,
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    mend() {
      cut = false;
    },
    /** Nothing goes through any more, and nothing says so (a network gone silent). */
    freeze() {
      for (const socket of sockets) socket.pause();
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A third instance whose connections to PostgreSQL go through a way the test can cut or freeze. */
async function behindCuttableWay(
  work: (three: TestApp, way: Awaited<ReturnType<typeof cuttableWay>>) => Promise<void>,
) {
  const way = await cuttableWay(one.databaseUrl);
  try {
    const three = await startTestApp({ sameDatabaseAs: { ...one, databaseUrl: way.url } });
    try {
      await work(three, way);
    } finally {
      await three.close();
    }
  } finally {
    await way.close();
  }
}

/** Has `instance` listen, and keep `path`. */
async function keepOn(instance: TestApp, path: string): Promise<void> {
  await new Agent(instance.app).get(path);
  await eventually(() => instance.ctx.live.listening, "listening");
  await eventually(
    async () => (await new Agent(instance.app).get(path)).headers["x-confiance-cache"] === "hit",
    "kept",
  );
}

test("while PostgreSQL cannot be reached a visitor gets 503s, never a kept page nor a 500, and the instance follows again after", async () => {
  const { path, reply } = await openTopic("Carte bloquée après trois codes faux");
  await behindCuttableWay(async (three, way) => {
    await keepOn(three, path);

    way.cut();
    await eventually(() => !three.ctx.live.listening, "the break is seen");
    for (const page of [path, "/"]) {
      const answer = await new Agent(three.app).get(page);
      assert.equal(answer.statusCode, 503, `${page}: ${answer.statusCode}`);
    }
    // A write elsewhere meanwhile: once back, this instance does not serve what it kept before.
    await reply("Débloquée par le conseiller au téléphone.");

    way.mend();
    await eventually(
      async () => (await new Agent(three.app).get(path)).statusCode === 200,
      "answers again",
      10_000,
    );
    assert.match((await new Agent(three.app).get(path)).body, /Débloquée par le conseiller/);
    await eventually(() => three.ctx.live.listening, "listens again", 10_000);
  });
});

test("live events close while their connection breaks", async () => {
  await behindCuttableWay(async (three, way) => {
    await new Agent(three.app).get("/");
    await eventually(() => three.ctx.live.listening, "listening");
    way.cut();
    await three.ctx.live.close();
    assert.equal(three.ctx.live.listening, false);
  });
});

test("when its connection to PostgreSQL goes silent, an instance serves what it kept for at most three seconds", async () => {
  const { path, reply } = await openTopic("Plafond de paiement relevé sans demande");
  await behindCuttableWay(async (three, way) => {
    await keepOn(three, path);

    // The connections already open go silent (new ones still reach PostgreSQL). A page asked for
    // through a silent connection does not answer: that is not a stale page.
    way.freeze();
    try {
      const frozenAt = performance.now();
      await reply("Remis à l'ancien plafond par l'agence.");
      const stale = () =>
        Promise.race([
          new Agent(three.app).get(path).then((page) => !page.body.includes("Remis à l'ancien plafond")),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), 200)),
        ]);
      let lastStale = frozenAt;
      while (performance.now() - frozenAt < 4_500) {
        if (await stale()) lastStale = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const late = Math.round(lastStale - frozenAt);
      assert.ok(late < 3_200, `the page kept before was served ${late} ms after the write`);
    } finally {
      // Cut, pass or fail, so that closing does not wait on the silent connections.
      way.cut();
    }
  });
});

test("versions moved at once by several writers grow in the order they are told, for a new scope as for a known one", async () => {
  const heard: Record<string, number>[] = [];
  const stop = await one.ctx.live.subscribe("public-page-versions", (moved) =>
    heard.push(moved as Record<string, number>),
  );
  try {
    const scopes = ["topic:concurrent-new", "topic:concurrent-known"];
    await one.ctx.publicPages.changed([scopes[1]!]);
    await eventually(() => heard.length === 1, "the first move is told");
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        (i % 2 ? one : two).ctx.publicPages.changed(i % 3 ? scopes : [scopes[i % 2]!]),
      ),
    );
    await eventually(() => heard.length === 25, "every move is told");
    for (const scope of [...scopes, "any"]) {
      const told = heard.map((moved) => moved[scope]).filter((v): v is number => v !== undefined);
      assert.deepEqual(
        told,
        [...told].sort((a, b) => a - b),
        `${scope}: told in growing order`,
      );
      const { rows } = await one.ctx.database.pool.query(
        "select version from public_page_versions where scope = $1",
        [scope],
      );
      assert.equal(
        Number(rows[0].version),
        told.at(-1),
        `${scope}: the last told is the table's (${told.join(",")} / ${rows[0].version})`,
      );
    }
  } finally {
    stop();
  }
});

test("a command's page changes move with its commit, in its last statement: nothing when it rolls back, nothing seen before", async () => {
  const moves: Record<string, number>[] = [];
  const told: unknown[] = [];
  const stopMoves = await one.ctx.live.subscribe("public-page-versions", (moved) =>
    moves.push(moved as Record<string, number>),
  );
  const stopTold = await two.ctx.live.subscribe("topic:command-event", (data) => told.push(data));
  const versionOf = async (scope: string) =>
    (await one.ctx.database.pool.query("select version from public_page_versions where scope = $1", [scope]))
      .rows[0]?.version;
  try {
    await assert.rejects(
      runCommand(one.ctx, async (ctx) => {
        await ctx.pagesChanged(["topic:command-rolled-back"], { key: "topic:command-event", data: 1 });
        throw new Error("a later step failed");
      }),
      /a later step failed/,
    );
    const statements: string[] = [];
    await countQueries(
      () =>
        runCommand(one.ctx, async (ctx) => {
          await ctx.pagesChanged(["topic:command-a"]);
          await ctx.pagesChanged(["topic:command-b"], { key: "topic:command-event", data: 2 });
          assert.equal(await versionOf("topic:command-a"), undefined, "nothing moved before the commit");
        }),
      (text) => statements.push(text.trim().split(/\s+/).slice(0, 3).join(" ")) > 0,
    );
    assert.deepEqual(
      statements.filter((text) => !text.startsWith("select version")),
      ["begin", "with moved as", "commit"],
      "one move, the transaction's last statement",
    );
    await eventually(() => told.length === 1 && moves.some((m) => "topic:command-a" in m), "told at commit");
    assert.deepEqual(told, [2], "the rolled-back command's event was never told");
    assert.equal(
      await versionOf("topic:command-rolled-back"),
      undefined,
      "the rolled-back command moved nothing",
    );
    assert.ok(!moves.some((m) => "topic:command-rolled-back" in m));
    const moved = moves.find((m) => "topic:command-a" in m)!;
    assert.ok(moved["topic:command-b"] && moved.any, "both scopes and every-change pages, in one move");
    assert.equal(
      await one.ctx.publicPages.versions(["topic:command-a"]),
      String(moved["topic:command-a"]),
      "known here once committed",
    );
  } finally {
    stopMoves();
    stopTold();
  }
});
