import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { watchPublications } from "../src/features/community/index.ts";
import { foldReplyWords } from "../src/features/community/search-documents.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Accepting an answer and withdrawing a post are commands: claimed before acting, so the same
 * action sent twice at once (a double click, two tabs, an author and a moderator) happens once,
 * and the second is told so in words.
 */
let t: TestApp;
let asker: Agent;

before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
  // Staff: their acceptances and withdrawals leave an audit entry each, which the tests count.
  asker = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
});
after(() => t.close());

const count = async (query: string, params: unknown[] = []) =>
  Number((await t.ctx.database.pool.query(query, params)).rows[0].n);

async function questionWithAnswer(
  title: string,
): Promise<{ topicId: number; answerId: number; answererId: number }> {
  await asker.get("/nouveau-sujet");
  const opened = await asker.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title,
    body: "Comment faire opposition sur une carte perdue à l'étranger ?",
  });
  assert.equal(opened.statusCode, 303);
  const topicId = Number(String(opened.headers.location).split("/").at(-1));
  // A member of their own each time: a new member's posting limits are not what is tested here.
  const person = await createPerson(t.ctx, "member");
  const answerer = await signedIn(t.app, person);
  await answerer.get(String(opened.headers.location));
  const replied = await answerer.post(`/t/${topicId}/repondre`, {
    // Worded anew each time: the same text posted twice would be held as a duplicate.
    body: `Pour « ${title} » : appelez le numéro d'opposition au dos de votre relevé, il répond jour et nuit.`,
  });
  assert.equal(replied.statusCode, 303);
  const { rows } = await t.ctx.database.pool.query(
    "select id from community_posts where topic_id = $1 and position = 2",
    [topicId],
  );
  return { topicId, answerId: Number(rows[0].id), answererId: person.id };
}

test("the same answer accepted twice at once is accepted once, notified once; the second is told", async () => {
  for (let round = 1; round <= 3; round++) {
    const { topicId, answerId, answererId } = await questionWithAnswer(
      `Carte perdue à l'étranger, essai ${round}`,
    );
    await asker.get(`/t/x/${topicId}`);
    const [a, b] = await Promise.all([
      asker.post(`/t/${topicId}/accepter`, { postId: String(answerId) }),
      asker.post(`/t/${topicId}/accepter`, { postId: String(answerId) }),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [303, 409], `round ${round}`);
    assert.match((a.statusCode === 409 ? a : b).body, /déjà marquée comme la solution/);
    assert.equal(
      await count(
        "select count(*) n from community_notifications where account_id = $1 and kind = 'accepted' and post_id = $2",
        [answererId, answerId],
      ),
      1,
    );
    assert.equal(
      await count(
        "select count(*) n from audit_log where action = 'community.answer_accepted' and subject_id = $1",
        [answerId],
      ),
      1,
    );
  }
});

test("a post withdrawn twice at once is withdrawn once; the second is told", async () => {
  for (let round = 1; round <= 3; round++) {
    const { topicId } = await questionWithAnswer(`Virement bloqué, essai ${round}`);
    // The asker (staff) withdraws a reply of their own.
    await asker.get(`/t/x/${topicId}`);
    const replied = await asker.post(`/t/${topicId}/repondre`, {
      body: "Précision : le virement date d'hier.",
    });
    assert.equal(replied.statusCode, 303);
    const { rows } = await t.ctx.database.pool.query(
      "select id from community_posts where topic_id = $1 and position = 3",
      [topicId],
    );
    const postId = Number(rows[0].id);
    const [a, b] = await Promise.all([
      asker.post(`/messages/${postId}/supprimer`),
      asker.post(`/messages/${postId}/supprimer`),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [303, 409], `round ${round}`);
    assert.match((a.statusCode === 409 ? a : b).body, /déjà été retiré/);
    assert.equal(
      await count(
        "select count(*) n from audit_log where action = 'community.post_deleted' and subject_id = $1",
        [postId],
      ),
      1,
    );
  }
});

test("replies sent at once to one topic each get their own position, and the topic counts them all", async () => {
  const { topicId } = await questionWithAnswer("Plafond de paiement relevé pour un achat");
  const repliers = await Promise.all(
    Array.from({ length: 6 }, async () => {
      const agent = await signedIn(t.app, await createPerson(t.ctx, "member"));
      await agent.get(`/t/x/${topicId}`);
      return agent;
    }),
  );
  const sent = await Promise.all(
    repliers.map((agent, i) =>
      agent.post(`/t/${topicId}/repondre`, {
        body: `Réponse numéro ${i + 1} : le plafond se relève depuis l'application, rubrique carte ${i}.`,
      }),
    ),
  );
  assert.deepEqual(
    sent.map((response) => response.statusCode),
    Array(6).fill(303),
  );
  const { rows } = await t.ctx.database.pool.query(
    "select position from community_posts where topic_id = $1 order by position",
    [topicId],
  );
  assert.deepEqual(
    rows.map((row) => row.position),
    [1, 2, 3, 4, 5, 6, 7, 8],
    "one position each, none twice, none skipped",
  );
  assert.equal(await count("select reply_count as n from community_topics where id = $1", [topicId]), 7);
  assert.equal(
    await count(
      "select count(*) as n from community_topic_subscriptions where topic_id = $1 and level = 'following'",
      [topicId],
    ),
    8,
    "the asker, the first answerer and the six repliers follow the topic",
  );
  const found = () =>
    count(
      "select count(*) as n from community_topic_search where topic_id = $1 and replies @@ plainto_tsquery('french', 'application')",
      [topicId],
    );
  assert.equal(
    await count("select count(*) n from community_topic_search_pending where topic_id = $1", [topicId]),
    7,
    "one row per reply, the first answer's too",
  );
  assert.equal(await found(), 0, "their words wait for the fold");
  await foldReplyWords(t.ctx);
  assert.equal(await found(), 1, "their words are in the topic's search document");
  assert.equal(
    await count("select count(*) n from community_topic_search_pending where topic_id = $1", [topicId]),
    0,
  );
});

/** Fails the next publications while set: a feature that hears every post, breaking. */
let watcherFails = false;
/** While set, the next publication stops inside its transaction, tells it has, and waits to be let go. */
let watcherHolds: { reached: () => void; released: Promise<void> } | undefined;
watchPublications({
  async published() {
    if (watcherFails) throw new Error("a publication watcher broke");
    const hold = watcherHolds;
    watcherHolds = undefined;
    if (hold) {
      hold.reached();
      await hold.released;
    }
  },
});

test("a fold does not wait for a reply being written, and the next fold finds that reply's words", async () => {
  const { topicId } = await questionWithAnswer("Virement programmé parti en double");
  const repliers = await Promise.all(
    [1, 2].map(async () => {
      const agent = await signedIn(t.app, await createPerson(t.ctx, "member"));
      await agent.get(`/t/x/${topicId}`);
      return agent;
    }),
  );
  const reply = (agent: Agent, body: string) => agent.post(`/t/${topicId}/repondre`, { body });
  assert.equal(
    (await reply(repliers[0]!, "Même souci, réglé par téléphone quetzalcoatlique.")).statusCode,
    303,
  );
  let reached!: () => void;
  let release!: () => void;
  const inside = new Promise<void>((resolve) => {
    reached = resolve;
  });
  watcherHolds = {
    reached,
    released: new Promise<void>((resolve) => {
      release = resolve;
    }),
  };
  const writing = reply(repliers[1]!, "Chez moi la banque a remboursé le doublon xylophonique.");
  await inside;
  const pending = "select count(*) n from community_topic_search_pending where topic_id = $1";
  const words = async (word: string) =>
    count(
      "select count(*) n from community_topic_search where topic_id = $1 and replies @@ plainto_tsquery('confiance_simple', $2)",
      [topicId, word],
    );
  try {
    await foldReplyWords(t.ctx);
    assert.equal(await words("quetzalcoatlique"), 1, "the first reply's words are folded in");
    assert.equal(await words("xylophonique"), 0, "not those of the reply being written");
  } finally {
    release();
  }
  assert.equal((await writing).statusCode, 303);
  assert.equal(await count(pending, [topicId]), 1, "that reply waits for the next fold");
  await foldReplyWords(t.ctx);
  assert.equal(await words("xylophonique"), 1, "which finds its words");
  assert.equal(await count(pending, [topicId]), 0);
});

/** A new member replies in the topic; returns the agent and the reply's post number. */
async function memberReplies(topicId: number, body: string): Promise<{ agent: Agent; postId: number }> {
  const agent = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await agent.get(`/t/x/${topicId}`);
  const replied = await agent.post(`/t/${topicId}/repondre`, { body });
  assert.equal(replied.statusCode, 303);
  const position = Number(/#message-(\d+)$/.exec(String(replied.headers.location))?.[1]);
  const { rows } = await t.ctx.database.pool.query(
    "select id from community_posts where topic_id = $1 and position = $2",
    [topicId, position],
  );
  return { agent, postId: Number(rows[0].id) };
}

test("a reply withdrawn before the fold leaves no words in its topic's search document", async () => {
  const { topicId } = await questionWithAnswer("Chéquier commandé jamais reçu");
  const { agent, postId } = await memberReplies(
    topicId,
    "Le mien est arrivé au bout de trois semaines, appelez l'agence ornithorynquesque.",
  );
  // Its author takes it back.
  await agent.get(`/t/x/${topicId}`);
  assert.equal((await agent.post(`/messages/${postId}/supprimer`)).statusCode, 303);
  await foldReplyWords(t.ctx);
  assert.equal(
    await count(
      "select count(*) n from community_topic_search where topic_id = $1 and replies @@ plainto_tsquery('confiance_simple', 'ornithorynquesque')",
      [topicId],
    ),
    0,
  );
  assert.equal(
    await count("select count(*) n from community_topic_search_pending where topic_id = $1", [topicId]),
    0,
  );
});

test("a reply whose watcher fails is undone entirely: no post, count, search words, follow, inbox job nor notification", async () => {
  const { topicId } = await questionWithAnswer("Frais de tenue de compte prélevés deux fois");
  const replier = await createPerson(t.ctx, "member");
  const agent = await signedIn(t.app, replier);
  await agent.get(`/t/x/${topicId}`);
  const before = {
    posts: await count("select count(*) n from community_posts where topic_id = $1", [topicId]),
    jobs: await count("select count(*) n from pgboss.job where name = 'inbox-public-posts'"),
    notifications: await count("select count(*) n from community_notifications where topic_id = $1", [
      topicId,
    ]),
  };
  watcherFails = true;
  try {
    const failed = await agent.post(`/t/${topicId}/repondre`, {
      // Names the bank: the inbox's watcher, before the failing one, queues a job in the same transaction.
      body: "La Banque Confiance m'a aussi prélevé deux fois, remboursement demandé hier zanzibarique.",
    });
    assert.equal(failed.statusCode, 500);
  } finally {
    watcherFails = false;
  }
  assert.equal(
    await count("select count(*) n from community_posts where topic_id = $1", [topicId]),
    before.posts,
  );
  assert.equal(await count("select reply_count n from community_topics where id = $1", [topicId]), 1);
  assert.equal(
    await count(
      "select count(*) n from community_topic_search where topic_id = $1 and replies @@ plainto_tsquery('confiance_simple', 'zanzibarique')",
      [topicId],
    ),
    0,
    "its words are not in the search document",
  );
  assert.equal(
    await count("select count(*) n from community_topic_subscriptions where account_id = $1", [replier.id]),
    0,
    "its author does not follow the topic",
  );
  assert.equal(
    await count("select count(*) n from pgboss.job where name = 'inbox-public-posts'"),
    before.jobs,
  );
  assert.equal(
    await count("select count(*) n from community_notifications where topic_id = $1", [topicId]),
    before.notifications,
  );
  const next = await agent.post(`/t/${topicId}/repondre`, {
    body: "Finalement la Banque Confiance a annulé le second prélèvement ce matin.",
  });
  assert.equal(next.statusCode, 303);
  assert.match(String(next.headers.location), /#message-3$/, "the position the failed reply had is free");
  assert.equal(
    await count("select count(*) n from pgboss.job where name = 'inbox-public-posts'"),
    before.jobs + 1,
    "published, it is queued for the inbox",
  );
});

test("a reply whose notifications cannot be written is undone with them: no post, remembered text nor mail job", async () => {
  const { topicId } = await questionWithAnswer("Virement instantané refusé sans motif");
  const replier = await createPerson(t.ctx, "member");
  const agent = await signedIn(t.app, replier);
  await agent.get(`/t/x/${topicId}`);
  const pool = t.ctx.database.pool;
  const before = {
    posts: await count("select count(*) n from community_posts where topic_id = $1", [topicId]),
    mails: await count("select count(*) n from pgboss.job where name = 'community-notification-mails'"),
  };
  // The asker follows the topic: the reply notifies them, and that write fails.
  await pool.query(`
    create function refuse_notification() returns trigger language plpgsql as
      $$ begin raise exception 'notifications are unavailable'; end $$;
    create trigger refuse_notification before insert on community_notifications
      for each row execute function refuse_notification()`);
  try {
    const failed = await agent.post(`/t/${topicId}/repondre`, {
      body: "Même refus pour moi hier soir, virement instantané vers un compte connu pourtant.",
    });
    assert.equal(failed.statusCode, 500);
  } finally {
    await pool.query(
      "drop trigger refuse_notification on community_notifications; drop function refuse_notification()",
    );
  }
  assert.equal(
    await count("select count(*) n from community_posts where topic_id = $1", [topicId]),
    before.posts,
    "the post is not published without its notifications",
  );
  assert.equal(
    await count("select count(*) n from moderation_fingerprints where account_id = $1", [replier.id]),
    0,
    "its text is not remembered as sent",
  );
  assert.equal(
    await count("select count(*) n from pgboss.job where name = 'community-notification-mails'"),
    before.mails,
  );
  const next = await agent.post(`/t/${topicId}/repondre`, {
    body: "Même refus pour moi hier soir, virement instantané vers un compte connu pourtant.",
  });
  assert.equal(next.statusCode, 303, "sent again, the same text is published (it was never counted as sent)");
  assert.equal(
    await count("select count(*) n from pgboss.job where name = 'community-notification-mails'"),
    before.mails + 1,
  );
});

test("a reply waiting on its topic's row while the topic is withdrawn is refused and leaves nothing", async () => {
  const { topicId } = await questionWithAnswer("Plafond de retrait bloqué à l'étranger");
  const agent = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await agent.get(`/t/x/${topicId}`);
  // A withdrawal in progress holds the topic's row (as deletePost's transaction does).
  const withdrawal = await t.ctx.database.pool.connect();
  try {
    await withdrawal.query("begin");
    await withdrawal.query("update community_topics set deleted_at = now() where id = $1", [topicId]);
    const sent = agent.post(`/t/${topicId}/repondre`, {
      body: "Le plafond se relève depuis l'application, rubrique carte, en deux minutes.",
    });
    // The reply found the topic (the withdrawal is not committed) and now waits for its row.
    for (let waited = 0; ; waited += 20) {
      const waiting = await count(
        "select count(*) n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      );
      if (waiting > 0) break;
      assert.ok(waited < 5_000, "the reply waits for the topic's row");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await withdrawal.query("commit");
    assert.equal((await sent).statusCode, 404);
  } finally {
    withdrawal.release();
  }
  assert.equal(await count("select count(*) n from community_posts where topic_id = $1", [topicId]), 2);
  assert.equal(await count("select reply_count n from community_topics where id = $1", [topicId]), 1);
});

test("a reply is written once post numbers no longer fit in 32 bits, quoting one that does not either", async () => {
  const { topicId } = await questionWithAnswer("Numéros de messages au-delà de deux milliards");
  await t.ctx.database.pool.query("alter table community_posts alter column id restart with 3000000000");
  const agent = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await agent.get(`/t/x/${topicId}`);
  const first = await agent.post(`/t/${topicId}/repondre`, {
    body: "Une réponse dont le numéro dépasse ce que tient un entier de trente-deux bits.",
  });
  assert.equal(first.statusCode, 303);
  const quoted = await count("select max(id) n from community_posts where topic_id = $1", [topicId]);
  assert.ok(quoted >= 3_000_000_000);
  const second = await agent.post(`/t/${topicId}/repondre`, {
    body: "Et une autre, qui cite la précédente, au numéro tout aussi grand.",
    replyTo: String(quoted),
  });
  assert.equal(second.statusCode, 303);
  assert.match(String(second.headers.location), /#message-4$/);
  assert.equal(
    await count("select reply_to_post_id n from community_posts where topic_id = $1 and position = 4", [
      topicId,
    ]),
    quoted,
  );
});

test("a fold skips a document being rebuilt, and never puts back the words of a reply withdrawn meanwhile", async () => {
  const { topicId } = await questionWithAnswer("Prélèvement rejeté sans prévenir");
  const { postId } = await memberReplies(
    topicId,
    "Même chose ici, le conseiller parlait d'un incident chrysobérylique.",
  );
  const pending = "select count(*) n from community_topic_search_pending where post_id = $1";
  // A withdrawal (or an erasure) in flight: the post is withdrawn and its topic's document
  // rebuilt, not committed yet.
  const withdrawal = await t.ctx.database.pool.connect();
  try {
    await withdrawal.query("begin");
    await withdrawal.query("update community_posts set deleted_at = now() where id = $1", [postId]);
    await withdrawal.query("select community_refresh_topic_search($1)", [topicId]);
    const fold = foldReplyWords(t.ctx);
    const waited = await Promise.race([
      fold.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 3_000)),
    ]);
    await withdrawal.query("commit");
    await fold;
    assert.equal(waited, false, "the fold does not wait for the rebuild");
    assert.equal(await count(pending, [postId]), 1, "the reply waits for the next fold");
  } finally {
    await withdrawal.query("rollback").catch(() => {});
    withdrawal.release();
  }
  await foldReplyWords(t.ctx);
  assert.equal(await count(pending, [postId]), 0);
  assert.equal(
    await count(
      "select count(*) n from community_topic_search where topic_id = $1 and replies @@ plainto_tsquery('confiance_simple', 'chrysobérylique')",
      [topicId],
    ),
    0,
    "the withdrawn reply's words stay out",
  );
});

test("a fold clears the replies of a topic withdrawn before it, which has no document to add to", async () => {
  const { topicId } = await questionWithAnswer("Frais de tenue de compte doublés");
  const pending = "select count(*) n from community_topic_search_pending where topic_id = $1";
  assert.equal(await count(pending, [topicId]), 1, "the answer waits for the fold");
  // The topic is withdrawn (by moderation, or its author's erasure): its document goes.
  await t.ctx.database.pool.query("update community_topics set deleted_at = now() where id = $1", [topicId]);
  await t.ctx.database.pool.query("select community_refresh_topic_search($1)", [topicId]);
  await foldReplyWords(t.ctx);
  assert.equal(await count(pending, [topicId]), 0);
  assert.equal(
    await count("select count(*) n from community_topic_search where topic_id = $1", [topicId]),
    0,
  );
});
